// Change, direction and judgement: how a figure moved and whether that is good.

import { roundTo } from "./round";
import type { Direction, Judgement, Polarity } from "./types";

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
