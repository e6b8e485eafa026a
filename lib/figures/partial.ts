// Partial figures say so (domain.md, "Partial figures"). The "12-month"
// average and maximum are taken over the figures present in M−11 … M, and the
// year to date over the periods of the financial year that have one; when
// fewer than a whole window's worth are there, every page, export and paper
// names how many: "7-month average", "year to date (6 of 12 months)". Pure.
import type { Frequency } from "./types";

/** how many figures a whole 12-month window holds, by frequency */
const FULL_WINDOW: Record<Frequency, number> = { monthly: 12, quarterly: 4, termly: 3, annual: 1 };

const PERIOD_WORD: Record<Frequency, [string, string]> = {
  monthly: ["month", "months"],
  quarterly: ["quarter", "quarters"],
  termly: ["term", "terms"],
  annual: ["year", "years"],
};

/** true when a 12-month window held fewer figures than a whole one */
export function isPartialWindow(figures: number, frequency: Frequency): boolean {
  return figures > 0 && figures < FULL_WINDOW[frequency];
}

/**
 * The adjective for the 12-month average and maximum: "12-month" when the
 * window is whole (or empty), else what it holds: "7-month", "3-quarter".
 */
export function windowLabel(figures: number, frequency: Frequency): string {
  if (!isPartialWindow(figures, frequency)) return "12-month";
  return `${figures}-${PERIOD_WORD[frequency][0]}`;
}

/**
 * How much of the year to date's periods it was made from, when partial:
 * "6 of 12 months"; null when whole, or when there is no year to date.
 */
export function ytdCoverage(used: number | null, expected: number | null, frequency: Frequency): string | null {
  if (used === null || expected === null || used >= expected || used === 0) return null;
  return `${used} of ${expected} ${PERIOD_WORD[frequency][expected === 1 ? 0 : 1]}`;
}
