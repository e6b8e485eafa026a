import "server-only";
// What the store-* modules share: their arguments, batching, and the
// per-row change record kept for undo (import_changes).
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { importChanges } from "@/db/schema";
import type { ImportPlan } from "./plan";

export interface WriteArgs<R, B> {
  tx: Tx;
  plan: ImportPlan<R, B>;
  idByCode: ReadonlyMap<string, number>;
  authorityId: number;
  batchId: number;
  actorId: string | null;
}

/** Rows per statement: well under PostgreSQL's 65,535 bind parameters. */
const BATCH = 1000;

export async function inBatches<T>(items: readonly T[], write: (chunk: T[]) => Promise<unknown>, size = BATCH): Promise<void> {
  for (let i = 0; i < items.length; i += size) await write(items.slice(i, i + size));
}

export type ChangeTarget = "indicator" | "outturn" | "benchmark" | "commentary" | "breakdown" | "cohort";

export interface ChangeRow {
  row: number;
  targetId: number;
  label: string;
  before: unknown;
  after: unknown;
}

export async function recordChanges(tx: Tx, batchId: number, target: ChangeTarget, changes: readonly ChangeRow[]): Promise<void> {
  await inBatches(changes, (chunk) =>
    tx.insert(importChanges).values(
      chunk.map((c) => ({ batchId, target, row: c.row, targetId: c.targetId, label: c.label, before: c.before ?? null, after: c.after ?? null })),
    ),
  );
}

/** A change as import_changes keeps it: the row it touched, and that row before (null: the import added it) and after. */
export interface RecordedChange {
  targetId: number;
  before: unknown;
  after: unknown;
}

/**
 * Every undo's first step: the batch's recorded changes, with the rows the
 * import added deleted (in batches) by `deleteAdded`. The revisions are left
 * for the kind to put back.
 */
export async function undoAdditions(
  tx: Tx,
  batchId: number,
  deleteAdded: (ids: number[]) => Promise<unknown>,
): Promise<{ changes: RecordedChange[]; revised: RecordedChange[] }> {
  const changes = await tx
    .select({ targetId: importChanges.targetId, before: importChanges.before, after: importChanges.after })
    .from(importChanges)
    .where(eq(importChanges.batchId, batchId));
  await inBatches(changes.filter((c) => c.before === null).map((c) => c.targetId), deleteAdded);
  return { changes, revised: changes.filter((c) => c.before !== null) };
}
