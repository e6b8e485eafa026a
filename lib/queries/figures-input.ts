import "server-only";
// Turns database rows into the figures engine's input, the same way for the
// scorecard and the indicator page.
import { figuresFor } from "@/lib/figures";
import type { Basis, Benchmark, BenchmarkKind, Figures, IndicatorDef, Outturn, PeriodValue, SpcSettings, Unit } from "@/lib/figures/types";

export interface StoredValue {
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  revision: number;
}

/** An outturn (kind "outturn") or a benchmark (kind = its benchmark kind). */
export interface StoredComparator {
  kind: string;
  year: string;
  value: number;
  /** a computed benchmark's source (benchmarks.source) */
  source?: string | null;
  /** a benchmark's unit, basis and period end (null: the indicator's kind; read from the year) */
  unit?: string | null;
  basis?: string | null;
  periodEnd?: string | null;
}

export function figuresFromRows({
  indicator,
  period,
  values,
  comparators,
  population,
  spc,
}: {
  indicator: IndicatorDef;
  period: string;
  values: StoredValue[];
  comparators: StoredComparator[];
  population: Record<string, number>;
  spc: SpcSettings;
}): Figures {
  return figuresFor({
    indicator,
    period,
    values: values.map(
      (v): PeriodValue => ({ period: v.period, value: v.value, numerator: v.numerator, denominator: v.denominator, revised: v.revision > 1 }),
    ),
    outturns: comparators.filter((c) => c.kind === "outturn").map((c): Outturn => ({ year: c.year, value: c.value })),
    benchmarks: comparators
      .filter((c) => c.kind !== "outturn")
      .map(
        (c): Benchmark => ({
          kind: c.kind as BenchmarkKind,
          year: c.year,
          value: c.value,
          source: c.source ?? null,
          unit: (c.unit ?? null) as Unit | null,
          basis: (c.basis ?? null) as Basis | null,
          periodEnd: c.periodEnd ?? null,
        }),
      ),
    population,
    spc,
  });
}
