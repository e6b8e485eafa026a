// breakdowns.csv: a count split by the categories of a dimension
// (docs/data-formats.md). Row by row here; whether the categories add up to
// the indicator's figure is checked against what is stored (breakdown-totals.ts).

import type { IndicatorCodes } from "./context";
import { quoteCell } from "./errors";
import { indicatorRowRules } from "./kind-rules";
import type { BreakdownRecord } from "./records";
import type { RowReader } from "./row-reader";

/** Names of dimensions and categories are short labels, shown in tables and charts. */
const MAX_NAME_CHARS = 80;

export const breakdownRules = indicatorRowRules<BreakdownRecord>("breakdowns", {
  keyColumns: ["indicator", "period", "dimension", "category"],
  caseInsensitiveKeyColumns: ["dimension", "category"],
  readRow: readBreakdown,
});

function readBreakdown(r: RowReader, codes: IndicatorCodes | null): BreakdownRecord | null {
  const indicator = r.indicator(codes);
  if (indicator && indicator.facts.unit !== "count") {
    r.report("indicator", `${quoteCell(indicator.code)} is not a count (its unit is ${indicator.facts.unit}): only counts can be broken down by category`);
  }
  const period = r.period("period", true);
  const dimension = r.text("dimension", true, MAX_NAME_CHARS);
  const category = r.text("category", true, MAX_NAME_CHARS);
  const value = r.number("value", true);
  if (value !== null && (!Number.isInteger(value) || value < 0)) r.report("value", `${quoteCell(r.cell("value"))} is not a whole count of 0 or more`);
  if (r.hasErrors || indicator === null || period === null || dimension === null || category === null || value === null) return null;
  return { row: r.line, indicator: indicator.code, period, dimension, category, value };
}
