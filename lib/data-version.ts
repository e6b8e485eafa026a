import "server-only";
// The one data-version counter: a single row (data_version, id 1) that every
// change a scorecard shows moves on, inside the change's own transaction.
// Caches of computed figures (lib/queries/scorecard-cache.ts) are keyed by
// it, so a reader never sees a figure older than the last committed change,
// in this process or any other sharing the database.
//
// WHO BUMPS IT: every write path calls bumpDataVersion(tx) as the LAST
// statement of its transaction (then the row lock is held only until the
// commit, and two writers can never wait on each other through it):
// - defineAction (lib/actions/define-action.ts): every action, so every
//   commentary step, approval and narrative;
// - importFile (lib/import/apply.ts) and undoing an import (lib/import/undo.ts);
// - anything else that writes indicators, figures, comparators, commentary,
//   approvals, settings or populations outside those two must call it too.
//
// Readers read the version FIRST and the data after, so what they cache under
// a version is never older than that version.
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { dataVersion } from "@/db/schema";

/** Moves the counter on; call it last in the writing transaction. */
export async function bumpDataVersion(tx: Executor): Promise<void> {
  await tx
    .insert(dataVersion)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: dataVersion.id, set: { version: sql`${dataVersion.version} + 1`, updatedAt: new Date() } });
}

/** The current version (0 before the first change). */
export async function currentDataVersion(db: Executor): Promise<number> {
  const [row] = await db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1));
  return Number(row?.version ?? 0);
}
