// outturns.csv: year-end figures (docs/data-formats.md).

import { parseFinancialYear } from "./cells";
import type { IndicatorCodes } from "./context";
import { indicatorRowRules } from "./kind-rules";
import type { OutturnRecord } from "./records";
import type { RowReader } from "./row-reader";

export const outturnRules = indicatorRowRules<OutturnRecord>("outturns", {
  keyColumns: ["indicator", "year"],
  readRow: readOutturn,
});

function readOutturn(r: RowReader, codes: IndicatorCodes | null): OutturnRecord | null {
  const indicator = r.indicator(codes);
  const year = r.read("year", parseFinancialYear, true);
  const value = r.number("value", true);
  if (r.hasErrors || indicator === null || year === null || value === null) return null;
  return { row: r.line, indicator: indicator.code, year, value };
}
