// Year to date: the financial year (April to March) up to the month M, made
// by the indicator's aggregation (docs/domain.md):
//   sum   adds the figures (flows: contacts received in the month);
//   ratio divides summed numerators by summed denominators, so 750 of 1578
//         is 47.5%, never the mean of twelve percentages;
//   mean  averages the figures;
//   point has no YTD (stocks and rolling figures: children on a plan).
// In April the YTD is April alone; March belongs to the year before and is
// never added to April (monthsOfFinancialYearTo starts at April).
//
// The periods a YTD expects: every month for monthly figures; M, M−3, … back
// to April for quarterly; M alone for annual; for termly, whatever terms have
// a figure this year (terms have no fixed length, so none can be "missing").
//
// MISSING FIGURES (no value is not zero)
// - sum and mean use the figures there are and say which are missing in
//   `note` ("partial: no figure for May 2020"); with none at all the YTD is
//   null.
// - ratio uses only the periods that have BOTH a numerator and a denominator
//   (a percentage without its counts cannot be weighted) and names the
//   periods left out in `note`; a value without counts is never turned into
//   made-up counts. With no period having both, or denominators adding to
//   zero, the YTD is null and `note` says why.
// The scale of a ratio follows the unit: × 100 for percent (stored 0–100),
// × 10,000 for rate_per_10k, × 1 otherwise.

import { indexValues, type ValuesByPeriod } from "./period-values";
import { addMonths, comparePeriods, financialYearOf, financialYearStart, monthsOfFinancialYearTo, periodLabel } from "./periods";
import { tidy } from "./round";
import type { Aggregation, Frequency, Period, PeriodValue, Unit } from "./types";

export interface YtdInput {
  aggregation: Aggregation;
  unit: Unit;
  frequency: Frequency;
  /** the month M */
  period: Period;
  values: readonly PeriodValue[] | ValuesByPeriod;
}

export interface YtdResult {
  ytd: number | null;
  /** why the YTD is null or partial, in words; null when whole */
  note: string | null;
  /** the periods the YTD was made from, oldest first */
  periods: Period[];
}

/** what a ratio's numerator over denominator is multiplied by, by unit */
function ratioScale(unit: Unit): number {
  if (unit === "percent") return 100;
  if (unit === "rate_per_10k") return 10_000;
  return 1;
}

/** the periods of this financial year up to M at which a figure is expected */
function ytdPeriods(period: Period, frequency: Frequency, values: ValuesByPeriod): Period[] {
  const start = financialYearStart(period);
  switch (frequency) {
    case "monthly":
      return monthsOfFinancialYearTo(period);
    case "quarterly": {
      const quarters: Period[] = [];
      for (let p = period; comparePeriods(p, start) >= 0; p = addMonths(p, -3)) quarters.unshift(p);
      return quarters;
    }
    case "annual":
      return [period];
    case "termly":
      return monthsOfFinancialYearTo(period).filter((p) => values.has(p));
  }
}

function listed(periods: Period[]): string {
  return periods.map(periodLabel).join(", ");
}

/** the YTD figure and a note on anything missing; see the rules above */
export function ytdFor(input: YtdInput): YtdResult {
  const { aggregation, unit, frequency, period } = input;
  if (aggregation === "point") {
    return { ytd: null, note: "no YTD for point-in-time figures", periods: [] };
  }
  const values = indexValues(input.values);
  const expected = ytdPeriods(period, frequency, values);
  const year = financialYearOf(period);

  if (aggregation === "ratio") {
    const used = expected.filter((p) => {
      const row = values.get(p);
      return row !== undefined && row.numerator !== null && row.denominator !== null;
    });
    const leftOut = expected.filter((p) => !used.includes(p));
    if (used.length === 0) {
      return { ytd: null, note: `no numerators and denominators yet in ${year}`, periods: [] };
    }
    let numerator = 0;
    let denominator = 0;
    for (const p of used) {
      numerator += values.get(p)!.numerator!;
      denominator += values.get(p)!.denominator!;
    }
    if (denominator === 0) {
      return { ytd: null, note: `the denominators for ${year} add up to zero`, periods: used };
    }
    const note = leftOut.length > 0 ? `partial: no numerator and denominator for ${listed(leftOut)}` : null;
    return { ytd: tidy((numerator / denominator) * ratioScale(unit)), note, periods: used };
  }

  const used = expected.filter((p) => (values.get(p)?.value ?? null) !== null);
  const missing = expected.filter((p) => !used.includes(p));
  if (used.length === 0) {
    return { ytd: null, note: `no figures yet in ${year}`, periods: [] };
  }
  const total = used.reduce((sum, p) => sum + values.get(p)!.value!, 0);
  const ytd = aggregation === "sum" ? total : total / used.length;
  const note = missing.length > 0 ? `partial: no figure for ${listed(missing)}` : null;
  return { ytd: tidy(ytd), note, periods: used };
}
