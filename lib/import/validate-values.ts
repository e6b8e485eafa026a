// values.csv: monthly figures (docs/data-formats.md).

import { REQUIRED_COLUMNS, VALUE_COLUMNS } from "./columns";
import type { IndicatorCodes } from "./context";
import { MAX_NOTE_CHARS } from "./limits";
import { quoteCell } from "./errors";
import type { KindRules } from "./kind-rules";
import type { ValueRecord } from "./records";
import type { RowReader } from "./row-reader";
import type { Unit } from "./vocabulary";

export const valueRules: KindRules<ValueRecord> = {
  columns: VALUE_COLUMNS,
  required: REQUIRED_COLUMNS.values,
  // "value" may be missing only if every row can compute it.
  checkHeader: (positions) =>
    positions.has("value") || (positions.has("numerator") && positions.has("denominator"))
      ? null
      : `missing required column ${quoteCell("value")}`,
  keyColumns: ["indicator", "period"],
  needsIndicators: true,
  readRow: readValue,
};

function readValue(r: RowReader, codes: IndicatorCodes | null): ValueRecord | null {
  const indicator = r.text("indicator", true);
  const facts = indicator === null || codes === null ? null : r.read("indicator", (code) => codes.find(code));
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

  if (facts?.formula) {
    r.report("indicator", `${quoteCell(indicator ?? "")} is computed from its formula (${facts.formula}): its figures cannot be imported; load the figures of its inputs instead`);
  }
  if (r.hasErrors || indicator === null || facts === null || period === null) return null;
  const value = given ?? computeValue(numerator as number, denominator as number, facts.unit);
  return { row: r.line, indicator, period, value, numerator, denominator, note };
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
