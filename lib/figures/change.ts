// Change, direction and judgement: how a figure moved and whether that is good.

import { roundTo, tidy } from "./round";
import type { Direction, Judgement, Polarity, Unit } from "./types";

/**
 * Relative change in per cent, (now − before) / before × 100, rounded to
 * 2 decimal places (1198 → 1147 is −4.26). Null when either figure is missing
 * or the earlier one is zero: the page shows "n/a", never Infinity or NaN.
 * For percentages stored as 0–100 this is still the relative change
 * (88% → 79% is −10.23), not the difference in percentage points.
 * A change too large to represent (an earlier figure of 1e-320) is null too.
 */
export function relativeChangePct(now: number | null, before: number | null): number | null {
  if (now === null || before === null || before === 0) return null;
  if (!Number.isFinite(now) || !Number.isFinite(before)) return null;
  const change = ((now - before) / before) * 100;
  // a denominator near the smallest double can overflow: unknown, not Infinity
  return Number.isFinite(change) ? roundTo(change, 2) : null;
}

/** up / down / same from the stored figures; null when either is missing */
export function directionOf(now: number | null, before: number | null): Direction | null {
  if (now === null || before === null || !Number.isFinite(now) || !Number.isFinite(before)) return null;
  if (now > before) return "up";
  if (now < before) return "down";
  return "same";
}

/**
 * Whether the move is good, by polarity: high (bigger is better) up is
 * better; low (smaller is better) down is better; no move is "same".
 * Info and range indicators are never judged: "neutral". With no direction
 * (a figure missing) there is nothing to judge: null, for every polarity.
 */
export function judgementOf(direction: Direction | null, polarity: Polarity): Judgement | null {
  if (direction === null) return null;
  if (polarity === "info" || polarity === "range") return "neutral";
  if (direction === "same") return "same";
  const better = polarity === "high" ? "up" : "down";
  return direction === better ? "better" : "worse";
}

// ---- how a change is stated (docs/domain.md "change from previous") ----
//
// THE CHANGE RULE
// - Counts, days and numbers: the relative change in per cent ("−4%").
// - Percentages and rates per 10,000: the difference in points, now − before
//   ("+1.0 pt": 3% → 4% is one percentage point), because boards read
//   points; the relative change (+33%) stands beside it, labelled, in the
//   row detail and the exports. Both are kept in the figures.
// - Either is null when a figure is missing; the relative change is also
//   null when the earlier figure is zero (points are not: 0% → 5% is +5 pt).

/** How a unit's change is headlined: "points" (percent, rates) or "relative" (%). */
export type ChangeMeasure = "points" | "relative";

export function changeMeasureFor(unit: Unit): ChangeMeasure {
  return unit === "percent" || unit === "rate_per_10k" ? "points" : "relative";
}

/**
 * The difference now − before in the figure's own unit (percentage points for
 * a percentage), without binary noise (81.3 − 94 is −12.7). Null when either
 * figure is missing or not finite.
 */
export function pointsChange(now: number | null, before: number | null): number | null {
  if (now === null || before === null || !Number.isFinite(now) || !Number.isFinite(before)) return null;
  const diff = tidy(now - before);
  return Number.isFinite(diff) ? diff : null;
}

export interface Change {
  measure: ChangeMeasure;
  /** the difference in points (percent and rates only; null for counts) */
  points: number | null;
  /** the relative change in per cent (always, where it exists) */
  relativePct: number | null;
  /** the figure the headline shows: points or relative %, by the measure */
  headline: number | null;
}

/** A change as boards read it, with both numbers (see THE CHANGE RULE). */
export function changeOf(now: number | null, before: number | null, unit: Unit): Change {
  const measure = changeMeasureFor(unit);
  const relativePct = relativeChangePct(now, before);
  const points = measure === "points" ? pointsChange(now, before) : null;
  return { measure, points, relativePct, headline: measure === "points" ? points : relativePct };
}

/** The headline figure of a change already computed (a scorecard row's points and relative %). */
export function headlineChange(unit: Unit, points: number | null | undefined, relativePct: number | null | undefined): number | null {
  return (changeMeasureFor(unit) === "points" ? points : relativePct) ?? null;
}
