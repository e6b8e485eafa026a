// bench/import.ts — importing 60,000 monthly figures (200 indicators × 25
// years × 12 months) from CSV and from XLSX, on PGlite and on PostgreSQL
// (when DATABASE_URL is set), beside PostgreSQL COPY of the same rows into a
// scratch table. Prints seconds, the ratio to COPY, and the process's peak
// RSS for each step; and the preview's time (read + check + plan, no write).
//
//   node --conditions=react-server --import tsx bench/import.ts
//
// Aims: import ≤ 5× COPY on PostgreSQL, preview ≤ 3 s, peak RSS ≤ 300 MB.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import type { DbHandle } from "../db/client";

const INDICATORS = 200;
const YEARS = 25;
const FIRST_YEAR = 1995;

function catalogueCsv(): string {
  const lines = ["code,title,service,polarity,unit,aggregation"];
  for (let i = 0; i < INDICATORS; i++) lines.push(`B${i},Bench indicator ${i},cp,high,count,sum`);
  return lines.join("\n");
}

function* valueRows(): Generator<[string, string, number]> {
  for (let i = 0; i < INDICATORS; i++) {
    for (let m = 0; m < YEARS * 12; m++) {
      yield [`B${i}`, `${FIRST_YEAR + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`, (i * 37 + m * 11) % 5000];
    }
  }
}

function valuesCsv(): string {
  const lines = ["indicator,period,value"];
  for (const [code, period, value] of valueRows()) lines.push(`${code},${period},${value}`);
  return lines.join("\n");
}

async function valuesXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("values");
  ws.addRow(["indicator", "period", "value"]);
  for (const row of valueRows()) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Runs `work`, timing it and sampling the process's RSS every 20 ms. */
async function measure<T>(work: () => Promise<T>): Promise<{ seconds: number; peakMb: number; result: T }> {
  global.gc?.();
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const start = performance.now();
  try {
    const result = await work();
    return { seconds: (performance.now() - start) / 1000, peakMb: Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024, result };
  } finally {
    clearInterval(timer);
  }
}

interface Line {
  database: string;
  step: string;
  seconds: number;
  peakMb: number;
}

async function openPglite(): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const schema = await import("../db/schema");
  const { migrateDb } = await import("../db/migrate");
  // On disk, as `npm start` keeps it (an in-memory PGlite holds every table in RAM).
  const fs = await import("node:fs");
  const os = await import("node:os");
  const dir = fs.mkdtempSync(`${os.tmpdir()}/lantern-bench-pglite-`);
  const client = await PGlite.create(dir);
  const close = async () => {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const handle: DbHandle = { db: drizzle(client, { schema }) as never, kind: "pglite", location: dir, close };
  await migrateDb(handle);
  return handle;
}

