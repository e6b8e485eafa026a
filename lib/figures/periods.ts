// Months, financial years and the "previous" period of each frequency.
// A period is a month "YYYY-MM"; quarterly, termly and annual figures are
// stored at the month their quarter, term or year ends (docs/data-formats.md).
// English local authorities run April to March financial years ("2019/20").

import type { FinancialYear, Frequency, Period } from "./types";

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** true for a well-formed month "YYYY-MM" */
export function isPeriod(s: unknown): s is Period {
  return typeof s === "string" && PERIOD_PATTERN.test(s);
}

function parts(period: Period): { year: number; month: number } {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw new RangeError(`not a period (YYYY-MM): ${JSON.stringify(period)}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** months since year 0: lets periods be counted and compared as integers */
function monthNumber(period: Period): number {
  const { year, month } = parts(period);
  return year * 12 + (month - 1);
}

function fromMonthNumber(n: number): Period {
  const year = Math.floor(n / 12);
  const month = n - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** the period `n` months after (negative: before) `period` */
export function addMonths(period: Period, n: number): Period {
  return fromMonthNumber(monthNumber(period) + n);
}

/** how many months `to` is after `from` (negative when before) */
export function monthsBetween(from: Period, to: Period): number {
  return monthNumber(to) - monthNumber(from);
}

/** sort order of periods: negative when a is earlier */
export function comparePeriods(a: Period, b: Period): number {
  return monthNumber(a) - monthNumber(b);
}

/** the calendar year in which the financial year holding `period` starts */
export function financialYearStartYear(period: Period): number {
  const { year, month } = parts(period);
  return month >= 4 ? year : year - 1;
}

/** "2019/20" for any month from April 2019 to March 2020 */
export function financialYearOf(period: Period): FinancialYear {
  return financialYearLabel(financialYearStartYear(period));
}

/** "2019/20" for the financial year starting in April of `startYear` */
export function financialYearLabel(startYear: number): FinancialYear {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** the April that starts the financial year holding `period`: "2019-04" */
export function financialYearStart(period: Period): Period {
  return `${String(financialYearStartYear(period)).padStart(4, "0")}-04`;
}

/** April of the financial year up to and including `period`, oldest first (April alone in April) */
export function monthsOfFinancialYearTo(period: Period): Period[] {
  const start = monthNumber(financialYearStart(period));
  const end = monthNumber(period);
  const months: Period[] = [];
  for (let n = start; n <= end; n++) months.push(fromMonthNumber(n));
  return months;
}

/** "April 2020" */
export function periodLabel(period: Period): string {
  const { year, month } = parts(period);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** "Apr-20", as a council's monthly dataset heads its columns */
export function shortLabel(period: Period): string {
  const { year, month } = parts(period);
  return `${MONTH_NAMES[month - 1].slice(0, 3)}-${String(year % 100).padStart(2, "0")}`;
}

/** how many months one step of each fixed-length frequency spans */
export const MONTHS_PER_STEP: Record<Exclude<Frequency, "termly">, number> = {
  monthly: 1,
  quarterly: 3,
  annual: 12,
};

/**
 * Terms do not have a fixed length (autumn ends in December, spring in March
 * or April with Easter, summer in July), so the previous term is the latest
 * earlier figure no more than this many months back (July → December is 5).
 */
const LONGEST_GAP_BETWEEN_TERM_ENDS = 5;

/**
 * The period a figure is compared with as "previous":
 * monthly M−1, quarterly M−3 (the previous quarter), annual M−12; termly the
 * latest earlier period with a figure within five months (the previous term),
 * so `periodsWithFigures` is needed for termly only. A missing monthly or
 * quarterly figure is not looked past: the previous period is still M−1 or
 * M−3 and its figure is simply unknown (no value is not zero, and a figure
 * from two months ago is not "last month's").
 */
export function previousPeriodFor(
  period: Period,
  frequency: Frequency,
  periodsWithFigures: Iterable<Period> = [],
): Period | null {
  if (frequency !== "termly") return addMonths(period, -MONTHS_PER_STEP[frequency]);
  const known = new Set(periodsWithFigures);
  for (let back = 1; back <= LONGEST_GAP_BETWEEN_TERM_ENDS; back++) {
    const candidate = addMonths(period, -back);
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/** the same month a year earlier: M−12 */
export function samePeriodLastYear(period: Period): Period {
  return addMonths(period, -12);
}

/**
 * The period "last year" is read from: M−12 for every frequency. A term's
 * end moves with Easter (spring ends in March one year, April the next), so
 * for termly figures, when M−12 has none, the month either side is used
 * (M−11 first, then M−13); term ends are at least three months apart, so
 * that can only be the same term. Returns null when none has a figure.
 */
export function lastYearPeriodFor(
  period: Period,
  frequency: Frequency,
  periodsWithFigures: Iterable<Period> = [],
): Period | null {
  const sameMonth = samePeriodLastYear(period);
  if (frequency !== "termly") return sameMonth;
  const known = new Set(periodsWithFigures);
  for (const candidate of [sameMonth, addMonths(period, -11), addMonths(period, -13)]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}
