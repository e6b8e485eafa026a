// An indicator's breakdown by one dimension, as a chart and its table show
// it: a stacked bar per month over the last 12 months (categories in the
// catalogue's order, then "not recorded"), and the month's split with each
// category's share. With a threshold (a public release), every month's split
// goes through the disclosure rules first (lib/figures/breakdowns.ts).
import { breakdownSplit, discloseSplit, shareOf, type ShownCount } from "@/lib/figures/breakdowns";
import { addMonths } from "@/lib/figures/periods";
import type { IndicatorBreakdown } from "@/lib/queries/breakdowns";

export interface BreakdownSeries {
  key: string;
  label: string;
  /** by month, oldest first; null: no count that month */
  values: (ShownCount | null)[];
}

export interface BreakdownView {
  dimension: string;
  period: string;
  months: string[];
  series: BreakdownSeries[];
  /** the month's split: each category, then not recorded, then the total */
  split: { label: string; value: ShownCount | null; sharePct: number | "c" | null }[];
  /** any cell hidden by the disclosure rules */
  suppressed: boolean;
}

export const NOT_RECORDED_LABEL = "Not recorded";

export function breakdownView(b: IndicatorBreakdown, period: string, threshold: number | null = null): BreakdownView {
  const months = Array.from({ length: 12 }, (_, i) => addMonths(period, i - 11)).filter((m) => b.counts[m]);
  let suppressed = false;
  const shownMonth = (m: string) => {
    const split = breakdownSplit(
      b.categories.filter((c) => b.counts[m]?.[c.key] !== undefined).map((c) => ({ ...c, value: b.counts[m][c.key] })),
      b.totals[m] ?? null,
    );
    if (threshold === null) {
      return { split, categories: Object.fromEntries(split.categories.map((c) => [c.key, c.value as ShownCount])), notRecorded: split.notRecorded as ShownCount | null, total: split.total as ShownCount | null };
    }
    const shown = discloseSplit(split, threshold);
    if (Object.values(shown.categories).includes("c") || shown.notRecorded === "c" || shown.total === "c") suppressed = true;
    return { split, ...shown };
  };
  const byMonth = new Map(months.map((m) => [m, shownMonth(m)]));
  const series: BreakdownSeries[] = b.categories.map((c) => ({ key: c.key, label: c.label, values: months.map((m) => byMonth.get(m)!.categories[c.key] ?? null) }));
  const notRecorded = months.map((m) => byMonth.get(m)!.notRecorded);
  if (notRecorded.some((v) => v !== null && v !== 0)) series.push({ key: "not-recorded", label: NOT_RECORDED_LABEL, values: notRecorded });

  const now = byMonth.get(period);
  const share = (v: ShownCount | null): number | "c" | null => (v === "c" ? "c" : v === null || !now ? null : shareOf(v, now.split));
  const split = now
    ? [
        ...b.categories.filter((c) => now.categories[c.key] !== undefined).map((c) => ({ label: c.label, value: now.categories[c.key], sharePct: share(now.categories[c.key]) })),
        ...(now.notRecorded !== null && now.notRecorded !== 0 ? [{ label: NOT_RECORDED_LABEL, value: now.notRecorded, sharePct: share(now.notRecorded) }] : []),
        { label: "Total", value: now.total ?? now.split.recorded, sharePct: now.total === "c" ? ("c" as const) : 100 },
      ]
    : [];
  return { dimension: b.dimension.label, period, months, series, split, suppressed };
}
