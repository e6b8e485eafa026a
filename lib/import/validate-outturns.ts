// outturns.csv: year-end figures (docs/data-formats.md).

import { parseFinancialYear } from "./cells";
import { OUTTURN_COLUMNS, REQUIRED_COLUMNS } from "./columns";
import type { IndicatorCodes } from "./context";
import type { KindRules } from "./kind-rules";
import type { OutturnRecord } from "./records";
import type { RowReader } from "./row-reader";

export const outturnRules: KindRules<OutturnRecord> = {
  columns: OUTTURN_COLUMNS,
  required: REQUIRED_COLUMNS.outturns,
  keyColumns: ["indicator", "year"],
  needsIndicators: true,
  readRow: readOutturn,
};

function readOutturn(r: RowReader, codes: IndicatorCodes | null): OutturnRecord | null {
  const indicator = r.text("indicator", true);
  const known = indicator !== null && codes !== null && r.read("indicator", (code) => codes.find(code)) !== null;
  const year = r.read("year", parseFinancialYear, true);
  const value = r.number("value", true);
  if (r.hasErrors || indicator === null || !known || year === null || value === null) return null;
  return { row: r.line, indicator, year, value };
}
