// Breakdowns: a count split by the categories of a dimension (domain.md
// "Breakdowns"). The categories add up to the indicator's figure, or the
// difference is shown as "not recorded"; they never add up to more. Pure.

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
