import "server-only";
// What the tables of one number a row (outturns, benchmarks, breakdown and
// cohort counts) share when written and undone: a revised number overwrites
// the stored one in place, import_changes keeps the earlier one, and undo
// deletes the new rows and puts the earlier numbers back.
import { inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { benchmarks, breakdownValues, cohortValues, outturns } from "@/db/schema";
import type { CurrentYearly, PlanItem } from "./plan";
import { inBatches, undoAdditions, type ChangeRow } from "./store-shared";

type InPlaceTable = typeof outturns | typeof benchmarks | typeof breakdownValues | typeof cohortValues;

/** Overwrites stored numbers by id, one statement a batch. */
async function setValues(tx: Tx, table: InPlaceTable, counts: readonly { id: number; value: number }[]): Promise<void> {
  await inBatches(counts, (chunk) =>
    tx.execute(sql`
      update ${table} t set value = v.value, loaded_at = now()
      from (values ${sql.join(chunk.map((r) => sql`(${r.id}::int, ${r.value}::double precision)`), sql`, `)}) as v(id, value)
      where t.id = v.id`),
  );
}

/** The plan's revised rows: written over the stored ones, each change (with the number it replaces) added to `changes`. */
export async function reviseInPlace<R extends { value: number }>(tx: Tx, table: InPlaceTable, items: readonly PlanItem<R, CurrentYearly>[], changes: ChangeRow[]): Promise<void> {
  const revised = items.filter((i) => i.change === "revised");
  await setValues(tx, table, revised.map((i) => ({ id: i.before!.id, value: i.record.value })));
  for (const i of revised) changes.push({ row: i.row, targetId: i.before!.id, label: i.label, before: { value: i.before!.value }, after: { value: i.record.value } });
}

/** New rows go; revised ones get their earlier number back. */
export async function undoInPlace(tx: Tx, table: InPlaceTable, batchId: number): Promise<number> {
  const { changes, revised } = await undoAdditions(tx, batchId, (chunk) => tx.delete(table).where(inArray(table.id, chunk)));
  await setValues(tx, table, revised.map((c) => ({ id: c.targetId, value: (c.before as { value: number }).value })));
  return changes.length;
}
