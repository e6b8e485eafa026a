// Cells the split-count kinds (breakdowns, cohorts) read alike: the count
// indicator a row splits, and a whole count of 0 or more.
import type { IndicatorCodes, IndicatorFacts } from "./context";
import { quoteCell } from "./errors";
import type { RowReader } from "./row-reader";

/** The indicator in `column`, reported unless it is a count; `why` ends the message ("can be broken down by category"). */
export function readCountIndicator(r: RowReader, column: string, codes: IndicatorCodes | null, why: string): { code: string; facts: IndicatorFacts } | null {
  const code = r.text(column, true);
  const facts = code === null || codes === null ? null : r.read(column, (c) => codes.find(c));
  if (facts && facts.unit !== "count") {
    r.report(column, `${quoteCell(code ?? "")} is not a count (its unit is ${facts.unit}): only counts ${why}`);
  }
  return code === null || facts === null ? null : { code, facts };
}

/** A whole count of 0 or more, required. */
export function readWholeCount(r: RowReader, column: string): number | null {
  const value = r.number(column, true);
  if (value !== null && (!Number.isInteger(value) || value < 0)) {
    r.report(column, `${quoteCell(r.cell(column))} is not a whole count of 0 or more`);
    return null;
  }
  return value;
}
