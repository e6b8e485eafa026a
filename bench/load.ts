// bench/load: two production server processes on one PostgreSQL under a
// meeting-day load -- 200 board members reading the published paper while 20
// reporters save commentary (each on their own indicator, every save a new
// version) -- for 60 s; then each alone with a single user, for comparison.
// Prints errors (must be 0), p50 / p97.5 of each, and counts every writer's
// saves back from the database afterwards (nothing lost: each reporter's
// versions and last text are exactly the saves the server said it made), and
// verifies the audit trail, anchor included. Prints figures; asserts nothing
// but exits 1 when anything was lost or failed.
//
//   node --conditions=react-server --import tsx bench/load.ts [--seconds 60]
//   (env: BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432/postgres (a server to make
//    a fresh database lantern_bench_load_<time> on, dropped at the end),
//    BENCH_PORT=3293, BENCH_SECONDS=60 (or --seconds; the single-user runs take at
//    most 20), BENCH_WORKERS=2 (server processes), LANTERN_DIST_DIR=.next-bench
//    (built there when missing or older than the code; BENCH_USE_BUILD=1 serves it
//    as it is))
// The readers share one board member's session (sessions are written at most
// once a minute, so more accounts would change nothing but the sign-ins).
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { and, asc, eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import { openDb, type Db } from "@/db/client";
import { ensureBuild } from "../scripts/build";
import { migrateDb } from "@/db/migrate";
import { commentaries, commentaryVersions, indicators, indicatorValues } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit/verify";
import { importFile } from "@/lib/import/apply";
import { seedDemo } from "@/lib/seed/demo";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { signIn, startServer } from "./support/server";

const ADMIN_URL = process.env.BENCH_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PORT = Number(process.env.BENCH_PORT ?? 3293);
const { values: flags } = parseArgs({ options: { seconds: { type: "string" } } });
const SECONDS = Number(flags.seconds ?? process.env.BENCH_SECONDS ?? 60);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const DIST_DIR = process.env.LANTERN_DIST_DIR || ".next-bench";
const READERS = 200;
const REPORTERS = 20;
const PASSWORD = "bench-password-0001";
// The servers' secret, and so the audit key this process verifies the trail with (lib/audit/key.ts).
const AUTH_SECRET = "bench-only-secret-not-for-production-0000000";

interface Figures {
  title: string;
  requests: number;
  errors: number;
  p50: number;
  p975: number;
}

async function main() {
  if (!Number.isFinite(SECONDS) || SECONDS <= 0) throw new Error(`--seconds must be a number above 0 (it is "${flags.seconds ?? process.env.BENCH_SECONDS}")`);
  process.env.AUTH_SECRET = AUTH_SECRET;
  const name = `lantern_bench_load_${Date.now()}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  let stop = () => {};
  let failed = false;
  try {
    const writers = await prepareDatabase(dbUrl);
    ensureBuild({ distDir: DIST_DIR, keep: process.env.BENCH_USE_BUILD === "1" });
    // `npm run serve`'s script with WORKERS processes on the one port (scripts/serve.ts).
    process.env.BENCH_USE_BUILD = "1";
    const server = await startServer({ port: PORT, dataDir: path.resolve(".data-bench-load"), distDir: DIST_DIR, databaseUrl: dbUrl, workers: WORKERS });
    stop = server.stop;
    const base = server.base;
    const boardCookie = await signIn(base, "board@lantern.example", PASSWORD);
    const paperId = /href="\/snapshots\/(\d+)"/.exec(await (await fetch(`${base}/board`, { headers: { cookie: boardCookie } })).text())?.[1];
    if (!paperId) throw new Error("no published paper on /board");
    const paper = `${base}/snapshots/${paperId}`;
    for (const w of writers) w.cookie = await signIn(base, w.email, PASSWORD);
    for (let i = 0; i < 10; i++) await fetch(paper, { headers: { cookie: boardCookie } }); // warm up both processes

    const loadBefore = os.loadavg()[0];
    const [readers, savers] = await Promise.all([read(paper, boardCookie, READERS, SECONDS), save(base, writers, SECONDS)]);
    const loadDuring = os.loadavg()[0];
    const readerAlone = await read(paper, boardCookie, 1, Math.min(SECONDS, 20));
    const saverAlone = await save(base, writers.slice(0, 1), Math.min(SECONDS, 20));

    console.log(
      `\n${WORKERS} server processes (npm run serve, ${path.basename(DIST_DIR)}) on one PostgreSQL, ${SECONDS} s under load, then 1 user alone for ${Math.min(SECONDS, 20)} s` +
        `\nmachine: ${os.availableParallelism()} CPUs, load average ${loadBefore.toFixed(1)} before the load, ${loadDuring.toFixed(1)} at its end\n`,
    );
    console.log(["".padEnd(52), "requests".padStart(9), "errors".padStart(8), "p50 ms".padStart(8), "p97.5 ms".padStart(10)].join(""));
    for (const f of [
      { ...readers, title: `${READERS} board members reading the paper` },
      { ...readerAlone, title: "1 board member alone" },
      { ...savers, title: `${REPORTERS} reporters saving commentary` },
      { ...saverAlone, title: "1 reporter alone" },
    ]) {
      console.log([f.title.padEnd(52), String(f.requests).padStart(9), String(f.errors).padStart(8), String(f.p50).padStart(8), String(f.p975).padStart(10)].join(""));
    }
    const errors = readers.errors + savers.errors + readerAlone.errors + saverAlone.errors;
    console.log(`\nerrors: ${errors} (must be 0)`);
    const check = await countBack(dbUrl, writers);
    console.log(`saves acknowledged: ${check.acknowledged}; found in the database: ${check.found} versions; lost: ${check.lost.length ? check.lost.join("; ") : "none"}`);
    console.log(`audit trail: ${check.audit}`);
    failed = errors > 0 || check.lost.length > 0 || !check.auditOk;
  } finally {
    stop();
    await new Promise((r) => setTimeout(r, 3000));
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  if (failed) process.exitCode = 1;
}

interface Writer {
  email: string;
  indicatorId: number;
  cookie: string;
  /** the version before this run's first save */
  startVersion: number | null;
  /** saves the server acknowledged, and the last text it acknowledged */
  saved: number;
  lastBody: string;
  lastVersion: number | null;
}

/** Every acknowledged save, looked for in the database: each writer's versions after its start, and its last text. */
async function countBack(url: string, writers: Writer[]) {
  const handle = await openDb({ url });
  try {
    const db: Db = handle.db;
    const rows = await db
      .select({ indicatorId: commentaries.indicatorId, body: commentaries.body, version: commentaryVersions.version })
      .from(commentaries)
      .innerJoin(commentaryVersions, eq(commentaryVersions.commentaryId, commentaries.id))
      .where(and(eq(commentaries.period, "2020-05"), inArray(commentaries.indicatorId, writers.map((w) => w.indicatorId))))
      .orderBy(asc(commentaryVersions.version));
    const lost: string[] = [];
    let found = 0;
    for (const w of writers) {
      const mine = rows.filter((r) => r.indicatorId === w.indicatorId && r.version > (w.startVersion ?? 0));
      found += mine.length;
      if (mine.length !== w.saved) lost.push(`${w.email}: ${w.saved} acknowledged, ${mine.length} stored`);
      else if (w.saved > 0 && mine[0].body !== w.lastBody) lost.push(`${w.email}: the last text acknowledged is not the one stored`);
    }
    const report = await verifyAuditChain({ db });
    const audit = report.ok ? `intact, ${report.events} events${report.anchor ? `, anchored (key ${report.anchor.keyId})` : ", NOT anchored"}` : `BROKEN: ${report.reason}`;
    return { acknowledged: writers.reduce((n, w) => n + w.saved, 0), found, lost, audit, auditOk: report.ok && report.anchor !== null };
  } finally {
    await handle.close();
  }
}

/** The demo, May 2020 opened for commentary (April's figures again), and one reporter per indicator. */
async function prepareDatabase(url: string): Promise<Writer[]> {
  const handle = await openDb({ url });
  try {
    await migrateDb(handle);
    await seedDemo({ db: handle.db, password: PASSWORD });
    const april = await handle.db
      .select({ code: indicators.code, value: indicatorValues.value })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .where(eq(indicatorValues.period, "2020-04"));
    const csv = ["indicator,period,value", ...april.filter((r) => r.value !== null).map((r) => `${r.code},2020-05,${r.value}`)].join("\n");
    const loaded = await importFile({ db: handle.db, kind: "values", text: csv, file: "may.csv" });
    if (!loaded.ok) throw new Error("could not open May");
    const chosen = await handle.db.select({ id: indicators.id, service: indicators.serviceKey }).from(indicators).orderBy(indicators.id).limit(REPORTERS);
    const writers: Writer[] = [];
    for (const [i, ind] of chosen.entries()) {
      const email = `load.reporter.${i}@lantern.example`;
      await createOrUpdateUser({ db: handle.db, input: { email, name: `Load Reporter ${i}`, roles: ["reporter"], services: [ind.service], password: PASSWORD } });
      writers.push({ email, indicatorId: ind.id, cookie: "", startVersion: null, saved: 0, lastBody: "", lastVersion: null });
    }
    return writers;
  } finally {
    await handle.close();
  }
}

async function read(url: string, cookie: string, connections: number, seconds: number): Promise<Omit<Figures, "title">> {
  // Readers wait up to 30 s for the page, as a browser would.
  const result = await autocannon({ url, connections, duration: seconds, timeout: 30, headers: { cookie } });
  // What the errors were: a reader that waited 30 s and gave up is not a refusal.
  if (result.errors + result.non2xx > 0) console.log(`readers (${connections}): ${result.timeouts} timed out after 30 s, ${result.errors - result.timeouts} other connection errors, ${result.non2xx} answers not 2xx`);
  return { requests: Math.round(result.requests.average * seconds), errors: result.errors + result.non2xx, p50: result.latency.p50, p975: result.latency.p97_5 };
}

/**
 * Each reporter saves their own indicator's May commentary in a loop, from the
 * version the last save returned (the first save starts from 0, or from the
 * version a first conflict reports). Any other refusal is an error.
 */
async function save(base: string, writers: Writer[], seconds: number): Promise<Omit<Figures, "title">> {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    writers.map(async (w) => {
      let version = w.lastVersion ?? 0;
      for (let n = 1; Date.now() < until; n++) {
        const started = performance.now();
        const body = `Save ${w.saved + 1} by ${w.email}: contacts were steady.`;
        const response = await fetch(`${base}/commentary/autosave`, {
          method: "POST",
          headers: { cookie: w.cookie, origin: base, "content-type": "application/json" },
          body: JSON.stringify({ indicatorId: w.indicatorId, period: "2020-05", expectedVersion: version, body }),
        }).catch(() => null);
        latencies.push(performance.now() - started);
        const result = response
          ? ((await response.json().catch(() => null)) as { ok: boolean; code?: string; data?: { version: number }; details?: { current?: { version?: number } } } | null)
          : null;
        if (result?.ok) {
          w.startVersion ??= version;
          version = w.lastVersion = result.data!.version;
          w.saved++;
          w.lastBody = body;
        } else if (n === 1 && w.startVersion === null && result?.code === "conflict") version = result.details?.current?.version ?? 0;
        else errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { requests: latencies.length, errors, p50: at(0.5), p975: at(0.975) };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
