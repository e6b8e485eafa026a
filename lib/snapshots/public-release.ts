// The public view of a snapshot: small counts suppressed the DfE way (see
// lib/figures/suppression.ts). For a count indicator the month figures, the
// year to date (their sum), and everything worked out from them (change,
// 12-month average and maximum, rate) are one table: a suppressed month must not
// be recoverable from the year's total, and a derived figure of a suppressed
// count is itself suppressed. Other units (percentages, days) are not counts
// and are shown as published.
import { financialYearOf, suppressCells, type SuppressionCell } from "@/lib/figures";

export interface PublicRowInput {
  code: string;
  unit: string;
  aggregation: string;
  period: string;
  value: number | null;
  previous: number | null;
  changeFromPreviousPct: number | null;
  ytd: number | null;
  average12: number | null;
  max12: number | null;
  series: { period: string; value: number | null }[];
}

export type Shown = number | "c" | "z" | ":";

export interface PublicRow {
  code: string;
  value: Shown;
  previous: Shown;
  changeFromPreviousPct: Shown;
  ytd: Shown;
  average12: Shown;
  max12: Shown;
  series: { period: string; value: Shown }[];
  suppressedCount: number;
}

export function publicRow(row: PublicRowInput, threshold: number): PublicRow {
  const isCount = row.unit === "count";
  const monthKey = (p: string) => `m:${p}`;
  const months = row.series.map((s) => s.period);
  const previousPeriod = months.at(-2);
  const fy = financialYearOf(row.period);
  const fyMonths = months.filter((p) => financialYearOf(p) === fy && p <= row.period);

  const cells: SuppressionCell[] = row.series.map((s) => ({
    key: monthKey(s.period),
    value: s.value,
    kind: isCount ? "count" : "derived",
    derivedFrom: [],
  }));
  const derived = (key: string, value: number | null, from: string[], applicable = true): SuppressionCell => ({
    key,
    value,
    kind: applicable ? "derived" : "not_applicable",
    derivedFrom: isCount ? from : [],
  });
  // A summed year to date is itself a count and the total of its months
  // (secondary suppression keeps it publishable); any other YTD is derived.
  const ytdIsTotal = isCount && row.aggregation === "sum";
  cells.push(
    ytdIsTotal
      ? { key: "ytd", value: row.ytd, kind: "count" }
      : derived("ytd", row.ytd, fyMonths.map(monthKey), row.aggregation !== "point"),
    derived("change", row.changeFromPreviousPct, [monthKey(row.period), ...(previousPeriod ? [monthKey(previousPeriod)] : [])]),
    derived("average12", row.average12, months.map(monthKey)),
    derived("max12", row.max12, months.map(monthKey)),
  );
  const groups = ytdIsTotal && row.ytd !== null ? [{ total: "ytd", parts: fyMonths.map(monthKey) }] : [];
  const shown = suppressCells({ cells, groups, threshold });
  const get = (key: string): Shown => shown.get(key)?.shown ?? ":";
  return {
    code: row.code,
    value: months.includes(row.period) ? get(monthKey(row.period)) : row.value ?? ":",
    previous: previousPeriod ? get(monthKey(previousPeriod)) : ":",
    changeFromPreviousPct: get("change"),
    ytd: get("ytd"),
    average12: get("average12"),
    max12: get("max12"),
    series: months.map((p) => ({ period: p, value: get(monthKey(p)) })),
    suppressedCount: [...shown.values()].filter((d) => d.shown === "c").length,
  };
}
