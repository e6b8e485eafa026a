// Rate per 10,000 children aged 0–17, for indicators whose unit is
// rate_per_10k and whose figure carries its count as the numerator:
// numerator ÷ population × 10,000.
//
// THE POPULATION YEAR
// Populations are ONS mid-year estimates, one per year, kept in the authority
// settings keyed by year ("2019" = mid-2019; a key written "2019/20" is read
// as 2019). A month M uses the estimate for the year its financial year
// starts: every month of 2019/20 (April 2019 to March 2020) uses mid-2019.
// That is the Department for Education's convention (rates at 31 March 2020
// use the mid-2019 estimate) and keeps one base for a whole year of a
// scorecard. When that year's estimate is not loaded yet (estimates are
// published about a year late), the latest earlier one is used; a later
// year's estimate never is. With none, the rate is null.

import { financialYearStartYear } from "./periods";
import { tidy } from "./round";
import type { Period, Unit } from "./types";

const YEAR_KEY = /^(\d{4})(?:\/\d{2})?$/;

/** the population year a month's rate should use: "2019" for 2019-04 … 2020-03 */
export function populationYearFor(period: Period): string {
  return String(financialYearStartYear(period));
}

/** the population used for month M and the year it is for; null when none fits */
export function populationFor(
  population: Record<string, number>,
  period: Period,
): { year: string; population: number } | null {
  const wanted = Number(populationYearFor(period));
  let best: { year: number; population: number } | null = null;
  for (const [key, count] of Object.entries(population)) {
    const match = YEAR_KEY.exec(key.trim());
    if (!match || typeof count !== "number" || !Number.isFinite(count) || count <= 0) continue;
    const year = Number(match[1]);
    if (year > wanted) continue;
    if (best === null || year > best.year) best = { year, population: count };
  }
  return best === null ? null : { year: String(best.year), population: best.population };
}

/** numerator per 10,000 children; null unless the unit is rate_per_10k with a count and a population */
export function ratePer10kFor(
  unit: Unit,
  numerator: number | null,
  period: Period,
  population: Record<string, number>,
): { rate: number; populationYear: string } | null {
  if (unit !== "rate_per_10k" || numerator === null || !Number.isFinite(numerator)) return null;
  const base = populationFor(population, period);
  if (base === null) return null;
  return { rate: tidy((numerator / base.population) * 10_000), populationYear: base.year };
}