async function openPostgres(url: string): Promise<{ handle: DbHandle; drop: () => Promise<void>; url: string }> {
  const { default: postgres } = await import("postgres");
  const { openDb } = await import("../db/client");
  const { migrateDb } = await import("../db/migrate");
  const name = `lantern_bench_import_${randomBytes(3).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await openDb({ url: target.toString() });
  await migrateDb(handle);
  return {
    handle,
    url: target.toString(),
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * One database and one format, in a process of its own (`--one DB FORMAT
 * FILE`), so its peak RSS is that import's: the database (PGlite's WASM
 * heap included) with its catalogue, then the preview, the import, and the
 * same file again (every row unchanged).
 */
async function benchOne(database: "PGlite" | "PostgreSQL", format: "CSV" | "XLSX", path: string) {
  const fs = await import("node:fs");
  const { importFile, planImport, readImport } = await import("../lib/import/apply");
  const pg = database === "PostgreSQL" ? await openPostgres(process.env.DATABASE_URL!) : null;
  const handle = pg ? pg.handle : await openPglite();
  const report = (step: string, m: { seconds: number; peakMb: number }) =>
    console.log(JSON.stringify({ database, step, seconds: m.seconds, peakMb: m.peakMb }));
  try {
    const loaded = await importFile({ db: handle.db, kind: "indicators", text: catalogueCsv(), file: "indicators.csv" });
    if (!loaded.ok) throw new Error("catalogue did not load");
    const bytes = new Uint8Array(fs.readFileSync(path));
    const file = format === "CSV" ? "values.csv" : "values.xlsx";
    global.gc?.();
    report(`ready (database and catalogue, before the ${format} file)`, { seconds: 0, peakMb: process.memoryUsage.rss() / 1024 / 1024 });
    const preview = await measure(async () => {
      const read = await readImport({ bytes, file, kind: "values" });
      if (!read.ok) throw new Error(read.errors[0].reason);
      const planned = await planImport(handle.db, read);
      if (!planned.ok) throw new Error(planned.errors[0].reason);
      return planned.plan.counts.new;
    });
    report(`preview ${format} (${preview.result.toLocaleString("en-GB")} new rows)`, preview);
    const run = await measure(() => importFile({ db: handle.db, kind: "values", bytes, file }));
    if (!run.result.ok) throw new Error(run.result.errors[0].reason);
    report(`import ${format}`, run);
    const again = await measure(() => importFile({ db: handle.db, kind: "values", bytes, file }));
    report(`import ${format} again (all unchanged)`, again);
    if (pg && format === "CSV") report(`COPY into a scratch table (${INDICATORS * YEARS * 12} rows)`, await copyBaseline(pg.url, fs.readFileSync(path, "utf8")));
  } finally {
    if (pg) await pg.drop();
    else await handle.close();
  }
}

async function copyBaseline(url: string, csv: string): Promise<{ seconds: number; peakMb: number }> {
  const { default: postgres } = await import("postgres");
  const client = postgres(url, { max: 1, onnotice: () => {} });
  await client.unsafe(`create table scratch_values (like indicator_values including defaults including constraints including indexes)`);
  const ids = new Map((await client`select id, code from indicators`).map((r) => [r.code as string, r.id as number]));
  // The same rows as indicator_values would get them, as COPY text.
  const text = csv
    .split("\n")
    .slice(1)
    .map((line) => {
      const [code, period, value] = line.split(",");
      return `${ids.get(code)}\t${period}\t${value}\t1\ttrue`;
    })
    .join("\n");
  const run = await measure(async () => {
    const stream = await client`copy scratch_values (indicator_id, period, value, revision, is_current) from stdin`.writable();
    await new Promise<void>((resolve, reject) => {
      stream.on("error", reject);
      stream.on("finish", resolve);
      stream.end(`${text}\n`);
    });
  });
  const [{ n }] = await client`select count(*)::int as n from scratch_values`;
  await client.end();
  if (Number(n) !== INDICATORS * YEARS * 12) throw new Error(`COPY loaded ${n} rows`);
  return run;
}

async function main() {
  const [flag, database, format, path] = process.argv.slice(2);
  if (flag === "--one") return benchOne(database as "PGlite" | "PostgreSQL", format as "CSV" | "XLSX", path);
  const fs = await import("node:fs");
  const os = await import("node:os");
  const { spawnSync } = await import("node:child_process");
  const dir = fs.mkdtempSync(`${os.tmpdir()}/lantern-bench-import-`);
  const files = { CSV: `${dir}/values.csv`, XLSX: `${dir}/values.xlsx` };
  fs.writeFileSync(files.CSV, valuesCsv());
  fs.writeFileSync(files.XLSX, await valuesXlsx());
  console.log(`60,000 values: CSV ${(fs.statSync(files.CSV).size / 1024 / 1024).toFixed(1)} MB, XLSX ${(fs.statSync(files.XLSX).size / 1024 / 1024).toFixed(1)} MB`);
  const databases = process.env.DATABASE_URL ? (["PGlite", "PostgreSQL"] as const) : (["PGlite"] as const);
  if (!process.env.DATABASE_URL) console.log("DATABASE_URL is not set: PostgreSQL and COPY skipped.");
  const lines: Line[] = [];
  for (const db of databases) {
    for (const f of ["CSV", "XLSX"] as const) {
      // --expose-gc: each step starts from a collected heap, so its peak is its own, not the garbage of the step before
      const child = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", process.argv[1], "--one", db, f, files[f]], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
      if (child.status !== 0) throw new Error(`${db} ${f} failed:\n${child.stdout}`);
      for (const out of child.stdout.split("\n").filter((l) => l.startsWith("{"))) {
        const line = JSON.parse(out) as Line;
        lines.push(line);
        console.log(`${line.database}: ${line.step}: ${line.seconds.toFixed(2)} s, peak RSS ${Math.round(line.peakMb)} MB`);
      }
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const copy = lines.find((l) => l.step.startsWith("COPY"));
  console.log("\n| database | step | seconds | × COPY | peak RSS MB |\n|---|---|---:|---:|---:|");
  for (const l of lines) {
    const ratio = copy && l.database === "PostgreSQL" && l.step.startsWith("import") ? (l.seconds / copy.seconds).toFixed(1) : "";
    const seconds = l.step.startsWith("ready") ? "" : l.seconds.toFixed(2);
    console.log(`| ${l.database} | ${l.step} | ${seconds} | ${ratio} | ${Math.round(l.peakMb)} |`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
