// breakdowns.csv: a count split by the categories of a dimension
// (docs/data-formats.md). Row by row here; whether the categories add up to
// the indicator's figure is checked against what is stored (breakdown-totals.ts).

import type { IndicatorCodes } from "./context";
import { readCountIndicator, readWholeCount } from "./count-cells";
import { indicatorRowRules } from "./kind-rules";
import type { BreakdownRecord } from "./records";
import type { RowReader } from "./row-reader";

/** Names of dimensions and categories are short labels, shown in tables and charts. */
export const MAX_NAME_CHARS = 80;

export const breakdownRules = indicatorRowRules<BreakdownRecord>("breakdowns", {
  keyColumns: ["indicator", "period", "dimension", "category"],
  caseInsensitiveKeyColumns: ["dimension", "category"],
  readRow: readBreakdown,
});

function readBreakdown(r: RowReader, codes: IndicatorCodes | null): BreakdownRecord | null {
  const indicator = readCountIndicator(r, "indicator", codes, "can be broken down by category");
  const period = r.period("period", true);
  const dimension = r.text("dimension", true, MAX_NAME_CHARS);
  const category = r.text("category", true, MAX_NAME_CHARS);
  const value = readWholeCount(r, "value");
  if (r.hasErrors || indicator === null || period === null || dimension === null || category === null || value === null) return null;
  return { row: r.line, indicator: indicator.code, period, dimension, category, value };
}
