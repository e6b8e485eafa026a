// One database instance per process: PGlite in ./.data when DATABASE_URL is
// unset, postgres-js against a real server when it is set. Both are Drizzle
// PgDatabase instances over the same schema, so lib/ never knows which.
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations, SQLWrapper } from "drizzle-orm";
import * as schema from "./schema";
import { lockDataDir } from "./lock";
import { settings } from "@/lib/config/env";

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/**
 * What a read or write helper runs its SQL on: the database or a transaction
 * (a transaction is a Drizzle database too). Helpers take an Executor, so the
 * same code runs inside an action's transaction or on its own.
 */
export type Executor = Db | Tx;

/**
 * The rows of a raw SQL query on either driver (postgres-js returns an array,
 * PGlite `{ rows }`), so no caller has to cast the driver's result.
 */
export async function executeRows<T>(db: Executor, query: SQLWrapper | string): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result;
  if (typeof result === "object" && result !== null && "rows" in result && Array.isArray(result.rows)) return result.rows;
  throw new Error("The database driver returned no rows array.");
}

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  /** where the data lives: a directory or a redacted URL */
  location: string;
  close(): Promise<void>;
}

/** LANTERN_LOG_SQL=1: every statement to the log, shortened (for counting a page's queries; never on in production). */
const logger = settings().LANTERN_LOG_SQL === "1" ? { logQuery: (query: string) => console.log(`[sql] ${query.replace(/\s+/g, " ").slice(0, 120)}`) } : undefined;

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ settings().LANTERN_DATA_DIR);
}

/** Opens a new connection. Most code wants getDb(); tests and the CLI use this directly. */
export async function openDb(options: { url?: string; dataDir?: string } = {}): Promise<DbHandle> {
  const url = options.url ?? settings().DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(url, { max: settings().LANTERN_DB_POOL, onnotice: () => {} });
    return {
      db: drizzle(client, { schema, logger }) satisfies Db,
      kind: "postgres",
      location: url.replace(/\/\/[^@/]*@/, "//***@"),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.dataDir ?? dataDir();
  const release = lockDataDir(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const client = await PGlite.create(path.join(dir, "pgdata"));
    return {
      db: drizzle(client, { schema, logger }) satisfies Db,
      kind: "pglite",
      location: dir,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

const globalForDb: typeof globalThis & { lanternDb?: Promise<DbHandle> } = globalThis;

/** The process-wide database (cached on globalThis so dev reloads reuse it). */
export function getDbHandle(): Promise<DbHandle> {
  globalForDb.lanternDb ??= openDb().catch((error) => {
    globalForDb.lanternDb = undefined;
    throw error;
  });
  return globalForDb.lanternDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
