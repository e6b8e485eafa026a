import "server-only";
// Writing and undoing breakdown counts. The dimensions and categories a file
// names are added to the catalogue when new, at the end of the order, with
// the words as first written; they stay when the import is undone (they are
// catalogue data, edited on /admin/breakdowns). A revised count overwrites
// the stored one; import_changes keeps the earlier count for undo.
import { inArray, max } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { breakdownCategories, breakdownDimensions, breakdownValues } from "@/db/schema";
import type { CurrentYearly } from "./plan";
import type { BreakdownRecord } from "./records";
import { reviseInPlace, undoInPlace } from "./store-in-place";
import { inBatches, recordChanges, type ChangeRow, type WriteArgs } from "./store-shared";

/** The category id of every (dimension, category) the records name, adding the missing ones. */
async function categoryIds(tx: Tx, records: readonly BreakdownRecord[]): Promise<Map<string, number>> {
  const dims = new Map<string, string>();
  for (const r of records) if (!dims.has(r.dimension.toLowerCase())) dims.set(r.dimension.toLowerCase(), r.dimension);
  const [{ top }] = await tx.select({ top: max(breakdownDimensions.sortOrder) }).from(breakdownDimensions);
  const fresh = [...dims].map(([key, label], i) => ({ key, label, sortOrder: (top ?? 0) + i + 1 }));
  await tx.insert(breakdownDimensions).values(fresh).onConflictDoNothing();
  const dimRows = await tx.select({ id: breakdownDimensions.id, key: breakdownDimensions.key }).from(breakdownDimensions).where(inArray(breakdownDimensions.key, [...dims.keys()]));
  const dimId = new Map(dimRows.map((d) => [d.key, d.id]));

  const cats = new Map<string, { dimensionId: number; key: string; label: string }>();
  for (const r of records) {
    const dimensionId = dimId.get(r.dimension.toLowerCase())!;
    const k = `${dimensionId}|${r.category.toLowerCase()}`;
    if (!cats.has(k)) cats.set(k, { dimensionId, key: r.category.toLowerCase(), label: r.category });
  }
  const ids = [...dimId.values()];
  const tops = await tx
    .select({ dimensionId: breakdownCategories.dimensionId, top: max(breakdownCategories.sortOrder) })
    .from(breakdownCategories)
    .where(inArray(breakdownCategories.dimensionId, ids))
    .groupBy(breakdownCategories.dimensionId);
  const next = new Map(tops.map((t) => [t.dimensionId, t.top ?? 0]));
  const newCats = [...cats.values()].map((c) => {
    const sortOrder = (next.get(c.dimensionId) ?? 0) + 1;
    next.set(c.dimensionId, sortOrder);
    return { ...c, sortOrder };
  });
  await inBatches(newCats, (chunk) => tx.insert(breakdownCategories).values(chunk).onConflictDoNothing());
  const catRows = await tx
    .select({ id: breakdownCategories.id, dimensionId: breakdownCategories.dimensionId, key: breakdownCategories.key })
    .from(breakdownCategories)
    .where(inArray(breakdownCategories.dimensionId, ids));
  const byDim = new Map(dimRows.map((d) => [d.id, d.key]));
  return new Map(catRows.map((c) => [`${byDim.get(c.dimensionId)}|${c.key}`, c.id]));
}

export async function writeBreakdowns({ tx, plan, idByCode, batchId }: WriteArgs<BreakdownRecord, CurrentYearly>): Promise<void> {
  const changes: ChangeRow[] = [];
  const fresh = plan.items.filter((i) => i.change === "new");
  const catId = await categoryIds(tx, fresh.map((i) => i.record));
  await inBatches(fresh, async (chunk) => {
    const values = chunk.map(({ record: r }) => ({
      indicatorId: idByCode.get(r.indicator)!,
      period: r.period,
      categoryId: catId.get(`${r.dimension.toLowerCase()}|${r.category.toLowerCase()}`)!,
      value: r.value,
    }));
    const keyOf = (v: { indicatorId: number; period: string; categoryId: number }) => `${v.indicatorId}|${v.period}|${v.categoryId}`;
    const rows = await tx
      .insert(breakdownValues)
      .values(values)
      .returning({ id: breakdownValues.id, indicatorId: breakdownValues.indicatorId, period: breakdownValues.period, categoryId: breakdownValues.categoryId });
    const idOf = new Map(rows.map((r) => [keyOf(r), r.id]));
    chunk.forEach((i, n) => changes.push({ row: i.row, targetId: idOf.get(keyOf(values[n]))!, label: i.label, before: null, after: { value: i.record.value } }));
  });
  await reviseInPlace(tx, breakdownValues, plan.items, changes);
  await recordChanges(tx, batchId, "breakdown", changes);
}

/** New counts go; revised ones get their earlier count back. */
export function undoBreakdowns(tx: Tx, batchId: number): Promise<number> {
  return undoInPlace(tx, breakdownValues, batchId);
}
