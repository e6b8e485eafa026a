// One database instance per process: PGlite in ./.data when DATABASE_URL is
// unset, postgres-js against a real server when it is set. Both are Drizzle
// PgDatabase instances over the same schema, so lib/ never knows which.
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import * as schema from "./schema";
import { lockDataDir } from "./lock";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  /** where the data lives: a directory or a redacted URL */
  location: string;
  close(): Promise<void>;
}

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.LANTERN_DATA_DIR ?? ".data");
}

/** Opens a new connection. Most code wants getDb(); tests and the CLI use this directly. */
export async function openDb(options: { url?: string; dataDir?: string } = {}): Promise<DbHandle> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(url, { max: Number(process.env.LANTERN_DB_POOL ?? 10), onnotice: () => {} });
    return {
      db: drizzle(client, { schema }) as unknown as Db,
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
      db: drizzle(client, { schema }) as unknown as Db,
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

const globalForDb = globalThis as unknown as { lanternDb?: Promise<DbHandle> };

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
