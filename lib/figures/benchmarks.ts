// Benchmarks (statistical neighbours' average and best, England, England top
// quartile, region): the latest year of each kind, and whether the value is
// better or worse than it by polarity.
//
// Years come as imported, "2018/19" (a financial or reporting year) or "2019"
// (a calendar year). They are ordered by when the year ends: "2018/19" ends
// in March 2019, "2019" in December 2019, so "2019" is the later of the two.

import { comparePeriods } from "./periods";
import type { Benchmark, BenchmarkComparison, BenchmarkKind, Polarity } from "./types";
// the order benchmarks are listed in, as councils' scorecards show them
import { BENCHMARK_KINDS } from "./vocabulary";

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;
const CALENDAR_YEAR = /^(\d{4})$/;

/** the month a benchmark year ends, "YYYY-MM", or null for a year we cannot read */
export function benchmarkYearEnd(year: string): string | null {
  const trimmed = year.trim();
  const financial = FINANCIAL_YEAR.exec(trimmed);
  if (financial) return `${String(Number(financial[1]) + 1).padStart(4, "0")}-03`;
  const calendar = CALENDAR_YEAR.exec(trimmed);
  if (calendar) return `${calendar[1]}-12`;
  return null;
}

/**
 * One benchmark per kind: the latest year's (an unreadable year counts as
 * oldest; for two rows of the same kind and year the later row wins), in
 * BENCHMARK_KINDS order. Rows whose value is not a finite number are ignored.
 */
export function latestBenchmarks(benchmarks: readonly Benchmark[]): Benchmark[] {
  const latest = new Map<BenchmarkKind, Benchmark>();
  for (const b of benchmarks) {
    if (!Number.isFinite(b.value) || !BENCHMARK_KINDS.includes(b.kind)) continue;
    const held = latest.get(b.kind);
    // −0 is stored as 0: it would print as "-0" and does not survive JSON
    if (!held || compareBenchmarkYears(b.year, held.year) >= 0) latest.set(b.kind, { ...b, value: b.value === 0 ? 0 : b.value });
  }
  return BENCHMARK_KINDS.filter((k) => latest.has(k)).map((k) => latest.get(k)!);
}

/** sort order of benchmark years by when they end (unreadable years first) */
export function compareBenchmarkYears(a: string, b: string): number {
  const endA = benchmarkYearEnd(a);
  const endB = benchmarkYearEnd(b);
  if (endA === null || endB === null) return (endA === null ? 0 : 1) - (endB === null ? 0 : 1);
  return comparePeriods(endA, endB);
}

/**
 * Better / worse / same than a benchmark by polarity (high: above is
 * better; low: below is better); null for info and range indicators, which
 * are not judged, and when the value is missing.
 */
export function compareWithBenchmark(
  value: number | null,
  benchmark: number,
  polarity: Polarity,
): BenchmarkComparison["comparison"] {
  if (value === null || !Number.isFinite(value) || !Number.isFinite(benchmark)) return null;
  if (polarity !== "high" && polarity !== "low") return null;
  if (value === benchmark) return "same";
  const above = value > benchmark;
  return above === (polarity === "high") ? "better" : "worse";
}

/** each kind's latest benchmark with the comparison of `value` against it */
export function benchmarkComparisonsFor(
  value: number | null,
  benchmarks: readonly Benchmark[],
  polarity: Polarity,
): BenchmarkComparison[] {
  return latestBenchmarks(benchmarks).map((b) => ({
    kind: b.kind,
    year: b.year,
    value: b.value,
    comparison: compareWithBenchmark(value, b.value, polarity),
    ...(b.source ? { source: b.source } : {}),
  }));
}
