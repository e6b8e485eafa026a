// Fault injection, run by `npm test`: `kill -9` the process during a large
// import and during a publish on the embedded database, then open it again.
// Proves: the database opens cleanly (no corruption, the stale lock taken
// over), nothing of the killed import is stored, no paper is half-published,
// and the audit chain still verifies.
// Usage: node --conditions=react-server --import tsx tests/faults/kill9.ts
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDb } from "@/db/client";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-kill9-"));
// AUTH_SECRET as a server has it: the audit key is derived from it (lib/audit/key.ts).
const env = { ...process.env, DATABASE_URL: "", LANTERN_DATA_DIR: dataDir, AUTH_SECRET: "fault-tests-only-secret-0123456789-abcdefghij" };
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

function start(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null>; waitFor: (re: RegExp) => Promise<boolean> } {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", ...args], { cwd: root, env });
  let output = "";
  const listeners: (() => void)[] = [];
  const on = (d: Buffer) => {
    output += d;
    listeners.forEach((l) => l());
  };
  child.stdout!.on("data", on);
  child.stderr!.on("data", on);
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ? null : code)));
  const waitFor = (re: RegExp) =>
    new Promise<boolean>((resolve) => {
      if (re.test(output)) return resolve(true);
      listeners.push(() => re.test(output) && resolve(true));
      void exit.then(() => resolve(re.test(output)));
    });
  return { child, output: () => output, exit, waitFor };
}

const cli = async (...args: string[]) => {
  const run = start(["lib/cli/main.ts", ...args]);
  const code = await run.exit;
  return { code, output: run.output() };
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function query<T>(text: string): Promise<T[]> {
  const handle = await openDb({ url: "", dataDir });
  try {
    const result = (await handle.db.execute(sql.raw(text))) as unknown as { rows: T[] };
    return result.rows;
  } finally {
    await handle.close();
  }
}

async function main() {
  console.log(`kill -9 fault injection on the embedded database in ${dataDir}`);
  const seeded = await cli("seed-demo");
  if (seeded.code !== 0) throw new Error(`seed-demo failed: ${seeded.output}`);

  // 1. A large import, killed mid-transaction.
  const codes = fs
    .readFileSync(path.join(root, "db/seed/demo/indicators.csv"), "utf8")
    .split("\n")
    .slice(1)
    .map((l) => l.split(",")[0])
    .filter(Boolean);
  const lines = ["indicator,period,value"];
  for (const code of codes) for (let m = 0; m < 348; m++) lines.push(`${code},${1990 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")},${m}`);
  const file = path.join(os.tmpdir(), `lantern-kill9-big-${process.pid}.csv`);
  fs.writeFileSync(file, lines.join("\n"));
  // How long a whole import takes, on a copy: the kill then lands three
  // quarters of the way in, inside the one write transaction (validation comes first).
  const copy = `${dataDir}-measure`;
  fs.cpSync(dataDir, copy, { recursive: true });
  const startedAt = Date.now();
  const whole = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/main.ts", "import", "values", file], { cwd: root, env: { ...env, LANTERN_DATA_DIR: copy } });
    let said = "";
    child.stderr.on("data", (d) => (said += d));
    child.on("exit", (code) => (code === 0 ? resolve(Date.now() - startedAt) : reject(new Error(`the measuring import failed (${code}): ${said.slice(0, 500)}`))));
  });
  fs.rmSync(copy, { recursive: true, force: true });
  const run = start(["lib/cli/main.ts", "import", "values", file]);
  const delay = Math.round(whole * 0.75);
  await sleep(delay);
  const killedImport = run.child.exitCode === null;
  run.child.kill("SIGKILL");
  await run.exit;
  fs.rmSync(file, { force: true });
  console.log(`     a whole import of ${lines.length - 1} rows takes ${whole} ms; killed this one after ${delay} ms`);
  check(killedImport, "an import was killed mid-way");
  const [stored] = await query<{ n: number; batches: number }>(
    "select (select count(*)::int from indicator_values where period < '2019-01') as n, (select count(*)::int from import_batches where file_name like 'lantern-kill9-big-%') as batches",
  );
  check(stored.n === 0 && stored.batches === 0, `the database opens again and holds nothing of the killed import (${stored.n} values, ${stored.batches} batches)`);

  // 2. Publishing, killed at several moments.
  for (const delay of [0, 150, 400]) {
    const run = start(["tests/faults/publish-worker.ts"]);
    const began = await run.waitFor(/publishing \d+/);
    if (!began) throw new Error(`the publish worker did not start: ${run.output()}`);
    await sleep(delay);
    const finished = run.child.exitCode !== null;
    run.child.kill("SIGKILL");
    await run.exit;
    const id = Number(/publishing (\d+)/.exec(run.output())![1]);
    const [paper] = await query<{ status: string; rows: number; expected: number }>(
      `select s.status::text as status,
         (select count(*)::int from snapshot_rows r where r.snapshot_id = s.id) as rows,
         (select count(*)::int from indicators i where i.service_key in (select service_key from snapshot_services ss where ss.snapshot_id = s.id)) as expected
       from snapshots s where s.id = ${id}`,
    );
    const whole = (paper.status === "draft" && paper.rows === 0) || (paper.status === "published" && paper.rows === paper.expected);
    check(whole, `publish killed ${delay} ms in${finished ? " (it had finished)" : ""}: paper ${id} is ${paper.status} with ${paper.rows} of ${paper.expected} rows, never half-published`);
  }

  // 3. After all that, the audit chain is whole.
  const verify = await cli("audit", "verify");
  check(verify.code === 0, `audit verify: ${verify.output.trim()}`);
}

main()
  .catch((error) => {
    failures.push(String(error instanceof Error ? error.message : error));
    console.error(error);
  })
  .finally(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    console.log(failures.length ? `\n${failures.length} fault check(s) FAILED` : "\nEvery fault check passed.");
    process.exit(failures.length ? 1 : 0);
  });
