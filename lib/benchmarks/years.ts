// EES time periods. Children's social care files say "Reporting year" and
// give the year it ends: 2025 is the year to 31 March 2025, i.e. the financial
// year 2024/25. Financial and academic years come as six digits ("202425").
// A calendar year stays as it is.

const SIX_DIGITS = /^(\d{4})(\d{2})$/;
const FOUR_DIGITS = /^\d{4}$/;

/** the year a benchmark is shown for, in the scorecard's words: "2024/25" or "2024" */
export function yearLabel(timePeriod: string, timeIdentifier: string): string {
  const period = timePeriod.trim();
  const six = SIX_DIGITS.exec(period);
  if (six) return `${six[1]}/${six[2]}`;
  if (FOUR_DIGITS.test(period) && /reporting year|financial year|as at 31 march/i.test(timeIdentifier)) {
    const end = Number(period);
    return `${end - 1}/${String(end % 100).padStart(2, "0")}`;
  }
  return period;
}

/**
 * The ONS mid-year estimate a year's rate uses: the year the period starts.
 * Reporting year 2025 (to 31 March 2025) uses mid-2024, as the DfE does (its
 * CLA rates at 31 March 2025 are per 10,000 of the mid-2024 estimate).
 */
export function populationYearFor(timePeriod: string, timeIdentifier: string): number | null {
  const label = yearLabel(timePeriod, timeIdentifier);
  const financial = /^(\d{4})\/\d{2}$/.exec(label);
  if (financial) return Number(financial[1]);
  return FOUR_DIGITS.test(label) ? Number(label) : null;
}

/** sort key: time periods compare as numbers ("2013" < "2025", "201314" < "202425") */
export function compareTimePeriods(a: string, b: string): number {
  return Number(a.slice(0, 4)) - Number(b.slice(0, 4)) || a.localeCompare(b);
}
