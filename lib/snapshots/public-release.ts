// The public view of a snapshot's figures: small counts suppressed the DfE
// way (see lib/figures/suppression.ts). For a count indicator the month
// figures, the year to date (their sum), and everything worked out from them
// (change, direction, judgement, RAG, 12-month average and maximum) are one
// table: a suppressed month must not be recoverable from the year's total,
// and a derived figure of a suppressed count is itself suppressed.
//
// A percentage or rate is derived from a count too: where the catalogue pairs
// them by code ("CP5-QL (val)" is the count behind the percentage "CP5-QL",
// "LAC6 (val)" behind "LAC6 (%)", "M2" behind the rate "M2-NI"), a month
// whose count is suppressed suppresses the percentage for that month and
// everything derived from it. Pure.
import { financialYearOf, suppressCells, type Direction, type Judgement, type Rag, type SuppressionCell } from "@/lib/figures";

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
  direction?: Direction | null;
  judgement?: Judgement | null;
  rag?: Rag | null;
}

export type Shown = number | "c" | "z" | ":";
type Suppressible<T> = T | "c";

export interface PublicRow {
  code: string;
  value: Shown;
  previous: Shown;
  changeFromPreviousPct: Shown;
  ytd: Shown;
  average12: Shown;
  max12: Shown;
  direction: Suppressible<Direction | null>;
  judgement: Suppressible<Judgement | null>;
  rag: Suppressible<Rag | null>;
  series: { period: string; value: Shown }[];
  /** the months shown as "c" */
  suppressedMonths: string[];
  suppressedCount: number;
}

/** Forces the months of a derived row whose source count is suppressed. */
const HIDDEN_SOURCE = "source";

export function publicRow(row: PublicRowInput, threshold: number, hiddenMonths: ReadonlySet<string> = new Set()): PublicRow {
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
    derivedFrom: !isCount && hiddenMonths.has(s.period) ? [HIDDEN_SOURCE] : [],
  }));
  // The source count itself is not shown here: a cell that is always suppressed stands for it.
  if (!isCount && hiddenMonths.size > 0) cells.push({ key: HIDDEN_SOURCE, value: 1, kind: "count" });
  const derived = (key: string, value: number | null, from: string[], applicable = true): SuppressionCell => ({
    key,
    value,
    kind: applicable ? "derived" : "not_applicable",
    derivedFrom: from,
  });
  const thisAndPrevious = [monthKey(row.period), ...(previousPeriod ? [monthKey(previousPeriod)] : [])];
  // A summed year to date is itself a count and the total of its months
  // (secondary suppression keeps it publishable); any other YTD is derived.
  const ytdIsTotal = isCount && row.aggregation === "sum";
  cells.push(
    ytdIsTotal
      ? { key: "ytd", value: row.ytd, kind: "count" }
      : derived("ytd", row.ytd, fyMonths.map(monthKey), row.aggregation !== "point"),
    derived("change", row.changeFromPreviousPct, thisAndPrevious),
    derived("average12", row.average12, months.map(monthKey)),
    derived("max12", row.max12, months.map(monthKey)),
    // direction, judgement and RAG are worked out from the month (and the one before)
    derived("direction", 0, thisAndPrevious),
    derived("rag", 0, [monthKey(row.period)]),
  );
  const groups = ytdIsTotal && row.ytd !== null ? [{ total: "ytd", parts: fyMonths.map(monthKey) }] : [];
  const shown = suppressCells({ cells, groups, threshold });
  const get = (key: string): Shown => shown.get(key)?.shown ?? ":";
  const hidden = (key: string) => shown.get(key)?.shown === "c";
  const monthShown = months.map((p) => ({ period: p, value: get(monthKey(p)) }));
  return {
    code: row.code,
    value: months.includes(row.period) ? get(monthKey(row.period)) : row.value ?? ":",
    previous: previousPeriod ? get(monthKey(previousPeriod)) : ":",
    changeFromPreviousPct: get("change"),
    ytd: get("ytd"),
    average12: get("average12"),
    max12: get("max12"),
    direction: hidden("direction") ? "c" : (row.direction ?? null),
    judgement: hidden("direction") ? "c" : (row.judgement ?? null),
    rag: hidden("rag") ? "c" : (row.rag ?? null),
    series: monthShown,
    suppressedMonths: monthShown.filter((m) => m.value === "c").map((m) => m.period),
    suppressedCount: [...shown.entries()].filter(([key, d]) => key !== HIDDEN_SOURCE && d.shown === "c").length,
  };
}

/**
 * The code a figure's count and its percentages and rates share: "CP5-QL (val)",
 * "CP5-QL" → "CP5-QL"… → "CP5"; "LAC6 (%)" → "LAC6"; "CP2b %" → "CP2b"; "M2-NI" → "M2".
 */
export function countStem(code: string): string {
  return code
    .trim()
    .replace(/\s*\((?:val|%)\)$/i, "")
    .replace(/\s*%$/, "")
    .replace(/-(?:QL|NI)$/i, "");
}

/** Every row of a paper in public: counts first, then each percentage or rate with its count's suppressed months. */
export function publicRows(rows: readonly PublicRowInput[], threshold: number): Map<string, PublicRow> {
  const result = new Map<string, PublicRow>();
  const hiddenByStem = new Map<string, Set<string>>();
  for (const row of rows.filter((r) => r.unit === "count")) {
    const shown = publicRow(row, threshold);
    result.set(row.code, shown);
    const stem = countStem(row.code);
    const hidden = hiddenByStem.get(stem) ?? new Set<string>();
    for (const p of shown.suppressedMonths) hidden.add(p);
    hiddenByStem.set(stem, hidden);
  }
  for (const row of rows.filter((r) => r.unit !== "count")) {
    result.set(row.code, publicRow(row, threshold, hiddenByStem.get(countStem(row.code))));
  }
  return result;
}

/** Whether any count behind a row (its own, or its paired count's) has a figure from 1 to the threshold anywhere in its history. */
export function hasSmallCountInHistory(
  rows: readonly { code: string; unit: string; history: readonly (number | null)[] }[],
  threshold: number,
): Set<string> {
  const smallStems = new Set<string>();
  for (const r of rows) {
    if (r.unit !== "count") continue;
    if (r.history.some((v) => v !== null && v >= 1 && v <= threshold)) smallStems.add(countStem(r.code));
  }
  return new Set(rows.filter((r) => smallStems.has(countStem(r.code))).map((r) => r.code));
}

/** The children's survey in public: counts from 1 to the threshold as "c", and another so the total cannot give them away. */
export function publicSurvey(survey: readonly { label: string; count: number }[], threshold: number): { label: string; count: number | "c" }[] {
  const cells: SuppressionCell[] = survey.map((s, i) => ({ key: `s${i}`, value: s.count, kind: "count" }));
  const shown = suppressCells({ cells, groups: [{ total: null, parts: cells.map((c) => c.key) }], threshold });
  return survey.map((s, i) => {
    const d = shown.get(`s${i}`)!.shown;
    return { label: s.label, count: d === "c" ? "c" : s.count };
  });
}
