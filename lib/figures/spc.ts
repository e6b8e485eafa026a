// Statistical process control for one indicator: an XmR chart read with the
// NHS "Making Data Count" rules, so a board sees which movements are signal
// and which are noise.
//
// SOURCES
// - NHS England, "Making Data Count" (https://www.england.nhs.uk/
//   publication/making-data-count/): XmR charts, the four special-cause
//   rules, the variation and assurance icons and their colours.
// - NHS England, SPC SQL v2.6 (January 2024): run length N for shifts and
//   trends settable 6–8, default 6; moving-range screening off. These are
//   Lantern's defaults (DEFAULT_SPC_SETTINGS).
// - nhs-r-community/NHSRplotthedots (R package, v0.2; R/ptd_spc_standard.R,
//   R/ptd_calculate_point_type.R, R/ptd_calculate_assurance_type.R): the
//   reference implementation. With N = 7 and screening on
//   (NHSR_PLOTTHEDOTS_SETTINGS) and 13 or more points Lantern gives exactly
//   its classification of every point; the fine print is in spc-limits.ts
//   and spc-rules.ts, and tests/unit/figures/spc-*.test.ts port its tests.
//
// LANTERN'S OWN RULES (where the sources leave a choice)
// - Points are the months with a figure up to M, in order; months without
//   one are skipped, never read as zero.
// - Fewer than 13 points: a run chart (kind "run"). Too few points for
//   trustworthy limits, so upper/lower and both two-sigma lines are null and
//   only the shift and trend rules are read, around the mean (the same
//   centre line the XmR chart will have, so the line does not change meaning
//   at the 13th point). Assurance needs limits, so it is null.
//   NHSRplotthedots instead draws "trial limits" with a warning; below 13
//   points Lantern can therefore differ from it, on purpose.
// - A fixed baseline (settings.baselinePoints = N) sets mean and limits from
//   the first N points; every point is still read against them.
// - Variation is the latest point's reading: common cause, improvement,
//   concern, or "neither" for info and range indicators, which have no
//   better direction.
// - Assurance, as docs/domain.md states it (higher is better): target ≤ lower
//   limit → "pass" (the process consistently meets it); target ≥ upper limit
//   → "fail"; between → "hit_and_miss"; mirrored when lower is better. The
//   edges are inclusive, as docs/domain.md writes them (NHSRplotthedots uses
//   strict comparisons, which differs only when the target equals a limit
//   exactly). Null with no target, no limits, or info/range polarity.

import { xmrLimits, type XmrLimits } from "./spc-limits";
import { specialCauseSignals, type PointSignal } from "./spc-rules";
import type {
  Period,
  Polarity,
  SpcAssurance,
  SpcResult,
  SpcSettings,
  SpcSpecial,
  SpcVariation,
} from "./types";

/** recorded with every chart: the rule set the readings follow */
export const SPC_RULE_VERSION = "NHSE-SPC-SQL-2.6";

/** the fewest points an XmR chart is drawn with; fewer make a run chart */
export const MIN_POINTS_FOR_XMR = 13;

/** NHS England SPC SQL v2.6 defaults: Lantern's */
export const DEFAULT_SPC_SETTINGS: SpcSettings = { runLength: 6, screenMovingRanges: false, baselinePoints: null };

/** the settings under which Lantern reproduces NHSRplotthedots */
export const NHSR_PLOTTHEDOTS_SETTINGS: SpcSettings = { runLength: 7, screenMovingRanges: true, baselinePoints: null };

/** run lengths the authority setting allows (SPC SQL v2.6) */
export const RUN_LENGTH_RANGE = { min: 6, max: 8 } as const;

/**
 * The run length actually used: the setting when it is a whole number of at
 * least 2 (the settings form keeps it to 6–8; tests use others), else 6.
 */
