// Whether the database has every migration this build ships (for GET
// /api/health): the count and newest timestamp drizzle's migrator recorded,
// against db/migrations/meta/_journal.json.
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { settings } from "@/lib/config/env";
import type { Db } from "./client";

export function migrationsDir(): string {
  // In the Next.js server bundle import.meta.dirname is not the source folder.
  return settings().LANTERN_MIGRATIONS_DIR ?? path.resolve(process.cwd(), "db", "migrations");
}

export type MigrationStatus = "current" | "behind";

export function shippedMigrations(folder = migrationsDir()): { count: number; last: number } {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
  return { count: journal.entries.length, last: Math.max(0, ...journal.entries.map((e) => e.when)) };
}

export async function migrationStatus(db: Db, folder = migrationsDir()): Promise<MigrationStatus> {
  const shipped = shippedMigrations(folder);
  const applied = await appliedMigrations(db);
  return applied.count >= shipped.count && applied.last >= shipped.last ? "current" : "behind";
}

/** Refused by every start and command: this code would misread or damage a schema it does not know. */
export class SchemaTooNewError extends Error {}

/** How many migrations the database has recorded, and the newest one's timestamp (0, 0 before the first). */
async function appliedMigrations(db: Db): Promise<{ count: number; last: number }> {
  const result = (await db.execute(sql`
    select count(*)::int as n, coalesce(max(created_at), 0)::text as last
    from drizzle.__drizzle_migrations
  `)) as unknown as { rows: { n: number; last: string }[] } | { n: number; last: string }[];
  const row = (Array.isArray(result) ? result : result.rows)[0];
  return { count: Number(row.n), last: Number(row.last) };
}

/**
 * Throws SchemaTooNewError when the database was migrated by a newer Lantern
 * than this one: it has more migrations, or a later one, than this code ships.
 * The schema version is the number of migrations applied.
 */
export async function refuseNewerSchema(db: Db, folder = migrationsDir()): Promise<void> {
  const exists = (await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`)) as unknown as
    | { rows: { present: boolean }[] }
    | { present: boolean }[];
  if (!(Array.isArray(exists) ? exists : exists.rows)[0]?.present) return;
  const shipped = shippedMigrations(folder);
  const applied = await appliedMigrations(db);
  if (applied.count > shipped.count || applied.last > shipped.last) {
    throw new SchemaTooNewError(
      `The database's schema is version ${applied.count}, newer than this Lantern's (version ${shipped.count}): ` +
        "a newer Lantern has upgraded it. Run that version or a later one (or restore a backup made before the upgrade); this one stops here so it cannot misread or damage the data.",
    );
  }
}
