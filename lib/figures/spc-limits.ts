// XmR centre line and limits (NHS England "Making Data Count"; the arithmetic
// of NHSRplotthedots R/ptd_spc_standard.R, ported exactly):
//   mean        = mean of the baseline points (all points unless fixed);
//   mR_t        = |x_t − x_{t−1}| between consecutive baseline points;
//   screening   (optional) moving ranges NOT strictly below 3.267 × mean mR
//               are left out, once, and the mean mR recomputed;
//   limits      = mean ± 2.66 × mean mR;
//   two-sigma   = mean ± 2 × (2.66 / 3) × mean mR (written as R writes it, so
//               the product rounds the same way).
// A single baseline point has no moving range, and when screening leaves
// none (every moving range zero: a flat baseline) R gets NaN; here those
// limits are null and the rules that need limits do not fire, which is what
// R's NA comparisons amount to. Unscreened, a flat baseline has mean mR 0 and
// limits equal to the mean.

import { meanAsR } from "./r-mean";

const PROCESS_LIMIT_FACTOR = 2.66;
const TWO_SIGMA_FACTOR = 2 * (PROCESS_LIMIT_FACTOR / 3);
const SCREENING_FACTOR = 3.267;

export interface XmrLimits {
  /** centre line; null only with no points */
  mean: number | null;
  /** mean moving range after any screening; null when there is none */
  meanMovingRange: number | null;
  upper: number | null;
  lower: number | null;
  upperTwoSigma: number | null;
  lowerTwoSigma: number | null;
  /** how many points set the mean and limits */
  baselinePoints: number;
  /** how many moving ranges screening left out */
  screenedOut: number;
}

export interface XmrLimitOptions {
  screenMovingRanges: boolean;
  /** fix mean and limits on the first N points; null/absent: all points */
  baselinePoints?: number | null;
}

/** how many of `count` points form the baseline */
function baselineSize(count: number, baselinePoints: number | null | undefined): number {
  if (baselinePoints == null || !Number.isFinite(baselinePoints) || baselinePoints < 1) return count;
  return Math.min(count, Math.floor(baselinePoints));
}

export function xmrLimits(values: readonly number[], options: XmrLimitOptions): XmrLimits {
  const baseline = values.slice(0, baselineSize(values.length, options.baselinePoints));
  const none: XmrLimits = {
    mean: null, meanMovingRange: null, upper: null, lower: null,
    upperTwoSigma: null, lowerTwoSigma: null, baselinePoints: baseline.length, screenedOut: 0,
  };
  if (baseline.length === 0) return none;
  const mean = meanAsR(baseline);
  const movingRanges: number[] = [];
  for (let i = 1; i < baseline.length; i++) movingRanges.push(Math.abs(baseline[i] - baseline[i - 1]));
  if (movingRanges.length === 0) return { ...none, mean };

  let kept = movingRanges;
  if (options.screenMovingRanges) {
    const threshold = SCREENING_FACTOR * meanAsR(movingRanges);
    kept = movingRanges.filter((mr) => mr < threshold);
  }
  const screenedOut = movingRanges.length - kept.length;
  if (kept.length === 0) return { ...none, mean, screenedOut };

  const meanMovingRange = meanAsR(kept);
  return {
    mean,
    meanMovingRange,
    upper: mean + PROCESS_LIMIT_FACTOR * meanMovingRange,
    lower: mean - PROCESS_LIMIT_FACTOR * meanMovingRange,
    upperTwoSigma: mean + TWO_SIGMA_FACTOR * meanMovingRange,
    lowerTwoSigma: mean - TWO_SIGMA_FACTOR * meanMovingRange,
    baselinePoints: baseline.length,
    screenedOut,
  };
}
