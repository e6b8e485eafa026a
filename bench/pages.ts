// bench/pages: how fast a big service scorecard is served.
//
// Builds an embedded database with the demo data plus 60 generated
// indicators × 36 months in one service area (workforce) and, as a setting,
// a large synthetic catalogue beside them, serves it with `next start`
// (through scripts/start.ts, the production path), signs in as the demo
// manager and measures with autocannon, 10 connections for 20 s: the
// overview, the report's cover, a section page and a summary page, the scorecard, the
// published demo board paper signed in and its public release, the floor
// page (the accessibility statement, no session) and a static file from the
// same server, then prints each page's ratio to the floor and to the file. Pages are asked for as a browser asks (Accept: text/html,
// Accept-Encoding: gzip), so the bytes are what a browser receives.
// Prints p50, p97.5 and requests/s side by side. Prints figures; asserts nothing.
//
//   node --conditions=react-server --import tsx bench/pages.ts [--services 12 --indicators 30 --months 60] [--seconds 10]
//   (--services …: a large synthetic catalogue beside the demo, bench/support/catalogue.ts; env: BENCH_PORT=3291, BENCH_SECONDS=20, LANTERN_DIST_DIR=.next-bench,
//    BENCH_SAVE_HTML=file to keep the page measured)
import fs from "node:fs";
import os from "node:os";
import { gzipSync } from "node:zlib";
import path from "node:path";
import postgres from "postgres";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { seedDemo } from "@/lib/seed/demo";
import { addCatalogue, benchSettings, describeCatalogue, generatedServiceFiles, importGenerated } from "./support/catalogue";
import { measure, PAGE_LOAD, printRatios, printTable, signIn, startServer, staticScriptIn, type Measured } from "./support/server";

const INDICATORS = 60;
const MONTHS = 36;
const PERIOD = "2020-04";
const SERVICE = "workforce";
const PORT = Number(process.env.BENCH_PORT ?? 3291);
const { catalogue: CATALOGUE, seconds: SECONDS } = benchSettings({ seconds: 20 });
const DATA_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? ".data-bench-pages");
const DIST_DIR = process.env.LANTERN_DIST_DIR || ".next-bench";
// BENCH_DATABASE_URL: a PostgreSQL server to measure on (a new database is made there) instead of the embedded one
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "";
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
// the database made on that server (BENCH_DATABASE_NAME: another name, so benches on one server do not drop each other's)
const BENCH_DATABASE = process.env.BENCH_DATABASE_NAME ?? "lantern_bench_pages";

