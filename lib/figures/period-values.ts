// The figures of one indicator, looked up by period. The query hands them over
// in any order with gaps; a missing month and a blank value are the same thing
// here: unknown. Neither is ever read as zero.

import { comparePeriods, isPeriod } from "./periods";
import type { Period, PeriodValue } from "./types";

/** one indicator's current figures by period */
export type ValuesByPeriod = ReadonlyMap<Period, PeriodValue>;

function finite(x: number | null | undefined): number | null {
  if (typeof x !== "number" || !Number.isFinite(x)) return null;
  return x === 0 ? 0 : x; // −0 would print as "-0"
}

/**
 * Index figures by period. Rows with a malformed period are left out; NaN or
 * Infinity in a number is treated as blank, so nothing derived can become NaN.
 * If a period appears twice the later row wins (the query sends one current
 * figure per period, so this is only a guard).
 */
export function indexValues(values: readonly PeriodValue[] | ValuesByPeriod): ValuesByPeriod {
  if (values instanceof Map) return values;
  const byPeriod = new Map<Period, PeriodValue>();
  for (const row of values as readonly PeriodValue[]) {
    if (!isPeriod(row.period)) continue;
    byPeriod.set(row.period, {
      period: row.period,
      value: finite(row.value),
      numerator: finite(row.numerator),
      denominator: finite(row.denominator),
      revised: row.revised === true,
    });
  }
  return byPeriod;
}

/** the figure for a period, or null when there is none */
export function valueAt(values: ValuesByPeriod, period: Period | null): number | null {
  if (period === null) return null;
  return values.get(period)?.value ?? null;
}

/** periods up to and including `upTo` that have a figure, oldest first */
export function periodsWithFiguresTo(values: ValuesByPeriod, upTo: Period): Period[] {
  const periods: Period[] = [];
  for (const [period, row] of values) {
    if (row.value !== null && comparePeriods(period, upTo) <= 0) periods.push(period);
  }
  return periods.sort(comparePeriods);
}
