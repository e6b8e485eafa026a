// Breakdowns: a count split by the categories of a dimension (domain.md
// "Breakdowns"). The categories add up to the indicator's figure, or the
// difference is shown as "not recorded"; they never add up to more. Pure.
import { discloseCells } from "./disclosure";

export interface CategoryCount {
  key: string;
  label: string;
  value: number;
}

export interface BreakdownSplit {
  categories: CategoryCount[];
  /** Σ categories */
  recorded: number;
  /** the indicator's figure for the month; null when it has none */
  total: number | null;
  /** total − recorded when positive; 0 when they agree; null without a total */
  notRecorded: number | null;
}

/** Key of the "not recorded" row a table or chart adds after the categories. */
export const NOT_RECORDED_KEY = "not recorded";

/** The month's split, in the categories' order, against the indicator's figure. */
export function breakdownSplit(categories: readonly CategoryCount[], total: number | null): BreakdownSplit {
  const recorded = categories.reduce((sum, c) => sum + c.value, 0);
  return {
    categories: [...categories],
    recorded,
    total,
    notRecorded: total === null ? null : Math.max(0, total - recorded),
  };
}

/** Why a dimension's categories cannot stand against the figure: none, or the reason in words. */
export function breakdownProblem(recorded: number, total: number | null): "no_figure" | "over" | null {
  if (total === null) return "no_figure";
  return recorded > total ? "over" : null;
}

/** Each category's share of the total (of recorded when there is no total), 0–100; null when the base is 0. */
export function shareOf(value: number, split: Pick<BreakdownSplit, "recorded" | "total">): number | null {
  const base = split.total ?? split.recorded;
  return base > 0 ? (value / base) * 100 : null;
}

export type ShownCount = number | "c";

/**
 * A month's split as a public release shows it (domain.md "Disclosure control
 * in public releases"): a category from 1 to the threshold is `c`, and across
 * the dimension (the categories and "not recorded" add up to the figure)
 * zero or at least two cells are hidden, so none can be worked back by
 * subtraction. The figure itself stays shown where it can.
 */
export function discloseSplit(split: BreakdownSplit, threshold: number): { categories: Record<string, ShownCount>; notRecorded: ShownCount | null; total: ShownCount | null } {
  const parts = split.categories.map((c) => ({ key: `cat:${c.key}`, value: c.value, kind: "count" as const }));
  if (split.notRecorded !== null) parts.push({ key: NOT_RECORDED_KEY, value: split.notRecorded, kind: "count" });
  const cells = [...parts, ...(split.total !== null ? [{ key: "total", value: split.total, kind: "count" as const }] : [])];
  const sums = split.total !== null ? [{ total: "total", parts: parts.map((p) => p.key) }] : [];
  const shown = discloseCells({ cells, sums, threshold });
  const show = (key: string, value: number): ShownCount => (shown.get(key)?.shown === "c" ? "c" : value);
  return {
    categories: Object.fromEntries(split.categories.map((c) => [c.key, show(`cat:${c.key}`, c.value)])),
    notRecorded: split.notRecorded === null ? null : show(NOT_RECORDED_KEY, split.notRecorded),
    total: split.total === null ? null : show("total", split.total),
  };
}
