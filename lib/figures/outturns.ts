// Outturns: the year-end figures of the last five financial years before the
// one holding M (for any month of 2020/21: 2015/16 to 2019/20). The year M is
// in has no outturn yet (that is what the YTD is for), and an outturn of a
// later year is never shown against an earlier month.

import { financialYearLabel, financialYearStartYear } from "./periods";
import type { FinancialYear, Outturn, Period } from "./types";

const OUTTURN_YEARS_SHOWN = 5;

/** the financial years whose outturns a row for M shows, oldest first */
export function outturnYearsFor(period: Period): FinancialYear[] {
  const current = financialYearStartYear(period);
  const years: FinancialYear[] = [];
  for (let start = current - OUTTURN_YEARS_SHOWN; start < current; start++) years.push(financialYearLabel(start));
  return years;
}

/** outturns of those years that are known, keyed "2019/20", oldest first */
export function lastFiveOutturns(outturns: readonly Outturn[], period: Period): Record<FinancialYear, number> {
  const wanted = outturnYearsFor(period);
  const known = new Map<FinancialYear, number>();
  for (const o of outturns) {
    if (Number.isFinite(o.value)) known.set(o.year.trim(), o.value === 0 ? 0 : o.value);
  }
  const result: Record<FinancialYear, number> = {};
  for (const year of wanted) {
    const value = known.get(year);
    if (value !== undefined) result[year] = value;
  }
  return result;
}
