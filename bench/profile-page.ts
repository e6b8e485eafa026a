// bench/profile-page: what one page costs the server. Serves the build and
// data that bench/pages.ts left (run that first), signs in as the demo
// manager, loads BENCH_PATH with 10 connections for BENCH_SECONDS and prints
// the figures with the server's CPU time a request (which, unlike latency,
// does not depend on what else the machine is doing). BENCH_WHO=email signs
// in as another demo account. BENCH_PROFILE=dir also
// writes the server's V8 CPU profile there; BENCH_ANON=1 sends no cookie;
// BENCH_DATABASE_URL and BENCH_WORKERS as for bench/pages.ts.
//
//   BENCH_PATH=/scorecards/cin/2020-04 node --conditions=react-server --import tsx bench/profile-page.ts
import { cpuSecondsOf, measure, PAGE_LOAD, printTable, serveBenchPagesData, signIn } from "./support/server";

const PORT = Number(process.env.BENCH_PORT ?? 3292);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PAGE = process.env.BENCH_PATH ?? "/scorecards/cin/2020-04";

async function main() {
  const server = await serveBenchPagesData(PORT);
  try {
    const cookie = await signIn(server.base, process.env.BENCH_WHO ?? "manager@lantern.example", process.env.LANTERN_DEMO_PASSWORD || "lantern-demo");
    for (let i = 0; i < 20; i++) await fetch(`${server.base}${PAGE}`, { headers: { cookie } });
    const cpuBefore = cpuSecondsOf(server.pid!);
    const measured = await measure({ title: PAGE, url: `${server.base}${PAGE}`, cookie: process.env.BENCH_ANON === "1" ? undefined : cookie, headers: PAGE_LOAD, seconds: SECONDS });
    const cpu = cpuSecondsOf(server.pid!) - cpuBefore;
    printTable([measured]);
    // CPU time per request does not depend on what else the machine is doing (latency does)
    console.log(`server CPU: ${((cpu * 1000) / (measured.rps * SECONDS)).toFixed(1)} ms a request (${cpu.toFixed(1)} s for ~${Math.round(measured.rps * SECONDS)} requests)`);
  } finally {
    server.stop();
  }
  console.log(`profile: ${process.env.BENCH_PROFILE}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
