import "server-only";
// What the two tables of counts split from a figure (breakdown_values,
// cohort_values) share when written and undone: a revised count overwrites
// the stored one in place, import_changes keeps the earlier count, and undo
// deletes the new counts and puts the earlier ones back.
import { inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { breakdownValues, cohortValues } from "@/db/schema";
import type { CurrentYearly, PlanItem } from "./plan";
import { inBatches, undoAdditions, type ChangeRow } from "./store-shared";

type CountsTable = typeof breakdownValues | typeof cohortValues;

/** Overwrites stored counts by id, one statement a batch. */
async function setCounts(tx: Tx, table: CountsTable, counts: readonly { id: number; value: number }[]): Promise<void> {
  await inBatches(counts, (chunk) =>
    tx.execute(sql`
      update ${table} t set value = v.value, loaded_at = now()
      from (values ${sql.join(chunk.map((r) => sql`(${r.id}::int, ${r.value}::double precision)`), sql`, `)}) as v(id, value)
      where t.id = v.id`),
  );
}

/** The plan's revised counts: written over the stored ones, each change (with the count it replaces) added to `changes`. */
export async function reviseCounts<R extends { value: number }>(tx: Tx, table: CountsTable, items: readonly PlanItem<R, CurrentYearly>[], changes: ChangeRow[]): Promise<void> {
  const revised = items.filter((i) => i.change === "revised");
  await setCounts(tx, table, revised.map((i) => ({ id: i.before!.id, value: i.record.value })));
  for (const i of revised) changes.push({ row: i.row, targetId: i.before!.id, label: i.label, before: { value: i.before!.value }, after: { value: i.record.value } });
}

/** New counts go; revised ones get their earlier count back. */
export async function undoCounts(tx: Tx, table: CountsTable, batchId: number): Promise<number> {
  const { changes, revised } = await undoAdditions(tx, batchId, (chunk) => tx.delete(table).where(inArray(table.id, chunk)));
  await setCounts(tx, table, revised.map((c) => ({ id: c.targetId, value: (c.before as { value: number }).value })));
  return changes.length;
}
