// When a month's commentary is due (docs/domain.md "The monthly cycle"):
// working day N after the month ends (an authority setting, lib/settings
// commentaryDueWorkingDay); when the figures came later than that but within
// LATE_LOAD_MONTHS of the month's end, working day N after they were loaded;
// a month loaded longer after its end than that is history (a back-load, a
// demo): its due date stays the month's own and nothing of it is overdue.
// Working days skip weekends and England and Wales bank holidays.
import { addMonths } from "@/lib/figures";

/** "YYYY-MM-DD" of a UTC date. */
const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/** The first (or, with n = -1, last) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: 1 | -1): Date {
  if (n === 1) {
    const first = utc(year, month, 1);
    return addDays(first, (weekday - first.getUTCDay() + 7) % 7);
  }
  const last = utc(year, month + 1, 0);
  return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
}

/** Moves a fixed-date holiday falling at a weekend to the next free weekday. */
function substitute(day: Date, taken: Set<string>): Date {
  let d = day;
  while (isWeekend(d) || taken.has(iso(d))) d = addDays(d, 1);
  return d;
}

/** One-off changes proclaimed by the government (gov.uk/bank-holidays). */
const MOVED_EARLY_MAY: Record<number, string> = { 2020: "2020-05-08" };
const MOVED_SPRING: Record<number, string> = { 2022: "2022-06-02" };
const EXTRA: Record<number, string[]> = {
  2022: ["2022-06-03", "2022-09-19"],
  2023: ["2023-05-08"],
};

/** England and Wales bank holidays of a year, as "YYYY-MM-DD". */
export function bankHolidays(year: number): Set<string> {
  const days = new Set<string>();
  days.add(iso(substitute(utc(year, 1, 1), days)));
  const easter = easterSunday(year);
  days.add(iso(addDays(easter, -2)));
  days.add(iso(addDays(easter, 1)));
  days.add(MOVED_EARLY_MAY[year] ?? iso(nthWeekday(year, 5, 1, 1)));
  days.add(MOVED_SPRING[year] ?? iso(nthWeekday(year, 5, 1, -1)));
  days.add(iso(nthWeekday(year, 8, 1, -1)));
  for (const extra of EXTRA[year] ?? []) days.add(extra);
  const christmas = substitute(utc(year, 12, 25), days);
  days.add(iso(christmas));
  days.add(iso(substitute(utc(year, 12, 26), days)));
  return days;
}

function isWorkingDay(day: Date): boolean {
  return !isWeekend(day) && !bankHolidays(day.getUTCFullYear()).has(iso(day));
}

/** The due date ("YYYY-MM-DD") of a month's commentary: working day `n` after the month ends. */
export function commentaryDueDate(period: string, n: number): string {
  const [y, m] = addMonths(period, 1).split("-").map(Number);
  let day = utc(y, m, 1);
  let counted = 0;
  for (;;) {
    if (isWorkingDay(day)) counted++;
    if (counted >= Math.max(1, n)) return iso(day);
    day = addDays(day, 1);
  }
}

/** The `n`th working day after the day `from` ("YYYY-MM-DD"), not counting `from` itself. */
function nthWorkingDayAfter(from: string, n: number): string {
  let day = addDays(new Date(`${from}T00:00:00Z`), 1);
  let counted = 0;
  for (;;) {
    if (isWorkingDay(day)) counted++;
    if (counted >= Math.max(1, n)) return iso(day);
    day = addDays(day, 1);
  }
}

/** Figures first loaded this many whole months after their month ended, or later, are history, not a late load. */
export const LATE_LOAD_MONTHS = 3;

export interface MonthDue {
  /** "YYYY-MM-DD" */
  date: string;
  /** month: working day N after the month; loaded: N after its late figures; history: loaded long after, never overdue */
  basis: "month" | "loaded" | "history";
}

/**
 * The due date of a month's commentary in its own cycle: working day `n` after
 * the month ends; when the month's figures were first loaded (the month
 * opened) after that day but before LATE_LOAD_MONTHS had passed, working day
 * `n` after the opening; loaded later still, the month's own date, as history.
 * So May 2020 loaded in June 2020 is due in June 2020, loaded late in July
 * 2020 is due two weeks after, and loaded with a demo in 2026 was due in June
 * 2020 (and is not chased as overdue).
 */
export function monthDue(period: string, n: number, openedOn: string | null): MonthDue {
  const natural = commentaryDueDate(period, n);
  if (!openedOn || openedOn < natural) return { date: natural, basis: "month" };
  if (openedOn >= `${addMonths(period, 1 + LATE_LOAD_MONTHS)}-01`) return { date: natural, basis: "history" };
  return { date: nthWorkingDayAfter(openedOn, n), basis: "loaded" };
}

/** The due date alone ("YYYY-MM-DD"): monthDue's. */
export function cycleDueDate(period: string, n: number, openedOn: string | null): string {
  return monthDue(period, n, openedOn).date;
}

/** Overdue in a month's cycle: a month loaded as history is never overdue. */
export function isOverdueIn(due: MonthDue, status: string, today: string): boolean {
  return due.basis !== "history" && isOverdue(status, due.date, today);
}

/** Overdue: past the due date and not yet with the manager or settled. */
export function isOverdue(status: string, dueDate: string, today: string): boolean {
  const waitingOnWriter = status === "not_started" || status === "draft" || status === "returned";
  return waitingOnWriter && today > dueDate;
}

/**
 * The sentence a writer reads about the month's deadline, saying how it was
 * set. Dates are passed in already written ("12 June 2020").
 */
export function dueSentence({ month, due, dueText, openedText, n, today }: { month: string; due: MonthDue; dueText: string; openedText: string; n: number; today: string }): string {
  const tense = today > due.date ? "was" : "is";
  switch (due.basis) {
    case "month":
      return `Commentary for ${month} ${tense} due on ${dueText} (working day ${n} after the month ended).`;
    case "loaded":
      return `Commentary for ${month} ${tense} due on ${dueText}: its figures were loaded late, on ${openedText}, so it is due ${n} working days after that.`;
    case "history":
      return `Commentary for ${month} was due on ${dueText} (working day ${n} after the month ended). Its figures were loaded long afterwards, on ${openedText}, as history, so nothing for it is shown as overdue.`;
  }
}
