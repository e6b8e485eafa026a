// The short run of figures a row carries for sparklines and tables: the last
// twelve periods up to M, oldest first, null where there is no figure.
// A period is a step of the indicator's frequency: twelve months, twelve
// quarters (M, M−3, …) or twelve years; terms have no fixed step, so a
// termly series is the last twelve terms that have a figure.

import type { ValuesByPeriod } from "./period-values";
import { periodsWithFiguresTo } from "./period-values";
import { addMonths, MONTHS_PER_STEP } from "./periods";
import type { Frequency, Period } from "./types";

const SERIES_LENGTH = 12;

export function seriesFor(
  values: ValuesByPeriod,
  period: Period,
  frequency: Frequency,
  length: number = SERIES_LENGTH,
): { period: Period; value: number | null }[] {
  if (frequency === "termly") {
    return periodsWithFiguresTo(values, period)
      .slice(-length)
      .map((p) => ({ period: p, value: values.get(p)?.value ?? null }));
  }
  const step = MONTHS_PER_STEP[frequency];
  const series: { period: Period; value: number | null }[] = [];
  for (let i = length - 1; i >= 0; i--) {
    const p = addMonths(period, -i * step);
    series.push({ period: p, value: values.get(p)?.value ?? null });
  }
  return series;
}
