// The operations commands of `npm run lantern --`: `audit verify`, `backup
// FILE` and `restore FILE [--force]`. They open the database themselves
// (a backup copies it as it is, without migrating it first; a restore must
// look at the target before anything is written). Exit codes as the rest of
// the CLI: 0 success; 1 bad input, a refusal or a broken audit chain; 2 any
// other failure.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { dataDir, executeRows, openDb, type Db, type DbHandle } from "@/db/client";
import { lockDataDir } from "@/db/lock";
import { migrateDb } from "@/db/migrate";
import * as schema from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit/verify";
import { failureLine } from "./failure";
import { openDatabase } from "./open-database";
import { settings } from "@/lib/config/env";

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

export const OPS_USAGE = `  audit verify                              check the audit trail's hash chain; prints the first broken link
  backup FILE                               copy the whole database to FILE (pg_dump, or the embedded
                                            database's data directory as a .tar.gz)
  restore FILE [--force]                    load a backup; refuses a database that holds data unless --force`;

const OPS_COMMANDS = ["audit", "backup", "restore"] as const;

export function isOpsCommand(command: string): boolean {
  return (OPS_COMMANDS as readonly string[]).includes(command);
}

class Refusal extends Error {}

export async function runOpsCommand(command: string, args: string[], out: Out): Promise<number> {
  try {
    if (command === "audit") return await auditVerify(args, out);
    const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { force: { type: "boolean" } } });
    if (positionals.length !== 1) throw new Refusal(`Usage: npm run lantern -- ${command} FILE${command === "restore" ? " [--force]" : ""}`);
    const file = path.resolve(positionals[0]);
    const postgresUrl = settings().DATABASE_URL;
    if (command === "backup") {
      if (values.force) throw new Refusal("backup takes no --force: give a file that does not exist yet.");
      if (fs.existsSync(file)) throw new Refusal(`${file} already exists: give a new file name (a backup never overwrites one).`);
      await (postgresUrl ? backupPostgres(postgresUrl, file) : backupEmbedded(file));
      out.stdout(`Backup written to ${file} (${fs.statSync(file).size} bytes).`);
      return 0;
    }
    if (!fs.existsSync(file)) throw new Refusal(`${file}: no such file.`);
    const restored = postgresUrl ? await restorePostgres(postgresUrl, file, !!values.force, out) : await restoreEmbedded(file, !!values.force, out);
    out.stdout(`Restored ${file}: ${restored.people} people, ${restored.indicators} indicators, ${restored.auditEvents} audit events.`);
    return 0;
  } catch (error) {
    if (error instanceof Refusal || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      out.stderr((error as Error).message);
      return 1;
    }
    out.stderr(failureLine(command, error));
    return 2;
  }
}

async function auditVerify(args: string[], out: Out): Promise<number> {
  if (args.length !== 1 || args[0] !== "verify") throw new Refusal("Usage: npm run lantern -- audit verify");
  // Through the running server's socket when it holds the embedded database.
  const handle = await openDatabase();
  try {
    await migrateDb(handle);
    const report = await verifyAuditChain({ db: handle.db });
    if (report.ok) {
      const anchor = report.anchor;
      if (!anchor) {
        out.stdout(`Audit chain intact: ${report.events} events, every link checked.`);
        out.stderr(
          "NOT anchored: no audit key is set (LANTERN_AUDIT_KEY, or AUTH_SECRET as the server has it), so a chain recomputed by someone with write access to the database would pass. Run this with the server's settings.",
        );
        return 1;
      }
      out.stdout(`Audit trail intact: ${report.events} events, every link checked and anchored with the audit key ${anchor.keyId}.`);
      if (anchor.unkeyedBefore > 0) {
        out.stdout(`${anchor.unkeyedBefore} earlier events were written before the anchor existed; the keyed event ${anchor.firstKeyed} covers them through the chain.`);
      }
      if (anchor.newest) out.stdout(`Newest event ${anchor.newest.id}, hash ${anchor.newest.hash} (note it elsewhere to catch events later cut from the end).`);
      return 0;
    }
    out.stderr(`Audit trail BROKEN at ${report.brokenAt === null ? "its head" : `event ${report.brokenAt}`}: ${report.reason}.`);
    return 1;
  } finally {
    await handle.close();
  }
}

interface Contents {
  people: number;
  indicators: number;
  auditEvents: number;
  snapshots: number;
}

