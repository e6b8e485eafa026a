// Benchmarks (statistical neighbours' average and best, England, England top
// quartile, region): for a month, the latest year of each kind whose period
// had ended by then (lib/benchmarks/as-of.ts), of the same kind of figure as
// the indicator (lib/benchmarks/kind.ts), and whether the value is better or
// worse than it by polarity.
//
// Years come as imported, "2018/19" (a financial or reporting year) or "2019"
// (a calendar year). They are ordered by when the year ends: "2018/19" ends
// in March 2019, "2019" in December 2019, so "2019" is the later of the two.

import { periodEndOf } from "@/lib/benchmarks/as-of";
import { comparable, defaultBasis } from "@/lib/benchmarks/kind";
import { comparePeriods } from "./periods";
import type { Benchmark, BenchmarkComparison, BenchmarkKind, IndicatorDef, Polarity } from "./types";
// the order benchmarks are listed in, as councils' scorecards show them
import { BENCHMARK_KINDS } from "./vocabulary";

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;
const CALENDAR_YEAR = /^(\d{4})$/;

/** the month a benchmark year ends, "YYYY-MM", or null for a year we cannot read */
export function benchmarkYearEnd(year: string): string | null {
  const trimmed = year.trim();
  if (!FINANCIAL_YEAR.test(trimmed) && !CALENDAR_YEAR.test(trimmed)) return null;
  return periodEndOf(trimmed);
}

/** the last month of the period a benchmark is about: as stored, else from its year */
const endOf = (b: Benchmark) => b.periodEnd ?? benchmarkYearEnd(b.year);

/**
 * One benchmark per kind: the latest year's (an unreadable year counts as
 * oldest; for two rows of the same kind and year the later row wins), in
 * BENCHMARK_KINDS order. Rows whose value is not a finite number are ignored.
 */
export function latestBenchmarks(benchmarks: readonly Benchmark[], period?: string): Benchmark[] {
  const latest = new Map<BenchmarkKind, Benchmark>();
  for (const b of benchmarks) {
    if (!Number.isFinite(b.value) || !BENCHMARK_KINDS.includes(b.kind)) continue;
    // a month is compared with years that had ended by then, never a later one
    if (period !== undefined) {
      const end = endOf(b);
      if (end === null || end > period) continue;
    }
    const held = latest.get(b.kind);
    // −0 is stored as 0: it would print as "-0" and does not survive JSON
    if (!held || compareYears(b, held) >= 0) latest.set(b.kind, { ...b, value: b.value === 0 ? 0 : b.value });
  }
  return BENCHMARK_KINDS.filter((k) => latest.has(k)).map((k) => latest.get(k)!);
}

function compareYears(a: Benchmark, b: Benchmark): number {
  const endA = endOf(a);
  const endB = endOf(b);
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

/**
 * For month `period`, each kind's latest benchmark whose year had ended by
 * then, of the indicator's own unit and basis (a benchmark stored without
 * them is of the indicator's kind), with the comparison of `value` against it.
 */
export function benchmarkComparisonsFor(
  value: number | null,
  benchmarks: readonly Benchmark[],
  indicator: Pick<IndicatorDef, "polarity" | "unit" | "basis" | "frequency" | "aggregation">,
  period: string,
): BenchmarkComparison[] {
  const ours = { unit: indicator.unit, basis: indicator.basis ?? defaultBasis(indicator) };
  const alike = benchmarks.filter((b) => comparable(ours, { unit: b.unit ?? ours.unit, basis: b.basis ?? ours.basis }));
  const polarity: Polarity = indicator.polarity;
  return latestBenchmarks(alike, period).map((b) => ({
    kind: b.kind,
    year: b.year,
    value: b.value,
    comparison: compareWithBenchmark(value, b.value, polarity),
    ...(b.source ? { source: b.source } : {}),
  }));
}
