// How dates and times are written, everywhere (pages, emails, the human
// columns of exports): British English, in UK time (Europe/London, so BST in
// summer), "15 June 2020" and "14:05". Machine columns and <time dateTime>
// keep ISO. One formatter of each kind, built once. Months ("April 2020") are
// lib/format's monthLabel.

const ZONE = "Europe/London";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: ZONE });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: ZONE });
const isoDayFormat = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: ZONE });
const calendarFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

type When = Date | string | number;

function toDate(when: When): Date | null {
  const d = when instanceof Date ? when : new Date(when);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A moment's day in UK time: "15 June 2020". */
export function formatDate(when: When | null | undefined): string {
  const d = when === null || when === undefined ? null : toDate(when);
  return d ? dateFormat.format(d) : "";
}

/** A moment's time in UK time, 24-hour: "14:05". */
export function formatTime(when: When | null | undefined): string {
  const d = when === null || when === undefined ? null : toDate(when);
  return d ? timeFormat.format(d) : "";
}

/** "15 June 2020 at 14:05" (UK time). */
export function formatDateTime(when: When | null | undefined): string {
  const d = when === null || when === undefined ? null : toDate(when);
  return d ? `${dateFormat.format(d)} at ${timeFormat.format(d)}` : "";
}

/**
 * A calendar day stored as "YYYY-MM-DD" (a due date, a meeting date) written
 * "15 June 2020": it is a day, not a moment, so no time zone moves it.
 */
export function formatDay(day: string | null | undefined): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}/.test(day)) return "";
  return calendarFormat.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

/** Today (or a moment's day) in the UK as "YYYY-MM-DD", for comparing with due dates. */
export function ukDay(when: When = new Date()): string {
  const d = toDate(when);
  return d ? isoDayFormat.format(d) : "";
}
