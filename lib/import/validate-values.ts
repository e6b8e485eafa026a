// values.csv: monthly figures (docs/data-formats.md).

import type { IndicatorCodes } from "./context";
import { MAX_NOTE_CHARS } from "./limits";
import { quoteCell } from "./errors";
import { indicatorRowRules } from "./kind-rules";
import type { ValueRecord } from "./records";
import type { RowReader } from "./row-reader";
import type { Unit } from "./vocabulary";

export const valueRules = indicatorRowRules<ValueRecord>("values", {
  // "value" may be missing only if every row can compute it.
  checkHeader: (positions) =>
    positions.has("value") || (positions.has("numerator") && positions.has("denominator"))
      ? null
      : `missing required column ${quoteCell("value")}`,
  keyColumns: ["indicator", "period"],
  readRow: readValue,
});

function readValue(r: RowReader, codes: IndicatorCodes | null): ValueRecord | null {
  const indicator = r.indicator(codes);
  const period = r.period("period", true);
  const given = r.number("value");
  const numerator = r.number("numerator");
  const denominator = r.number("denominator");
  const note = r.text("note", false, MAX_NOTE_CHARS);

  // The pair is checked on the cells, so an unreadable cell is not also "empty".
  const hasNumerator = !r.isBlank("numerator");
  const hasDenominator = !r.isBlank("denominator");
  if (hasNumerator !== hasDenominator) {
    const [present, missing] = hasNumerator ? ["numerator", "denominator"] : ["denominator", "numerator"];
    const absence = r.has(missing) ? `column "${missing}" is empty` : `the file has no "${missing}" column`;
    r.report(missing, `${absence} but "${present}" is given; give both or neither`);
  }
  if (denominator === 0) {
    r.report("denominator", `${quoteCell(r.cell("denominator"))} in column "denominator" is zero; a denominator cannot be zero`);
  }
  if (r.isBlank("value") && !hasNumerator && !hasDenominator) {
    if (r.has("value")) {
      r.report("value", `column "value" is empty and there is no numerator and denominator to compute it from`);
    } else if (r.has("numerator") && r.has("denominator")) {
      // (Without these columns either, the header check has already said "value" is missing.)
      r.report("numerator", `columns "numerator" and "denominator" are empty and the file has no "value" column`);
    }
  }

  if (indicator?.facts.formula) {
    r.report("indicator", `${quoteCell(indicator.code)} is computed from its formula (${indicator.facts.formula}): its figures cannot be imported; load the figures of its inputs instead`);
  }
  if (r.hasErrors || indicator === null || period === null) return null;
  const value = given ?? computeValue(numerator as number, denominator as number, indicator.facts.unit);
  return { row: r.line, indicator: indicator.code, period, value, numerator, denominator, note };
}

/**
 * A blank value worked out from its parts: a percentage for percent
 * indicators (972 of 1666 → 58.34…), otherwise the plain ratio. Not rounded:
 * rounding is the display's job (the indicator's decimals).
 */
export function computeValue(numerator: number, denominator: number, unit: Unit): number {
  const ratio = numerator / denominator;
  return unit === "percent" ? ratio * 100 : ratio;
}
