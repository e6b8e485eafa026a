// Applies the drizzle-kit migration history, then makes sure reference data
// (service areas, the authority row) exists. Safe to run on every start.
import path from "node:path";
import type { DbHandle } from "./client";
import { authorities, serviceAreas } from "./schema";
import { SERVICE_AREAS } from "./reference";

export async function migrateDb(handle: DbHandle, migrationsFolder = migrationsDir()): Promise<void> {
  if (handle.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(handle.db as never, { migrationsFolder });
  }
  await ensureReferenceData(handle);
}

export function migrationsDir(): string {
  // In the Next.js server bundle import.meta.dirname is not the source folder.
  return process.env.LANTERN_MIGRATIONS_DIR ?? path.resolve(process.cwd(), "db", "migrations");
}

async function ensureReferenceData({ db }: DbHandle): Promise<void> {
  // The demo's service areas seed a new database only: after that they are the council's to keep (/admin/service-areas).
  const [anyArea] = await db.select({ key: serviceAreas.key }).from(serviceAreas).limit(1);
  if (!anyArea) {
    await db
      .insert(serviceAreas)
      .values(SERVICE_AREAS.map((s, i) => ({ key: s.key, name: s.name, sortOrder: i + 1 })))
      .onConflictDoNothing();
  }
  const existing = await db.select({ id: authorities.id }).from(authorities).limit(1);
  if (existing.length === 0) {
    await db.insert(authorities).values({ name: process.env.LANTERN_AUTHORITY_NAME ?? "Local authority" });
  }
}
