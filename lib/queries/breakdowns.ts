import "server-only";
// Breakdowns as pages read them: the catalogue of dimensions and categories
// in order, and an indicator's counts by category for a run of months.
import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";
import { addMonths } from "@/lib/figures/periods";
import type { Executor } from "@/db/client";
import { breakdownCategories, breakdownDimensions, breakdownValues, indicatorValues } from "@/db/schema";

export interface DimensionEntry {
  id: number;
  key: string;
  label: string;
  categories: { id: number; key: string; label: string }[];
}

/** Every dimension with its categories, each in its order: two queries. */
export async function breakdownCatalogue({ db }: { db: Executor }): Promise<DimensionEntry[]> {
  const [dims, cats] = await Promise.all([
    db.select({ id: breakdownDimensions.id, key: breakdownDimensions.key, label: breakdownDimensions.label }).from(breakdownDimensions).orderBy(asc(breakdownDimensions.sortOrder), asc(breakdownDimensions.id)),
    db
      .select({ id: breakdownCategories.id, dimensionId: breakdownCategories.dimensionId, key: breakdownCategories.key, label: breakdownCategories.label })
      .from(breakdownCategories)
      .orderBy(asc(breakdownCategories.sortOrder), asc(breakdownCategories.id)),
  ]);
  return dims.map((d) => ({ ...d, categories: cats.filter((c) => c.dimensionId === d.id).map(({ id, key, label }) => ({ id, key, label })) }));
}

export interface IndicatorBreakdown {
  dimension: { key: string; label: string };
  categories: { key: string; label: string }[];
  /** month → category key → count (months with any count) */
  counts: Record<string, Record<string, number>>;
  /** month → the indicator's figure */
  totals: Record<string, number | null>;
}

/** An indicator's breakdowns over months `from`…`to`, one per dimension with counts, in catalogue order: three queries. */
export async function indicatorBreakdowns({ db, indicatorIds, from, to }: { db: Executor; indicatorIds: number[]; from: string; to: string }): Promise<Map<number, IndicatorBreakdown[]>> {
  const out = new Map<number, IndicatorBreakdown[]>();
  if (indicatorIds.length === 0) return out;
  const [catalogue, counts, totals] = await Promise.all([
    breakdownCatalogue({ db }),
    db
      .select({ indicatorId: breakdownValues.indicatorId, period: breakdownValues.period, categoryId: breakdownValues.categoryId, value: breakdownValues.value })
      .from(breakdownValues)
      .where(and(inArray(breakdownValues.indicatorId, indicatorIds), gte(breakdownValues.period, from), lte(breakdownValues.period, to))),
    db
      .select({ indicatorId: indicatorValues.indicatorId, period: indicatorValues.period, value: indicatorValues.value })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.isCurrent, true), inArray(indicatorValues.indicatorId, indicatorIds), gte(indicatorValues.period, from), lte(indicatorValues.period, to))),
  ]);
  const categoryOf = new Map(catalogue.flatMap((d) => d.categories.map((c) => [c.id, { dim: d.key, cat: c.key }] as const)));
  for (const id of indicatorIds) {
    const mine = counts.filter((c) => c.indicatorId === id);
    const totalsOf = Object.fromEntries(totals.filter((t) => t.indicatorId === id).map((t) => [t.period, t.value]));
    const list: IndicatorBreakdown[] = [];
    for (const d of catalogue) {
      const byMonth: Record<string, Record<string, number>> = {};
      for (const c of mine) {
        const where = categoryOf.get(c.categoryId);
        if (where?.dim !== d.key) continue;
        (byMonth[c.period] ??= {})[where.cat] = c.value;
      }
      if (Object.keys(byMonth).length === 0) continue;
      const used = new Set(Object.values(byMonth).flatMap((m) => Object.keys(m)));
      list.push({ dimension: { key: d.key, label: d.label }, categories: d.categories.filter((c) => used.has(c.key)).map(({ key, label }) => ({ key, label })), counts: byMonth, totals: totalsOf });
    }
    out.set(id, list);
  }
  return out;
}

/** The breakdowns a paper freezes with its rows: each row's, over the 12 months to the paper's month. */
export function paperBreakdowns(db: Executor, rows: readonly { id: number }[], period: string): Promise<Map<number, IndicatorBreakdown[]>> {
  return indicatorBreakdowns({ db, indicatorIds: rows.map((r) => r.id), from: addMonths(period, -11), to: period });
}