function effectiveRunLength(runLength: number | null | undefined): number {
  return typeof runLength === "number" && Number.isInteger(runLength) && runLength >= 2
    ? runLength
    : DEFAULT_SPC_SETTINGS.runLength;
}

/** +1 when a rise is improvement, −1 when a fall is, 0 when neither is (info, range) */
function improvementDirectionOf(polarity: Polarity): 1 | -1 | 0 {
  return polarity === "high" ? 1 : polarity === "low" ? -1 : 0;
}

/** the reading of one point from its signal */
export function specialFor(signal: PointSignal, polarity: Polarity): SpcSpecial {
  if (signal.rule === null) return null;
  const better = improvementDirectionOf(polarity);
  if (better === 0) return "neither";
  return signal.side * better > 0 ? "improvement" : "concern";
}

/** the variation icon from the latest point's reading; null with no points */
function variationOf(latest: SpcSpecial | undefined): SpcVariation | null {
  if (latest === undefined) return null;
  return latest === null ? "common_cause" : latest;
}

/** the assurance icon: where the target sits against the process limits (see above) */
export function assuranceFor(
  target: number | null,
  limits: Pick<XmrLimits, "upper" | "lower">,
  polarity: Polarity,
): SpcAssurance {
  const better = improvementDirectionOf(polarity);
  const { upper, lower } = limits;
  if (target === null || !Number.isFinite(target) || better === 0 || upper === null || lower === null) return null;
  if (better === 1) {
    if (target <= lower) return "pass";
    if (target >= upper) return "fail";
  } else {
    if (target >= upper) return "pass";
    if (target <= lower) return "fail";
  }
  return "hit_and_miss";
}

// −0 reads as "-0" on a page and does not survive JSON; the readings above
// were made with the value as computed (sign(−0) is 0 anyway).
function withoutNegativeZero(x: number | null): number | null {
  return x === 0 ? 0 : x;
}

export interface SpcOptions {
  polarity: Polarity;
  target: number | null;
  settings: SpcSettings;
}

/**
 * The SPC reading of a series: `points` are the figures to chart, oldest
 * first (they are sorted by period; non-finite values are left out).
 */
export function spcFor(points: readonly { period: Period; value: number }[], options: SpcOptions): SpcResult {
  const runLength = effectiveRunLength(options.settings.runLength);
  const screenMovingRanges = options.settings.screenMovingRanges === true;
  const charted = points
    .filter((p) => Number.isFinite(p.value))
    .slice()
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const values = charted.map((p) => p.value);
  const kind: SpcResult["kind"] = values.length >= MIN_POINTS_FOR_XMR ? "xmr" : "run";

  const computed = xmrLimits(values, { screenMovingRanges, baselinePoints: options.settings.baselinePoints });
  const limits: XmrLimits =
    kind === "xmr"
      ? computed
      : { ...computed, upper: null, lower: null, upperTwoSigma: null, lowerTwoSigma: null };

  const signals =
    limits.mean === null ? [] : specialCauseSignals(values, limits.mean, kind === "xmr" ? limits : null, runLength);
  const chartPoints = charted.map((p, i) => ({
    period: p.period,
    value: p.value,
    special: specialFor(signals[i], options.polarity),
    rule: signals[i].rule,
  }));

  return {
    kind,
    runLength,
    screenMovingRanges,
    ruleVersion: SPC_RULE_VERSION,
    baselinePoints: limits.baselinePoints < values.length ? limits.baselinePoints : null,
    mean: withoutNegativeZero(limits.mean),
    upper: withoutNegativeZero(limits.upper),
    lower: withoutNegativeZero(limits.lower),
    upperTwoSigma: withoutNegativeZero(limits.upperTwoSigma),
    lowerTwoSigma: withoutNegativeZero(limits.lowerTwoSigma),
    points: chartPoints,
    variation: variationOf(chartPoints.at(-1)?.special),
    assurance: assuranceFor(options.target, limits, options.polarity),
  };
}
