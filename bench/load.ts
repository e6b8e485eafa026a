// bench/load: the production server on PostgreSQL under a meeting-day load —
// 200 board members reading the published paper while 20 reporters save
// commentary (each on their own indicator, every save a new version) — for
// 60 s; then each alone with a single user, for comparison. Prints errors
// (must be 0) and p50 / p97.5 of each. Prints figures; asserts nothing.
//
//   node --conditions=react-server --import tsx bench/load.ts
//   (env: BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432/postgres (a server to make
//    a fresh database on, dropped at the end), BENCH_PORT=3293, BENCH_SECONDS=60 (the
//    single-user runs take at most 20), LANTERN_DIST_DIR=.next-bench (built there when
//    missing or older than the code; BENCH_USE_BUILD=1 serves it as it is))
// The readers share one board member's session (sessions are written at most
// once a minute, so more accounts would change nothing but the sign-ins).
import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { openDb } from "@/db/client";
import { ensureBuild } from "../scripts/build";
import { migrateDb } from "@/db/migrate";
import { indicators, indicatorValues } from "@/db/schema";
import { importFile } from "@/lib/import/apply";
import { seedDemo } from "@/lib/seed/demo";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { signIn } from "./support/server";

const ADMIN_URL = process.env.BENCH_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PORT = Number(process.env.BENCH_PORT ?? 3293);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const DIST_DIR = process.env.LANTERN_DIST_DIR || ".next-bench";
const READERS = 200;
const REPORTERS = 20;
const PASSWORD = "bench-password-0001";
const root = path.resolve(import.meta.dirname, "..");

interface Figures {
  title: string;
  requests: number;
  errors: number;
  p50: number;
  p975: number;
}

async function main() {
  const name = `lantern_load_${Date.now()}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  let server: ReturnType<typeof spawn> | undefined;
  try {
    const writers = await prepareDatabase(dbUrl);
    ensureBuild({ distDir: DIST_DIR, keep: process.env.BENCH_USE_BUILD === "1" });
    server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT)], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DATABASE_URL: dbUrl, LANTERN_DIST_DIR: DIST_DIR, AUTH_SECRET: "bench-only-secret-not-for-production-0000000", NODE_ENV: "production" },
    });
    const base = `http://127.0.0.1:${PORT}`;
    await waitFor(`${base}/api/health`);
    const boardCookie = await signIn(base, "board@lantern.example", PASSWORD);
    const paperId = /href="\/snapshots\/(\d+)"/.exec(await (await fetch(`${base}/board`, { headers: { cookie: boardCookie } })).text())?.[1];
    if (!paperId) throw new Error("no published paper on /board");
    const paper = `${base}/snapshots/${paperId}`;
    for (const w of writers) w.cookie = await signIn(base, w.email, PASSWORD);
    for (let i = 0; i < 10; i++) await fetch(paper, { headers: { cookie: boardCookie } }); // warm up

    const [readers, savers] = await Promise.all([read(paper, boardCookie, READERS, SECONDS), save(base, writers, SECONDS)]);
    const readerAlone = await read(paper, boardCookie, 1, Math.min(SECONDS, 20));
    const saverAlone = await save(base, writers.slice(0, 1), Math.min(SECONDS, 20));

    console.log(`\nnext start on PostgreSQL (${path.basename(DIST_DIR)}), ${SECONDS} s under load, then 1 user alone for ${Math.min(SECONDS, 20)} s\n`);
    console.log(["".padEnd(52), "requests".padStart(9), "errors".padStart(8), "p50 ms".padStart(8), "p97.5 ms".padStart(10)].join(""));
    for (const f of [
      { ...readers, title: `${READERS} board members reading the paper` },
      { ...readerAlone, title: "1 board member alone" },
      { ...savers, title: `${REPORTERS} reporters saving commentary` },
      { ...saverAlone, title: "1 reporter alone" },
    ]) {
      console.log([f.title.padEnd(52), String(f.requests).padStart(9), String(f.errors).padStart(8), String(f.p50).padStart(8), String(f.p975).padStart(10)].join(""));
    }
    console.log(`\nerrors under load: ${readers.errors + savers.errors} (must be 0)`);
  } finally {
    if (server?.pid) server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

interface Writer {
  email: string;
  indicatorId: number;
  cookie: string;
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
      writers.push({ email, indicatorId: ind.id, cookie: "" });
    }
    return writers;
  } finally {
    await handle.close();
  }
}

async function waitFor(url: string, timeoutMs = 120_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer at ${url}`);
}

async function read(url: string, cookie: string, connections: number, seconds: number): Promise<Omit<Figures, "title">> {
  // Readers wait up to 30 s for the page, as a browser would.
  const result = await autocannon({ url, connections, duration: seconds, timeout: 30, headers: { cookie } });
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
      let version = 0;
      for (let n = 1; Date.now() < until; n++) {
        const started = performance.now();
        const response = await fetch(`${base}/commentary/autosave`, {
          method: "POST",
          headers: { cookie: w.cookie, origin: base, "content-type": "application/json" },
          body: JSON.stringify({ indicatorId: w.indicatorId, period: "2020-05", expectedVersion: version, body: `Save ${n} by ${w.email}: contacts were steady.` }),
        }).catch(() => null);
        latencies.push(performance.now() - started);
        const result = response
          ? ((await response.json().catch(() => null)) as { ok: boolean; code?: string; data?: { version: number }; details?: { current?: { version?: number } } } | null)
          : null;
        if (result?.ok) version = result.data!.version;
        else if (n === 1 && result?.code === "conflict") version = result.details?.current?.version ?? 0;
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