/** A new PostgreSQL database on BENCH_DATABASE_URL's server, or "" for the embedded one. */
async function newDatabaseUrl(): Promise<string> {
  if (!ADMIN_URL) return "";
  const name = BENCH_DATABASE;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function prepareDatabase(url: string) {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const handle = await openDb({ dataDir: DATA_DIR, url });
  try {
    await migrateDb(handle);
    await seedDemo({ db: handle.db });
    await importGenerated(handle.db, generatedServiceFiles({ service: SERVICE, prefix: "B", indicators: INDICATORS, months: MONTHS, period: PERIOD, seed: 42 }), SERVICE);
    await addCatalogue(handle.db, CATALOGUE, PERIOD);
  } finally {
    await handle.close();
  }
}

async function main() {
  console.log(`Preparing ${DATA_DIR}: demo data + ${INDICATORS} indicators × ${MONTHS} months in "${SERVICE}", ${describeCatalogue(CATALOGUE)}…`);
  const databaseUrl = await newDatabaseUrl();
  await prepareDatabase(databaseUrl);
  const server = await startServer({ port: PORT, dataDir: DATA_DIR, distDir: DIST_DIR, databaseUrl, workers: WORKERS });
  try {
    const cookie = await signIn(server.base, "manager@lantern.example", process.env.LANTERN_DEMO_PASSWORD || "lantern-demo");
    const page = `${server.base}/scorecards/${SERVICE}/${PERIOD}`;
    // as a browser asks for a page (the scorecard's table is then sent once: components/ui/kept-html.tsx)
    const check = await fetch(page, { headers: { cookie, ...PAGE_LOAD } });
    const html = await check.text();
    if (process.env.BENCH_SAVE_HTML) fs.writeFileSync(process.env.BENCH_SAVE_HTML, html);
    if (check.status !== 200 || !html.includes("B60")) throw new Error(`scorecard page did not render the generated rows (HTTP ${check.status})`);
    const boardCookie = await signIn(server.base, "board@lantern.example", process.env.LANTERN_DEMO_PASSWORD || "lantern-demo");
    const paperId = /href="\/snapshots\/(\d+)"/.exec(await (await fetch(`${server.base}/board`, { headers: { cookie: boardCookie } })).text())?.[1];
    if (!paperId) throw new Error("no published paper on /board");
    const paper = `${server.base}/snapshots/${paperId}`;
    for (let i = 0; i < 20; i++) {
      await fetch(page, { headers: { cookie, ...PAGE_LOAD } }); // warm up
      await fetch(paper, { headers: { cookie: boardCookie, ...PAGE_LOAD } });
    }
    const publicRelease = `${server.base}/public/${paperId}`;
    const overview = `${server.base}/?period=${PERIOD}`;
    const report = `${server.base}/reports/${PERIOD}`;
    // the report's largest section page: the generated service's, or the big catalogue's first
    const section = `${server.base}/reports/${PERIOD}/sections/${CATALOGUE.services ? "bench-01" : SERVICE}`;
    const summary = `${server.base}/reports/${PERIOD}/summary`;
    for (const url of [overview, report, section, summary]) await fetch(url, { headers: { cookie, ...PAGE_LOAD } }); // warm up (computed once per data version)
    // The floor page is measured in the same run: the least any page costs
    // here (a page of text, no session, the same layout). The aims are ratios
    // to it, which a busy shared machine moves far less than absolute times.
    const floor = await measure({ title: "floor: accessibility statement (no session)", url: `${server.base}/accessibility`, headers: PAGE_LOAD, seconds: SECONDS });
    const file = await measure({ title: "static file", url: `${server.base}${staticScriptIn(html)}`, headers: PAGE_LOAD, seconds: SECONDS });
    const rows: Measured[] = [
      await measure({ title: "overview", url: overview, cookie, headers: PAGE_LOAD, seconds: SECONDS }),
      await measure({ title: "report: cover and contents", url: report, cookie, headers: PAGE_LOAD, seconds: SECONDS }),
      await measure({ title: "report: a section page", url: section, cookie, headers: PAGE_LOAD, seconds: SECONDS }),
      await measure({ title: "report: summary page", url: summary, cookie, headers: PAGE_LOAD, seconds: SECONDS }),
      await measure({ title: `scorecard (${INDICATORS} indicators × ${MONTHS} months)`, url: page, cookie, headers: PAGE_LOAD, seconds: SECONDS }),
      // the published board paper (the demo's, with its charts), as a board member reads it
      await measure({ title: "published paper, signed in (demo)", url: paper, cookie: boardCookie, headers: PAGE_LOAD, seconds: SECONDS }),
      await measure({ title: "public release (served as a file)", url: publicRelease, headers: PAGE_LOAD, seconds: SECONDS }),
      floor,
      file,
    ];
    const database = databaseUrl ? "PostgreSQL" : "embedded database (PGlite)";
    console.log(`\nautocannon: 10 connections, ${SECONDS} s each, ${WORKERS} server process${WORKERS > 1 ? "es" : ""}, ${database}; ${describeCatalogue(CATALOGUE)}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
    printTable(rows);
    printRatios(rows, floor, file);
    // each page's size as it is, and compressed as the server sends it to a browser
    console.log("");
    for (const [title, url, who] of [
      ["overview", overview, cookie],
      ["report: cover and contents", report, cookie],
      ["report: a section page", section, cookie],
      ["report: summary page", summary, cookie],
      [`scorecard (${INDICATORS} × ${MONTHS})`, page, cookie],
      ["published paper, signed in", paper, boardCookie],
      ["public release", publicRelease, ""],
    ] as const) {
      const body = Buffer.from(await (await fetch(url, { headers: { cookie: who, accept: PAGE_LOAD.accept } })).arrayBuffer());
      console.log(`${title.padEnd(40)} ${(body.length / 1000).toFixed(1).padStart(8)} kB, ${(gzipSync(body).length / 1000).toFixed(1).padStart(6)} kB gzipped`);
    }
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
