// bench/snapshots: the published board paper (with its charts: at a glance,
// the featured small multiples, a chart per theme, the appendix) read by a
// signed-in board member, beside a light signed-in page (/board) and a static
// file from the same server at the same moment. Published papers never
// change, so their content, view and HTML are built once per process.
// Prints p50, p97.5, requests/s and bytes, then 200 concurrent readers and
// their errors. Prints figures; asserts nothing.
//
//   node --conditions=react-server --import tsx bench/snapshots.ts [--services 12 --indicators 30 --months 60] [--seconds 10]
//   (env: BENCH_PORT=3292, BENCH_SECONDS=20, BENCH_DATA_DIR=.data-bench-snapshots,
//    LANTERN_DIST_DIR=.next-bench, BENCH_USE_BUILD=1 to serve the build already
//    in LANTERN_DIST_DIR without npm start's rebuild, BENCH_SAVE_HTML=file)
import fs from "node:fs";
import path from "node:path";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import os from "node:os";
import { seedDemo } from "@/lib/seed/demo";
import { addCatalogue, benchSettings, describeCatalogue } from "./support/catalogue";
import { measure, PAGE_LOAD, printRatios, printTable, signIn, startServer, staticScriptIn } from "./support/server";

const PORT = Number(process.env.BENCH_PORT ?? 3292);
const { catalogue: CATALOGUE, seconds: SECONDS } = benchSettings({ seconds: 20 });
const DATA_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? ".data-bench-snapshots");
const DIST_DIR = process.env.LANTERN_DIST_DIR || ".next-bench";

/** The yardstick for what charts cost: the paper before it had charts (bench/README.md, 23 November 2026, the 2-CPU machine otherwise idle). */
const BEFORE_CHARTS = { rps: 77.8, p975: 173 };

/** What a browser sends when it loads a page: the paper's HTML then comes once, from the server render (components/snapshot/paper-slot.tsx). */

/** A page loaded as a browser loads it: its Accept header and the reader's cookie. */
const measurePage = (options: { title: string; url: string; cookie: string; seconds: number; connections?: number; timeoutSeconds?: number }) =>
  measure({ ...options, headers: PAGE_LOAD });

/** A fresh demo database (the published April 2020 paper), prepared here so a prebuilt server (BENCH_USE_BUILD=1) has it too. */
async function prepareDatabase() {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const handle = await openDb({ dataDir: DATA_DIR, url: "" });
  try {
    await migrateDb(handle);
    const seeded = await seedDemo({ db: handle.db });
    if (!seeded.snapshotId) throw new Error("the demo seed published no paper");
    await addCatalogue(handle.db, CATALOGUE, "2020-04");
  } finally {
    await handle.close();
  }
}

/** One reader at a time: what one request costs the server, without queueing. */
async function oneAtATime(url: string, cookie: string, count = 40) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers: { cookie, ...PAGE_LOAD } });
    await response.arrayBuffer();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { min: times[0], p50: times[Math.floor(count / 2)] };
}

async function main() {
  console.log(`Preparing ${DATA_DIR}: migrations and the demo data, ${describeCatalogue(CATALOGUE)}…`);
  await prepareDatabase();
  const server = await startServer({ port: PORT, dataDir: DATA_DIR, distDir: DIST_DIR });
  try {
    const cookie = await signIn(server.base, "board@lantern.example", process.env.LANTERN_DEMO_PASSWORD || "lantern-demo");
    const boardPage = `${server.base}/board`;
    const board = await (await fetch(boardPage, { headers: { cookie } })).text();
    const id = /href="\/snapshots\/(\d+)"/.exec(board)?.[1];
    if (!id) throw new Error("no published paper on /board");
    const page = `${server.base}/snapshots/${id}`;
    const check = await fetch(page, { headers: { cookie, ...PAGE_LOAD } });
    const html = await check.text();
    if (process.env.BENCH_SAVE_HTML) fs.writeFileSync(process.env.BENCH_SAVE_HTML, html);
    // The paper measured is the one with charts: the featured small multiples and the themes' charts are in it.
    const charts = (html.match(/class=["']paper-chart["']/g) ?? []).length;
    if (check.status !== 200 || !html.includes("Corporate Parenting") || !html.includes("Featured indicators") || charts === 0) {
      throw new Error(`snapshot page: HTTP ${check.status}, ${charts} charts`);
    }
    for (let i = 0; i < 20; i++) await (await fetch(page, { headers: { cookie, ...PAGE_LOAD } })).arrayBuffer(); // warm up
    const single = await oneAtATime(page, cookie);
    const singleBoard = await oneAtATime(boardPage, cookie);
    const paper = await measurePage({ title: `published paper, board member (${charts} charts)`, url: page, cookie, seconds: SECONDS });
    const light = await measurePage({ title: "/board (a light signed-in page)", url: boardPage, cookie, seconds: SECONDS });
    // the public release, served as a file (app/public/[id]/route.ts), and the floor page in the same run
    const publicRelease = await measurePage({ title: "public release (no session)", url: `${server.base}/public/${id}`, cookie: "", seconds: SECONDS });
    const floor = await measurePage({ title: "floor: accessibility statement (no session)", url: `${server.base}/accessibility`, cookie: "", seconds: SECONDS });
    const file = await measure({ title: "static file", url: `${server.base}${staticScriptIn(html)}`, headers: PAGE_LOAD, seconds: SECONDS });
    console.log(
      `\nautocannon: 10 connections, ${SECONDS} s each, next start, embedded database (PGlite); ${describeCatalogue(CATALOGUE)}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`,
    );
    printTable([paper, light, publicRelease, floor, file]);
    printRatios([paper, light, publicRelease, floor, file], floor, file);
    console.log(
      `\none request at a time (40 each): paper min ${single.min.toFixed(1)} ms, p50 ${single.p50.toFixed(1)} ms; ` +
        `/board min ${singleBoard.min.toFixed(1)} ms, p50 ${singleBoard.p50.toFixed(1)} ms`,
    );
    console.log(`paper ${html.length.toLocaleString("en-GB")} characters of HTML (uncompressed)`);
    console.log(
      `\nbefore charts (bench/README.md, idle machine): ${BEFORE_CHARTS.rps} req/s, p97.5 ${BEFORE_CHARTS.p975} ms; ` +
        `now: ${paper.rps.toFixed(1)} req/s, p97.5 ${paper.p975} ms — ` +
        (paper.rps >= BEFORE_CHARTS.rps && paper.p975 <= BEFORE_CHARTS.p975 ? "not slower" : "SLOWER (or the machine is busy: compare the static file's figure with 8,585 req/s then)"),
    );
    console.log(`ratio paper/static: requests/s ${(paper.rps / file.rps).toFixed(2)}; paper//board: ${(paper.rps / light.rps).toFixed(2)}`);
    // 200 readers opening the paper at once, each waiting up to 30 s as a browser would
    // (autocannon's own default gives up after 10 s and counts that as an error).
    const crowd = await measurePage({
      title: "published paper, 200 concurrent readers",
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
