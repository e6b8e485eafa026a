// The special-cause rules of an XmR chart, point by point: a port of
// NHSRplotthedots R/ptd_calculate_point_type.R (v0.2), generalised from its
// fixed run of 7 to a run length N (NHS England's SPC SQL v2.6 allows 6–8).
// The fine print, all as the R code does it:
//
// - Outside the limits: strictly above the upper or strictly below the lower
//   process limit. A point exactly on a limit is inside.
// - Side of the mean: sign(x − mean); a point exactly on the mean is on
//   neither side, so it breaks a shift and is part of none.
// - Shift: N consecutive points all on the same side; every point of such a
//   run is flagged (a run longer than N flags all of it).
// - Trend: N consecutive points each strictly above (or each strictly below)
//   the one before: N points, N − 1 steps, the first point counted. Two equal
//   points (a tie) break a trend. Trends ignore the mean and limits.
// - Two in three: of three consecutive points all on the same side of the
//   mean, at least two lie beyond the two-sigma line but inside the process
//   limit (strictly: beyond means > upper two-sigma or < lower two-sigma, and
//   a point outside the limits does not count). Only those two (or three)
//   points are flagged, not the third one nearer the mean.
// - Precedence, one rule per point: outside the limits, then trend, then two
//   in three, then shift.
// - Direction of a flag: for a point outside the limits, above or below; for
//   a trend point, the direction of the trend, taking the step to the next
//   point when the next point is in a trend too (so a peak shared by a rising
//   and a falling trend reads as falling); for two in three and shifts, the
//   side of the mean.
// With no limits (a run chart, or limits that cannot be set) only shifts and
// trends can fire.

import type { XmrLimits } from "./spc-limits";
import type { SpcRule } from "./types";

/** +1 above / increasing, −1 below / decreasing, 0 on the mean / neither */
export type Side = 1 | -1 | 0;

export interface PointSignal {
  rule: SpcRule | null;
  /** which way the signal points: +1 high or rising, −1 low or falling, 0 for none */
  side: Side;
}

function sign(x: number): Side {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/** each point's side of the mean, sign(x − mean) */
export function sidesOfMean(values: readonly number[], mean: number): Side[] {
  return values.map((x) => sign(x - mean));
}

/** strictly outside a process limit; never with no limits */
function outsideLimits(values: readonly number[], limits: XmrLimits | null): boolean[] {
  const { upper, lower } = limits ?? { upper: null, lower: null };
  if (upper === null || lower === null) return values.map(() => false);
  return values.map((x) => x > upper || x < lower);
}

/** strictly beyond a two-sigma line but not outside the limits ("close to limits") */
function beyondTwoSigma(values: readonly number[], limits: XmrLimits | null, outside: readonly boolean[]): boolean[] {
  const { upperTwoSigma, lowerTwoSigma } = limits ?? { upperTwoSigma: null, lowerTwoSigma: null };
  if (upperTwoSigma === null || lowerTwoSigma === null) return values.map(() => false);
  return values.map((x, i) => !outside[i] && (x < lowerTwoSigma || x > upperTwoSigma));
}

/** true at the last point of N consecutive points on the same side (ptd_seven_point_one_side_mean) */
export function shiftEnds(sides: readonly Side[], runLength: number): boolean[] {
  return sides.map((side, i) => {
    if (side === 0 || i < runLength - 1) return false;
    for (let k = 1; k < runLength; k++) if (sides[i - k] !== side) return false;
    return true;
  });
}

/** +1 / −1 at the last point of N strictly rising / falling points, else 0 (ptd_seven_point_trend) */
export function trendEnds(values: readonly number[], runLength: number): Side[] {
  return values.map((_, i) => {
    if (i < runLength - 1) return 0;
    let rising = true;
    let falling = true;
    for (let j = i - runLength + 1; j < i; j++) {
      const step = sign(values[j + 1] - values[j]);
      if (step !== 1) rising = false;
      if (step !== -1) falling = false;
    }
    return rising ? 1 : falling ? -1 : 0;
  });
}

/** a point is part of a run when it, or one of the next N − 1 points, ends one (ptd_part_of_seven_trend) */
export function partOfRun(ends: readonly (boolean | number)[], runLength: number): boolean[] {
  return ends.map((_, i) => {
    for (let k = 0; k < runLength && i + k < ends.length; k++) if (ends[i + k]) return true;
    return false;
  });
}

/**
 * true where a point is in some window of three consecutive points, all on
 * the same side of the mean, at least two of them beyond two sigma
 * (ptd_two_in_three). Windows must lie wholly inside the series.
 */
export function twoInThree(near: readonly boolean[], sides: readonly Side[]): boolean[] {
  const n = near.length;
  const windowQualifies = (start: number): boolean => {
    if (start < 0 || start + 2 >= n) return false;
    const nearCount = Number(near[start]) + Number(near[start + 1]) + Number(near[start + 2]);
    const sideSum = sides[start] + sides[start + 1] + sides[start + 2];
    return nearCount >= 2 && Math.abs(sideSum) === 3;
  };
  return near.map((_, i) => windowQualifies(i - 2) || windowQualifies(i - 1) || windowQualifies(i));
}

/** only the points beyond two sigma in a two-in-three window are flagged (ptd_part_of_two_in_three) */
export function partOfTwoInThree(flags: readonly boolean[], near: readonly boolean[]): boolean[] {
  return flags.map((flag, i) => flag && near[i]);
}

/**
 * The direction of each trend point: the step to the next point when this
 * point and the next are both in a trend, else the step from the previous
 * point (ptd_special_cause_type's `sdy`). A step that is not rising reads as
 * falling, as in R's ifelse(sdy == 1, "In", "De").
 */
function trendDirections(values: readonly number[], inTrend: readonly boolean[]): Side[] {
  const steps = values.slice(1).map((x, j) => sign(x - values[j]));
  return values.map((_, i) => {
    const useNext = inTrend[i] && i + 1 < values.length && inTrend[i + 1];
    const step = useNext ? steps[i] : i === 0 ? 0 : steps[i - 1];
    return step === 1 ? 1 : -1;
  });
}

/**
 * Which rule, if any, flags each point and which way it points. `mean` is
 * the centre line; `limits` null means a run chart (shifts and trends only).
 */
export function specialCauseSignals(
  values: readonly number[],
  mean: number,
  limits: XmrLimits | null,
  runLength: number,
): PointSignal[] {
  const sides = sidesOfMean(values, mean);
  const outside = outsideLimits(values, limits);
  const near = beyondTwoSigma(values, limits, outside);
  const inTrend = partOfRun(trendEnds(values, runLength), runLength);
  const inTwoInThree = partOfTwoInThree(twoInThree(near, sides), near);
  const inShift = partOfRun(shiftEnds(sides, runLength), runLength);
  const trendWay = trendDirections(values, inTrend);

  return values.map((_, i): PointSignal => {
    if (outside[i]) return { rule: "outside_limits", side: sides[i] === 1 ? 1 : -1 };
    if (inTrend[i]) return { rule: "trend", side: trendWay[i] };
    if (inTwoInThree[i]) return { rule: "two_in_three", side: sides[i] > 0 ? 1 : -1 };
    if (inShift[i]) return { rule: "shift", side: sides[i] > 0 ? 1 : -1 };
    return { rule: null, side: 0 };
  });
}
