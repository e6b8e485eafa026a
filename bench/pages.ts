// bench/pages: how fast a big service scorecard is served.
//
// Builds an embedded database with the demo data plus 60 generated
// indicators × 36 months in one service area (workforce), serves it with
// `next start` (through scripts/start.ts, the production path), signs in as
// the demo manager and measures with autocannon, 10 connections for 20 s:
// the scorecard page, a two-indicator scorecard (the cost of any signed-in
// page), the published demo board paper, and a static file from the same server for
// comparison. Pages are asked for as a browser asks (Accept: text/html,
// Accept-Encoding: gzip), so the bytes are what a browser receives.
// Prints p50, p97.5 and requests/s side by side. Prints figures; asserts nothing.
//
//   node --conditions=react-server --import tsx bench/pages.ts
//   (env: BENCH_PORT=3291, BENCH_SECONDS=20, LANTERN_DIST_DIR=.next-bench,
//    BENCH_SAVE_HTML=file to keep the page measured)
import fs from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import postgres from "postgres";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { addMonths } from "@/lib/figures";
import { importFile } from "@/lib/import/apply";
import { seedDemo } from "@/lib/seed/demo";
import { measure, PAGE_LOAD, printTable, signIn, startServer, staticScriptIn } from "./support/server";

const INDICATORS = 60;
const MONTHS = 36;
const PERIOD = "2020-04";
const SERVICE = "workforce";
const PORT = Number(process.env.BENCH_PORT ?? 3291);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const DATA_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? ".data-bench-pages");
const DIST_DIR = process.env.LANTERN_DIST_DIR || ".next-bench";
// BENCH_DATABASE_URL: a PostgreSQL server to measure on (a new database is made there) instead of the embedded one
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "";
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);

/** A small deterministic generator so every run measures the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generatedFiles() {
  const rand = random(42);
  const kinds = [
    { polarity: "high", unit: "percent", aggregation: "ratio" },
    { polarity: "low", unit: "count", aggregation: "sum" },
    { polarity: "info", unit: "count", aggregation: "point" },
    { polarity: "low", unit: "days", aggregation: "mean" },
  ] as const;
  const indicators = ["code,title,service,polarity,unit,aggregation,decimals,green_min,green_max,amber_min,amber_max,target,outcome,definition,reporter"];
  const values = ["indicator,period,value,numerator,denominator"];
  const benchmarks = ["indicator,benchmark,year,value"];
  const outturns = ["indicator,year,value"];
  const commentary = ["indicator,period,author,body,status"];
  for (let i = 1; i <= INDICATORS; i++) {
    const code = `B${String(i).padStart(2, "0")}`;
    const kind = kinds[i % kinds.length];
    const base = kind.unit === "percent" ? 60 + rand() * 30 : 20 + rand() * 200;
    const bands =
      kind.polarity === "high" ? `${(base * 1.05).toFixed(1)},,${(base * 0.95).toFixed(1)},` : kind.polarity === "low" ? `,${base.toFixed(1)},,${(base * 1.1).toFixed(1)}` : ",,,";
    indicators.push(
      `${code},Generated indicator ${i} for the benchmark,${SERVICE},${kind.polarity},${kind.unit},${kind.aggregation},1,${bands},${kind.polarity === "info" ? "" : base.toFixed(1)},Children get a good service,Counted for the benchmark,workforce.lead@lantern.example`,
    );
    let level = base;
    for (let m = MONTHS - 1; m >= 0; m--) {
      const period = addMonths(PERIOD, -m);
      level = Math.max(1, level + (rand() - 0.5) * base * 0.1);
      if (kind.aggregation === "ratio") {
        const denominator = 100 + Math.round(rand() * 100);
        const numerator = Math.min(denominator, Math.round((level / 100) * denominator));
        values.push(`${code},${period},,${numerator},${denominator}`);
      } else values.push(`${code},${period},${level.toFixed(1)},,`);
    }
    for (const kindName of ["sn_average", "england", "region"]) benchmarks.push(`${code},${kindName},2018/19,${(base * (0.9 + rand() * 0.2)).toFixed(1)}`);
    for (const year of ["2015/16", "2016/17", "2017/18", "2018/19", "2019/20"]) outturns.push(`${code},${year},${(base * (0.9 + rand() * 0.2)).toFixed(1)}`);
    commentary.push(`${code},${PERIOD},workforce.lead@lantern.example,"The figure moved as expected this month; the service is watching it.",submitted`);
  }
  const text = (lines: string[]) => `${lines.join("\n")}\n`;
  return [
    ["indicators", text(indicators)],
    ["values", text(values)],
    ["benchmarks", text(benchmarks)],
    ["outturns", text(outturns)],
    ["commentary", text(commentary)],
  ] as const;
}

/** A new PostgreSQL database on BENCH_DATABASE_URL's server, or "" for the embedded one. */
async function newDatabaseUrl(): Promise<string> {
  if (!ADMIN_URL) return "";
  const name = "lantern_bench_pages";
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
    for (const [kind, text] of generatedFiles()) {
      const outcome = await importFile({ db: handle.db, kind, text, file: `bench-${kind}.csv` });
      if (!outcome.ok) throw new Error(`bench ${kind}: ${JSON.stringify(outcome.errors.slice(0, 3))}`);
    }
  } finally {
    await handle.close();
  }
}

async function main() {
  console.log(`Preparing ${DATA_DIR}: demo data + ${INDICATORS} indicators × ${MONTHS} months in "${SERVICE}"…`);
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
    // A two-indicator scorecard shows what every signed-in page costs
    // (session, layout, rendering) before the size of the scorecard counts.
    const rows = [
      await measure({ title: `scorecard (${INDICATORS} indicators × ${MONTHS} months)`, url: page, cookie, headers: PAGE_LOAD, seconds: SECONDS }),
      await measure({ title: "scorecard (2 indicators, demo cin)", url: `${server.base}/scorecards/cin/${PERIOD}`, cookie, headers: PAGE_LOAD, seconds: SECONDS }),
      // the published board paper (the demo's, with its charts), as a board member reads it
      await measure({ title: "published paper (demo, 18 charts)", url: paper, cookie: boardCookie, headers: PAGE_LOAD, seconds: SECONDS }),
      // the least any page costs here: a page of text, no session, the same layout
      await measure({ title: "accessibility statement (no session)", url: `${server.base}/accessibility`, headers: PAGE_LOAD, seconds: SECONDS }),
      await measure({ title: "static file", url: `${server.base}${staticScriptIn(html)}`, seconds: SECONDS }),
    ];
    // each page as it is, and gzipped as the server sends it to a browser
    for (const [title, url, who] of [["scorecard (60 × 36)", page, cookie], ["published paper", paper, boardCookie]] as const) {
      const body = Buffer.from(await (await fetch(url, { headers: { cookie: who, accept: PAGE_LOAD.accept } })).arrayBuffer());
      console.log(`${title}: ${body.length.toLocaleString("en-GB")} bytes, ${gzipSync(body).length.toLocaleString("en-GB")} gzipped`);
    }
    const database = databaseUrl ? "PostgreSQL" : "embedded database (PGlite)";
    console.log(`\nautocannon: 10 connections, ${SECONDS} s each, ${WORKERS} server process${WORKERS > 1 ? "es" : ""}, ${database}\n`);
    printTable(rows);
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
