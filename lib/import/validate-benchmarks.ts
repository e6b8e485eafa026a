// benchmarks.csv: comparators (docs/data-formats.md).

import { parseBenchmarkYear } from "./cells";
import { BENCHMARK_COLUMNS, REQUIRED_COLUMNS } from "./columns";
import type { IndicatorCodes } from "./context";
import type { KindRules } from "./kind-rules";
import type { BenchmarkRecord } from "./records";
import type { RowReader } from "./row-reader";
import { BENCHMARK_KINDS } from "./vocabulary";

export const benchmarkRules: KindRules<BenchmarkRecord> = {
  columns: BENCHMARK_COLUMNS,
  required: REQUIRED_COLUMNS.benchmarks,
  keyColumns: ["indicator", "benchmark", "year"],
  caseInsensitiveKeyColumns: ["benchmark"],
  needsIndicators: true,
  readRow: readBenchmark,
};

function readBenchmark(r: RowReader, codes: IndicatorCodes | null): BenchmarkRecord | null {
  const indicator = r.text("indicator", true);
  const known = indicator !== null && codes !== null && r.read("indicator", (code) => codes.find(code)) !== null;
  const benchmark = r.word("benchmark", BENCHMARK_KINDS, true);
  const year = r.read("year", parseBenchmarkYear, true);
  const value = r.number("value", true);
  if (r.hasErrors || indicator === null || !known || benchmark === null || year === null || value === null) return null;
  return { row: r.line, indicator, benchmark, year, value };
}
