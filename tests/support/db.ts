// A fresh, migrated database for one test file, copied from a starting point
// made once in global-setup (empty, or with the demo loaded): PGlite in memory
// from its dump, or a new database on the PostgreSQL server in DATABASE_URL
// made from its template when LANTERN_TEST_DB=postgres.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import * as schema from "@/db/schema";
import type { TestDbSource } from "./global-setup";

export const TEST_DB_KIND: "pglite" | "postgres" = process.env.LANTERN_TEST_DB === "postgres" ? "postgres" : "pglite";

export type TestDb = DbHandle & { url?: string };

/**
 * The file's test database: made before its tests (then `setUp` runs on it)
 * and closed after them. The handle is filled in place, so a file names it
 * once at the top and reads `handle.db` inside its tests and hooks.
 */
export function withTestDb(setUp?: (db: Db) => Promise<unknown>, from: TestDbSource = "empty"): TestDb {
  const handle = {} as TestDb;
  beforeAll(async () => {
    Object.assign(handle, await createTestDb(from));
    await setUp?.(handle.db);
  });
  afterAll(() => handle.close?.());
  return handle;
}

/** A new test database, a copy of `from` (default: migrated, nothing loaded). */
export async function createTestDb(from: TestDbSource = "empty"): Promise<TestDb> {
  const source = inject("testDbSources")[from];
  if (TEST_DB_KIND === "postgres") return createPostgresDb(source);
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dump = fs.readFileSync(source);
  const client = await PGlite.create({ loadDataDir: new Blob([dump]) });
  return {
    db: drizzle(client, { schema }) as never,
    kind: "pglite",
    location: "memory",
    close: () => client.close(),
  };
}

/**
 * PGlite only: a copy of `from` on disk, as the data directory `dataDir` a
 * Lantern process opens (its dump unpacked into `dataDir/pgdata`), so a CLI
 * run starts from it without making the database itself.
 */
export async function unpackTestDb(dataDir: string, from: TestDbSource = "empty"): Promise<void> {
  const { PGlite } = await import("@electric-sql/pglite");
  const dump = fs.readFileSync(inject("testDbSources")[from]);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const client = await PGlite.create(path.join(dataDir, "pgdata"), { loadDataDir: new Blob([dump]) });
  await client.close();
}

async function createPostgresDb(template: string): Promise<DbHandle & { url: string }> {
  const { default: postgres } = await import("postgres");
  const { openDb } = await import("@/db/client");
  const adminUrl = process.env.DATABASE_URL!;
  const name = `lantern_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${template}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDb({ url: url.toString() });
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
