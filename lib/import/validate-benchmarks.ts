// benchmarks.csv: comparators (docs/data-formats.md).

import { parseBenchmarkYear } from "./cells";
import type { IndicatorCodes } from "./context";
import { indicatorRowRules } from "./kind-rules";
import type { BenchmarkRecord } from "./records";
import type { RowReader } from "./row-reader";
import { BENCHMARK_KINDS } from "./vocabulary";

export const benchmarkRules = indicatorRowRules<BenchmarkRecord>("benchmarks", {
  keyColumns: ["indicator", "benchmark", "year"],
  caseInsensitiveKeyColumns: ["benchmark"],
  readRow: readBenchmark,
});

function readBenchmark(r: RowReader, codes: IndicatorCodes | null): BenchmarkRecord | null {
  const indicator = r.indicator(codes);
  const benchmark = r.word("benchmark", BENCHMARK_KINDS, true);
  const year = r.read("year", parseBenchmarkYear, true);
  const value = r.number("value", true);
  if (r.hasErrors || indicator === null || benchmark === null || year === null || value === null) return null;
  return { row: r.line, indicator: indicator.code, benchmark, year, value };
}
