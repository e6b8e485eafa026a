// bench/snapshots: a published board paper read by a signed-in board member,
// against a static file from the same server. Published papers never change,
// so their content is served from a cache after the first read.
// Prints requests/s, p97.5 and their ratio; then 200 concurrent readers and
// their errors. Prints figures; asserts nothing.
//
//   node --conditions=react-server --import tsx bench/snapshots.ts
//   (env: BENCH_PORT=3292, BENCH_SECONDS=20, LANTERN_DIST_DIR=.next-bench)
import fs from "node:fs";
import path from "node:path";
import { measure, printTable, signIn, startServer, staticScriptIn } from "./support/server";

const PORT = Number(process.env.BENCH_PORT ?? 3292);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const DATA_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? ".data-bench-snapshots");
const DIST_DIR = process.env.LANTERN_DIST_DIR || ".next-bench";

async function main() {
  // A fresh demo database: `npm start` seeds the published April 2020 paper.
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const server = await startServer({ port: PORT, dataDir: DATA_DIR, distDir: DIST_DIR });
  try {
    const cookie = await signIn(server.base, "board@lantern.example", process.env.LANTERN_DEMO_PASSWORD || "lantern-demo");
    const board = await (await fetch(`${server.base}/board`, { headers: { cookie } })).text();
    const id = /href="\/snapshots\/(\d+)"/.exec(board)?.[1];
    if (!id) throw new Error("no published paper on /board");
    const page = `${server.base}/snapshots/${id}`;
    const check = await fetch(page, { headers: { cookie } });
    const html = await check.text();
    if (check.status !== 200 || !html.includes("Corporate Parenting")) throw new Error(`snapshot page: HTTP ${check.status}`);
    for (let i = 0; i < 20; i++) await fetch(page, { headers: { cookie } }); // warm up
    const paper = await measure({ title: "published snapshot (board member)", url: page, cookie, seconds: SECONDS });
    const file = await measure({ title: "static file", url: `${server.base}${staticScriptIn(html)}`, seconds: SECONDS });
    console.log(`\nautocannon: 10 connections, ${SECONDS} s each, next start, embedded database (PGlite)\n`);
    printTable([paper, file]);
    console.log(`\nratio snapshot/static: requests/s ${(paper.rps / file.rps).toFixed(2)} (aim ≥ 0.5), p97.5 ${(file.p975 / Math.max(paper.p975, 1)).toFixed(2)}`);
    // 200 readers opening the paper at once, each waiting up to 30 s as a browser would
    // (autocannon's own default gives up after 10 s and counts that as an error).
    const crowd = await measure({
      title: "published snapshot, 200 concurrent readers",
      url: page,
      cookie,
      connections: 200,
      seconds: SECONDS,
      timeoutSeconds: 30,
    });
    console.log("");
    printTable([crowd]);
    console.log(
      `\nerrors at 200 concurrent readers: ${crowd.errors + crowd.non2xx} (must be 0): ` +
        `${crowd.non2xx} non-2xx, ${crowd.errors - crowd.timeouts} connection errors, ${crowd.timeouts} timeouts (30 s)`,
    );
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
