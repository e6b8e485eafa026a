// The context a board asks for beside a month's figure, computed from the
// series rather than typed: how far the figure is from the series' peak or
// trough, how the gap to a comparator moved over a year, and how long the
// figure has held within a band. Numbers only; lib/commentary/context-sentences.ts
// puts them into words.
import { addMonths } from "./periods";
import { tidy } from "./round";
import type { Period } from "./types";

export interface SeriesPoint {
  period: Period;
  value: number;
}

export interface Extreme {
  kind: "peak" | "trough";
  period: Period;
  value: number;
  /** the month's figure − the extreme */
  difference: number;
  /** that difference as a % of the extreme; null when the extreme is 0 */
  relativePct: number | null;
}

function extremeOf(kind: Extreme["kind"], earlier: SeriesPoint[], now: SeriesPoint): Extreme | null {
  let best: SeriesPoint | null = null;
  // the first month it was reached: "since the peak of 702 in September 2020"
  for (const p of earlier) {
    if (!best || (kind === "peak" ? p.value > best.value : p.value < best.value)) best = p;
  }
  if (!best) return null;
  if (kind === "peak" ? best.value <= now.value : best.value >= now.value) return null;
  const difference = tidy(now.value - best.value);
  return { kind, period: best.period, value: best.value, difference, relativePct: best.value === 0 ? null : tidy((difference / Math.abs(best.value)) * 100) };
}

/**
 * The series' highest and lowest figures before `period`, each only when the
 * month's figure is below the peak (or above the trough): a month that is
 * itself the highest has no "since the peak". Points after `period` are ignored.
 */
export function extremesBefore(points: readonly SeriesPoint[], period: Period): { peak: Extreme | null; trough: Extreme | null } {
  const now = points.find((p) => p.period === period && Number.isFinite(p.value));
  if (!now) return { peak: null, trough: null };
  const earlier = points.filter((p) => p.period < period && Number.isFinite(p.value));
  return { peak: extremeOf("peak", earlier, now), trough: extremeOf("trough", earlier, now) };
}

/** The one of peak and trough the month is furthest from (relatively), for a paper's single sentence. */
export function furthestExtreme({ peak, trough }: { peak: Extreme | null; trough: Extreme | null }): Extreme | null {
  if (!peak || !trough) return peak ?? trough;
  return Math.abs(peak.relativePct ?? 0) >= Math.abs(trough.relativePct ?? 0) ? peak : trough;
}

export interface GapChange {
  /** figure − comparator, a year before and now */
  then: number;
  now: number;
  /** "narrowed" when |now| < |then| on the same side; "crossed" when the figure moved to the comparator's other side */
  movement: "narrowed" | "widened" | "unchanged" | "crossed";
}

/** How the gap between a figure and a comparator moved between two months; null without all four numbers. */
export function gapChange(
  now: { value: number | null; comparator: number | null | undefined },
  then: { value: number | null; comparator: number | null | undefined },
): GapChange | null {
  if (now.value === null || then.value === null || now.comparator == null || then.comparator == null) return null;
  const gapNow = tidy(now.value - now.comparator);
  const gapThen = tidy(then.value - then.comparator);
  let movement: GapChange["movement"];
  if (gapNow !== 0 && gapThen !== 0 && Math.sign(gapNow) !== Math.sign(gapThen)) movement = "crossed";
  else if (Math.abs(gapNow) === Math.abs(gapThen)) movement = "unchanged";
  else movement = Math.abs(gapNow) < Math.abs(gapThen) ? "narrowed" : "widened";
  return { then: gapThen, now: gapNow, movement };
}

/**
 * How many consecutive periods, counted back from `period` (included), had a
 * figure that `within` accepts; a missing period ends the run. `step` is the
 * months between periods (1 monthly, 3 quarterly). 0 when the month itself is outside.
 */
export function periodsHeldWithin(points: readonly SeriesPoint[], period: Period, within: (value: number) => boolean, step = 1): number {
  const byPeriod = new Map(points.map((p) => [p.period, p.value]));
  let count = 0;
  for (let p = period; ; p = addMonths(p, -step)) {
    const v = byPeriod.get(p);
    if (v === undefined || !Number.isFinite(v) || !within(v)) return count;
    count++;
  }
}

/** A closed band [min, max]; a null end is open. */
export function insideBand(band: { min: number | null; max: number | null }): (value: number) => boolean {
  return (v) => (band.min === null || v >= band.min) && (band.max === null || v <= band.max);
}
