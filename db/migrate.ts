// Applies the drizzle-kit migration history, then makes sure reference data
// (service areas, the authority row) exists. Safe to run on every start.
import type { DbHandle } from "./client";
import { migrationsDir, refuseNewerSchema } from "./migration-status";
import { authorities, serviceAreas } from "./schema";
import { SERVICE_AREAS } from "./reference";
import { settings } from "@/lib/config/env";

export async function migrateDb(handle: DbHandle, migrationsFolder = migrationsDir()): Promise<void> {
  // A database a newer Lantern has upgraded is refused before anything is read or written.
  await refuseNewerSchema(handle.db, migrationsFolder);
  if (handle.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(handle.db as never, { migrationsFolder });
  }
  await ensureReferenceData(handle);
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
    await db.insert(authorities).values({ name: settings().LANTERN_AUTHORITY_NAME });
  }
}
