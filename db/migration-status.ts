// Whether the database has every migration this build ships (for GET
// /api/health): the count and newest timestamp drizzle's migrator recorded,
// against db/migrations/meta/_journal.json.
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "./client";
import { migrationsDir } from "./migrate";

export type MigrationStatus = "current" | "behind";

export function shippedMigrations(folder = migrationsDir()): { count: number; last: number } {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
  return { count: journal.entries.length, last: Math.max(0, ...journal.entries.map((e) => e.when)) };
}

export async function migrationStatus(db: Db, folder = migrationsDir()): Promise<MigrationStatus> {
  const shipped = shippedMigrations(folder);
  const result = (await db.execute(sql`
    select count(*)::int as n, coalesce(max(created_at), 0)::text as last
    from drizzle.__drizzle_migrations
  `)) as unknown as { rows: { n: number; last: string }[] } | { n: number; last: string }[];
  const row = (Array.isArray(result) ? result : result.rows)[0];
  return Number(row.n) >= shipped.count && Number(row.last) >= shipped.last ? "current" : "behind";
}
