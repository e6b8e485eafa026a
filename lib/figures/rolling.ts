// The 12-month average and maximum over M−11 … M (docs/domain.md). Months with no
// figure are left out, never counted as zero; with no figure in the window
// both are null. For quarterly figures the window holds up to four quarters.

import { indexValues, type ValuesByPeriod } from "./period-values";
import { addMonths } from "./periods";
import { tidy } from "./round";
import type { Period, PeriodValue } from "./types";

/** the figures present in M−11 … M, oldest first */
export function figuresInLast12Months(values: readonly PeriodValue[] | ValuesByPeriod, period: Period): number[] {
  const byPeriod = indexValues(values);
  const figures: number[] = [];
  for (let back = 11; back >= 0; back--) {
    const value = byPeriod.get(addMonths(period, -back))?.value ?? null;
    if (value !== null) figures.push(value);
  }
  return figures;
}

/** mean of the figures in M−11 … M; null when there are none */
export function average12(values: readonly PeriodValue[] | ValuesByPeriod, period: Period): number | null {
  const figures = figuresInLast12Months(values, period);
  if (figures.length === 0) return null;
  return tidy(figures.reduce((a, b) => a + b, 0) / figures.length);
}

/** largest figure in M−11 … M; null when there are none */
export function max12(values: readonly PeriodValue[] | ValuesByPeriod, period: Period): number | null {
  const figures = figuresInLast12Months(values, period);
  return figures.length === 0 ? null : Math.max(...figures);
}
