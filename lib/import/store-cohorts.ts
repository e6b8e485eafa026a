import "server-only";
// Writing and undoing cohort outcome counts. A cohort met for the first time
// is added with its first month as the start; outcomes new to a cohort are
// added at the end of its order, within the outcome the file names. Both stay
// when the import is undone (catalogue data, edited on /admin/cohorts). A
// revised count overwrites the stored one; import_changes keeps the earlier
// count for undo.
import { inArray, max } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cohortOutcomes, cohorts, cohortValues } from "@/db/schema";
import type { CurrentYearly } from "./plan";
import { outcomeKey } from "./plan-cohorts";
import type { CohortRecord } from "./records";
import { reviseInPlace, undoInPlace } from "./store-in-place";
import { inBatches, recordChanges, type ChangeRow, type WriteArgs } from "./store-shared";

/** The outcome id of every (cohort, outcome) the records name, adding missing cohorts and outcomes. */
async function outcomeIds(tx: Tx, records: readonly (CohortRecord & { indicatorId: number })[]): Promise<Map<string, number>> {
  const starts = new Map<number, string>();
  for (const r of records) if (!starts.has(r.indicatorId) || r.period < starts.get(r.indicatorId)!) starts.set(r.indicatorId, r.period);
  const ids = [...starts.keys()];
  if (ids.length === 0) return new Map();
  await tx.insert(cohorts).values([...starts].map(([indicatorId, startMonth]) => ({ indicatorId, startMonth }))).onConflictDoNothing();
  const tops = await tx.select({ indicatorId: cohortOutcomes.indicatorId, top: max(cohortOutcomes.sortOrder) }).from(cohortOutcomes).where(inArray(cohortOutcomes.indicatorId, ids)).groupBy(cohortOutcomes.indicatorId);
  const next = new Map(tops.map((t) => [t.indicatorId, t.top ?? 0]));
  const fresh = new Map<string, { indicatorId: number; key: string; label: string; parentKey: string | null; sortOrder: number }>();
  for (const r of records) {
    const k = outcomeKey(r.indicatorId, r.outcome);
    if (fresh.has(k)) continue;
    const sortOrder = (next.get(r.indicatorId) ?? 0) + 1;
    next.set(r.indicatorId, sortOrder);
    fresh.set(k, { indicatorId: r.indicatorId, key: r.outcome.toLowerCase(), label: r.outcome, parentKey: r.within?.toLowerCase() ?? null, sortOrder });
  }
  await inBatches([...fresh.values()], (chunk) => tx.insert(cohortOutcomes).values(chunk).onConflictDoNothing());
  const rows = await tx.select({ id: cohortOutcomes.id, indicatorId: cohortOutcomes.indicatorId, key: cohortOutcomes.key }).from(cohortOutcomes).where(inArray(cohortOutcomes.indicatorId, ids));
  return new Map(rows.map((o) => [outcomeKey(o.indicatorId, o.key), o.id]));
}

export async function writeCohorts({ tx, plan, idByCode, batchId }: WriteArgs<CohortRecord, CurrentYearly>): Promise<void> {
  const changes: ChangeRow[] = [];
  const fresh = plan.items.filter((i) => i.change === "new").map((i) => ({ ...i, indicatorId: idByCode.get(i.record.cohort)! }));
  const idOf = await outcomeIds(tx, fresh.map((i) => ({ ...i.record, indicatorId: i.indicatorId })));
  await inBatches(fresh, async (chunk) => {
    const values = chunk.map((i) => ({ outcomeId: idOf.get(outcomeKey(i.indicatorId, i.record.outcome))!, period: i.record.period, value: i.record.value }));
    const rows = await tx.insert(cohortValues).values(values).returning({ id: cohortValues.id, outcomeId: cohortValues.outcomeId, period: cohortValues.period });
    const byKey = new Map(rows.map((r) => [`${r.outcomeId}|${r.period}`, r.id]));
    chunk.forEach((i, n) => changes.push({ row: i.row, targetId: byKey.get(`${values[n].outcomeId}|${values[n].period}`)!, label: i.label, before: null, after: { value: i.record.value } }));
  });
  await reviseInPlace(tx, cohortValues, plan.items, changes);
  await recordChanges(tx, batchId, "cohort", changes);
}

/** New counts go; revised ones get their earlier count back. */
export function undoCohorts(tx: Tx, batchId: number): Promise<number> {
  return undoInPlace(tx, cohortValues, batchId);
}