/** What a database holds; an unmigrated or freshly migrated one holds nothing. */
async function contentsOf(db: Db): Promise<Contents> {
  const rows = await executeRows<{ migrated: boolean }>(db, sql`select to_regclass('public.users') is not null as migrated`);
  const migrated = rows[0]?.migrated;
  if (!migrated) return { people: 0, indicators: 0, auditEvents: 0, snapshots: 0 };
  const count = async (table: typeof schema.users | typeof schema.indicators | typeof schema.auditEvents | typeof schema.snapshots) =>
    Number((await db.select({ n: sql<number>`count(*)` }).from(table))[0].n);
  return {
    people: await count(schema.users),
    indicators: await count(schema.indicators),
    auditEvents: await count(schema.auditEvents),
    snapshots: await count(schema.snapshots),
  };
}

function refuseUnlessEmpty(contents: Contents, force: boolean, where: string): void {
  const holds = contents.people + contents.indicators + contents.auditEvents + contents.snapshots > 0;
  if (holds && !force) {
    throw new Refusal(
      `${where} already holds data (${contents.people} people, ${contents.indicators} indicators, ${contents.snapshots} board papers, ` +
        `${contents.auditEvents} audit events). Restoring would replace all of it: add --force if that is what you mean.`,
    );
  }
}

// ---- the embedded database (PGlite): its data directory as a tarball ----

async function withEmbedded<T>(fn: (client: import("@electric-sql/pglite").PGlite, pgdata: string, dir: string) => Promise<T>): Promise<T> {
  const dir = dataDir();
  const release = lockDataDir(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const pgdata = path.join(dir, "pgdata");
    if (!fs.existsSync(pgdata)) throw new Refusal(`There is no embedded database in ${dir} to back up.`);
    const client = await PGlite.create(pgdata);
    try {
      return await fn(client, pgdata, dir);
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

async function backupEmbedded(file: string): Promise<void> {
  await withEmbedded(async (client) => {
    const tarball = await client.dumpDataDir("gzip");
    writePrivate(file, Buffer.from(await tarball.arrayBuffer()));
  });
}

async function restoreEmbedded(file: string, force: boolean, out: Out): Promise<Contents> {
  const bytes = fs.readFileSync(file);
  if (!(bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    throw new Refusal(`${file} is not a backup of the embedded database (those are .tar.gz files made by "lantern backup" without DATABASE_URL).`);
  }
  const dir = dataDir();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const release = lockDataDir(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const pgdata = path.join(dir, "pgdata");
    if (fs.existsSync(pgdata)) {
      const current = await PGlite.create(pgdata);
      try {
        refuseUnlessEmpty(await contentsOf(drizzle(current, { schema })), force, `The embedded database in ${dir}`);
      } finally {
        await current.close();
      }
      // Kept, not deleted: the replaced data stays on disk until someone removes it.
      const aside = `${pgdata}.replaced-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(pgdata, aside);
      out.stdout(`The database it replaces is kept in ${aside}.`);
    }
    const client = await PGlite.create(pgdata, { loadDataDir: new Blob([bytes]) });
    try {
      const handle: DbHandle = { db: drizzle(client, { schema }), kind: "pglite", location: dir, close: async () => {} };
      await migrateDb(handle);
      return await contentsOf(handle.db);
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

// ---- PostgreSQL: pg_dump to plain SQL, psql to load it ----

async function backupPostgres(url: string, file: string): Promise<void> {
  const partial = `${file}.partial`;
  await run("pg_dump", ["--no-owner", "--no-privileges", "--quote-all-identifiers", `--file=${partial}`, `--dbname=${url}`]);
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, file);
}

async function restorePostgres(url: string, file: string, force: boolean, out: Out): Promise<Contents> {
  const head = fs.readFileSync(file, { encoding: "utf8", flag: "r" }).slice(0, 200);
  if (!head.includes("PostgreSQL database dump")) {
    throw new Refusal(`${file} is not a PostgreSQL backup (those are SQL files made by "lantern backup" with DATABASE_URL set).`);
  }
  const handle = await openDb({ url });
  try {
    refuseUnlessEmpty(await contentsOf(handle.db), force, `The database at ${handle.location}`);
    // The dump makes every table, function and trigger itself.
    await handle.db.execute(sql`drop schema if exists drizzle cascade`);
    await handle.db.execute(sql`drop schema if exists public cascade`);
    await handle.db.execute(sql`create schema public`);
  } finally {
    await handle.close();
  }
  await run("psql", ["--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "--single-transaction", `--file=${file}`, `--dbname=${url}`]);
  out.stdout("Loaded with psql; applying any newer migrations.");
  const after = await openDb({ url });
  try {
    await migrateDb(after);
    return await contentsOf(after.db);
  } finally {
    await after.close();
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new Error(`${command} is not installed: install the PostgreSQL client tools (e.g. apt-get install postgresql-client).`) : error),
    );
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim().split("\n").slice(-3).join(" ")}`))));
  });
}

function writePrivate(file: string, bytes: Buffer): void {
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, bytes, { mode: 0o600 });
  fs.renameSync(partial, file);
}
