// NHSRplotthedots' own tests, ported. Source: nhs-r-community/NHSRplotthedots,
// tests/testthat/test-ptd_calculate_point_type.R, test-ptd_spc_standard.R,
// _snaps/ptd_spc_standard.md, _snaps/ptd_spc.md,
// test-ptd_calculate_assurance_type.R, and the examples in its GitHub
// tracker, NHSRplotthedots#24, #143, #167 and #171. R helper → Lantern function:
//   ptd_seven_point_one_side_mean → shiftEnds(sides, 7)
//   ptd_part_of_seven_trend       → partOfRun(ends, 7)
//   ptd_seven_point_trend         → trendEnds(y, 7)
//   ptd_two_in_three              → twoInThree(near, sides)
//   ptd_part_of_two_in_three      → partOfTwoInThree(flags, near)
//   ptd_spc_standard              → xmrLimits (+ sidesOfMean)
import { describe, expect, it } from "vitest";
import {
  NHSR_PLOTTHEDOTS_SETTINGS,
  assuranceFor,
  partOfRun,
  partOfTwoInThree,
  shiftEnds,
  sidesOfMean,
  specialCauseSignals,
  spcFor,
  trendEnds,
  twoInThree,
  xmrLimits,
  type Side,
} from "@/lib/figures";

const bool = (xs: number[]) => xs.map((x) => x === 1);
const rep = <T,>(x: T, n: number): T[] => Array.from({ length: n }, () => x);
const seq = (from: number, to: number) =>
  Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => (from <= to ? from + i : from - i));
const dated = (ys: number[]) => ys.map((value, i) => ({ period: `20${String(10 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, "0")}`, value }));

// set.seed(123); rnorm(20), as printed by R to 8 decimals (the snapshot's y column)
const RNORM_123 = [
  -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123,
  -0.68685285, -0.44566197, 1.2240818, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314,
  0.49785048, -1.96661716, 0.7013559, -0.47279168,
];

describe("NHSRplotthedots port: ptd_seven_point_one_side_mean", () => {
  it("flags the 7th and later points of a run on one side", () => {
    expect(shiftEnds([], 7)).toEqual([]);
    expect(shiftEnds(rep<Side>(1, 6), 7)).toEqual(rep(false, 6));
    expect(shiftEnds([...rep<Side>(1, 6), -1], 7)).toEqual(rep(false, 7));
    expect(shiftEnds([...rep<Side>(1, 8), -1], 7)).toEqual(bool([0, 0, 0, 0, 0, 0, 1, 1, 0]));
    expect(shiftEnds([...rep<Side>(-1, 8), 1], 7)).toEqual(bool([0, 0, 0, 0, 0, 0, 1, 1, 0]));
  });

  it("is broken by a point on the mean", () => {
    expect(shiftEnds([1, 1, 1, 0, 1, 1, 1, 1], 7)).toEqual(rep(false, 8));
  });
});

describe("NHSRplotthedots port: ptd_part_of_seven_trend", () => {
  it("marks every point of a run that ends within the next six", () => {
    expect(partOfRun([], 7)).toEqual([]);
    expect(partOfRun(rep(0, 6), 7)).toEqual(rep(false, 6));
    expect(partOfRun([...rep(0, 6), 1, 0], 7)).toEqual([...rep(true, 7), false]);
    expect(partOfRun([...rep(0, 7), 1, 0], 7)).toEqual([false, ...rep(true, 7), false]);
    expect(partOfRun([...rep(0, 6), -1, 0], 7)).toEqual([...rep(true, 7), false]);
    expect(partOfRun([...rep(0, 7), -1, 0], 7)).toEqual([false, ...rep(true, 7), false]);
  });
});

describe("NHSRplotthedots port: ptd_seven_point_trend", () => {
  it("needs seven points, each strictly beyond the last; a tie breaks it", () => {
    expect(trendEnds([], 7)).toEqual([]);
    expect(trendEnds(seq(1, 6), 7)).toEqual(rep(0, 6));
    expect(trendEnds([1, 2, 3, 3, 4, 5, 6], 7)).toEqual(rep(0, 7));
    expect(trendEnds(seq(1, 7), 7)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(trendEnds([2, ...seq(1, 7), 3], 7)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect(trendEnds(seq(7, 1), 7)).toEqual([0, 0, 0, 0, 0, 0, -1]);
    expect(trendEnds([2, ...seq(7, 1), 3], 7)).toEqual([0, 0, 0, 0, 0, 0, 0, -1, 0]);
  });

  it("NHSRplotthedots#24: a repeated value in a falling run breaks the trend", () => {
    const ys = [1, 0.5, 0, -0.5, -0.5, -1, -1.5, -2];
    expect(trendEnds(ys, 7)).toEqual(rep(0, 8));
    expect(trendEnds([1, 0.5, 0, -0.5, -1, -1.5, -2], 7)).toEqual([0, 0, 0, 0, 0, 0, -1]);
  });
});

describe("NHSRplotthedots port: ptd_two_in_three", () => {
  const ones = (n: number) => rep<Side>(1, n);
  it("flags windows of three with two near a limit, all on one side", () => {
    expect(twoInThree([], [])).toEqual([]);
    expect(twoInThree(rep(false, 3), [0, 0, 0])).toEqual(rep(false, 3));
    expect(twoInThree(bool([1, 0, 1]), ones(3))).toEqual(rep(true, 3));
    expect(twoInThree(bool([0, 1, 1]), ones(3))).toEqual(rep(true, 3));
    expect(twoInThree(bool([1, 1, 0]), ones(3))).toEqual(rep(true, 3));
    expect(twoInThree(bool([0, 0, 1, 0, 1, 0, 0]), ones(7))).toEqual(bool([0, 0, 1, 1, 1, 0, 0]));
    expect(twoInThree(bool([0, 0, 1, 1, 0, 0, 0]), ones(7))).toEqual(bool([0, 1, 1, 1, 1, 0, 0]));
  });

  it("NHSRplotthedots#143: not when the points are on opposite sides of the mean", () => {
    expect(twoInThree(bool([1, 0, 1]), [1, -1, 1])).toEqual(rep(false, 3));
    expect(twoInThree(bool([0, 1, 1]), [1, -1, 1])).toEqual(rep(false, 3));
    expect(twoInThree(bool([1, 1, 0]), [1, -1, 1])).toEqual(rep(false, 3));
    expect(twoInThree(bool([0, 0, 1, 0, 1, 0, 0]), [1, -1, 1, -1, 1, -1, 1])).toEqual(rep(false, 7));
    expect(twoInThree(bool([0, 0, 1, 1, 0, 0, 0]), [-1, 1, -1, 1, -1, 1, -1])).toEqual(rep(false, 7));
  });
});

describe("NHSRplotthedots port: ptd_part_of_two_in_three", () => {
  const part = (near: number[]) => partOfTwoInThree(twoInThree(bool(near), rep<Side>(1, near.length)), bool(near));
  it("flags only the points beyond two sigma", () => {
    expect(part([])).toEqual([]);
    expect(part([0, 0, 0])).toEqual(rep(false, 3));
    expect(part([1, 0, 1])).toEqual(bool([1, 0, 1]));
    expect(part([0, 1, 1])).toEqual(bool([0, 1, 1]));
    expect(part([1, 1, 0])).toEqual(bool([1, 1, 0]));
    expect(part([0, 0, 1, 0, 1, 0, 0])).toEqual(bool([0, 0, 1, 0, 1, 0, 0]));
    expect(part([0, 0, 1, 1, 0, 0, 0])).toEqual(bool([0, 0, 1, 1, 0, 0, 0]));
    expect(part([1, 0, 0, 1])).toEqual(rep(false, 4));
    expect(part([1, 0, 0, 1, 1])).toEqual(bool([0, 0, 0, 1, 1]));
  });
});

describe("NHSRplotthedots port: ptd_spc_standard (snapshots)", () => {
  const screened = { screenMovingRanges: true };

  it("r1: mean 0.1416238, limits −3.01138 … 3.294627, sides as printed", () => {
    const l = xmrLimits(RNORM_123, screened);
    expect(l.mean).toBeCloseTo(0.1416238, 7);
    expect(l.lower).toBeCloseTo(-3.01138, 5);
    expect(l.upper).toBeCloseTo(3.294627, 6);
    expect(sidesOfMean(RNORM_123, l.mean!).slice(0, 15)).toEqual([-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1]);
  });

  it("r2 (y[15] = 10, screened): mean 0.6694159, limits −2.383666 … 3.722497", () => {
    const ys = RNORM_123.slice();
    ys[14] = 10;
    const l = xmrLimits(ys, screened);
    expect(l.mean).toBeCloseTo(0.6694159, 6); // R's y has more digits than the 8 it prints
    expect(l.lower).toBeCloseTo(-2.383666, 6);
    expect(l.upper).toBeCloseTo(3.722497, 6);
    expect(l.screenedOut).toBe(2); // the two moving ranges either side of the 10
    expect(sidesOfMean(ys, l.mean!).slice(0, 15)).toEqual([-1, -1, 1, -1, -1, 1, -1, -1, -1, -1, 1, -1, -1, -1, 1]);
  });

  it("r3 (y[15] = 10, not screened): limits −4.596625 … 5.935457, wider than screened", () => {
    const ys = RNORM_123.slice();
    ys[14] = 10;
    const l = xmrLimits(ys, { screenMovingRanges: false });
    expect(l.lower).toBeCloseTo(-4.596625, 6);
    expect(l.upper).toBeCloseTo(5.935457, 6);
    const s = xmrLimits(ys, screened);
    expect(l.upper! - l.lower!).toBeGreaterThan(s.upper! - s.lower!);
  });

  it("facets of ten points (_snaps/ptd_spc.md): 0.0746 (−2.60, 2.75) and 0.209 (−3.28, 3.70)", () => {
    const a = xmrLimits(RNORM_123.slice(0, 10), screened);
    const b = xmrLimits(RNORM_123.slice(10), screened);
    expect(a.mean).toBeCloseTo(0.0746, 4);
    expect(a.lower).toBeCloseTo(-2.6, 2);
    expect(a.upper).toBeCloseTo(2.75, 2);
    expect(b.mean).toBeCloseTo(0.209, 3);
    expect(b.lower).toBeCloseTo(-3.28, 2);
    expect(b.upper).toBeCloseTo(3.7, 2);
  });

  it("fix_after_n_points = 12 changes the limits", () => {
    const all = xmrLimits(RNORM_123, screened);
    const fixed = xmrLimits(RNORM_123, { ...screened, baselinePoints: 12 });
    expect(fixed.lower).not.toBe(all.lower);
    expect(fixed.upper).not.toBe(all.upper);
    expect(fixed.mean).toBeCloseTo(RNORM_123.slice(0, 12).reduce((s, x) => s + x, 0) / 12, 12);
  });

  it("summary (_snaps/ptd_spc.md): all 20 points common cause", () => {
    const r = spcFor(dated(RNORM_123), { polarity: "high", target: null, settings: NHSR_PLOTTHEDOTS_SETTINGS });
    expect(r.kind).toBe("xmr");
    expect(r.points.every((p) => p.special === null)).toBe(true);
    expect(r.variation).toBe("common_cause");
  });

  it("2 in 3 only on the same side of the mean: ±5.5 at the end stay common cause", () => {
    const ys: number[] = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    ys[14] = 5.5;
    ys[15] = -5.5;
    const r = spcFor(dated(ys), { polarity: "high", target: null, settings: NHSR_PLOTTHEDOTS_SETTINGS });
    expect(r.points.slice(-2).map((p) => p.special)).toEqual([null, null]);
  });
});

describe("NHSRplotthedots port: ptd_calculate_assurance_type", () => {
  // facets a: limits 1–3, b: 5–7, c: 1–5; target 4
  const facets = [
    { lower: 1, upper: 3 },
    { lower: 5, upper: 7 },
    { lower: 1, upper: 5 },
  ];
  it("increase: fail, pass, hit and miss", () => {
    expect(facets.map((l) => assuranceFor(4, l, "high"))).toEqual(["fail", "pass", "hit_and_miss"]);
  });
  it("decrease: pass, fail, hit and miss", () => {
    expect(facets.map((l) => assuranceFor(4, l, "low"))).toEqual(["pass", "fail", "hit_and_miss"]);
  });
  it("neutral, or no target: none", () => {
    expect(facets.map((l) => assuranceFor(4, l, "info"))).toEqual([null, null, null]);
    expect(facets.map((l) => assuranceFor(4, l, "range"))).toEqual([null, null, null]);
    expect(assuranceFor(null, facets[0], "high")).toBeNull();
  });
});

describe("NHSRplotthedots port: NHSRplotthedots#167 and #171 (trend colours)", () => {
  it("#167: a falling trend of eight is flagged like a rising one", () => {
    // 0..7: mean 3.5, every moving range 1, limits 3.5 ± 2.66 = 0.84 … 6.16, so the two
    // ends are outside the limits (that rule wins) and the six between are trend points
    for (const ys of [seq(0, 7), seq(0, -7)]) {
      const limits = xmrLimits(ys, { screenMovingRanges: true });
      const signals = specialCauseSignals(ys, limits.mean!, limits, 7);
      const way = Math.sign(ys[7]);
      expect(signals.map((s) => s.rule)).toEqual(["outside_limits", ...rep("trend", 6), "outside_limits"]);
      expect(signals.map((s) => s.side)).toEqual([-way, ...rep(way, 6), way]);
    }
  });

  it("#171: a falling trend above the mean is a concern when higher is better", () => {
    const ys = [10, 11, 9, 10, 11, 9, 10, 30, 29, 28, 27, 26, 25, 24, 10, 11];
    const r = spcFor(dated(ys), { polarity: "high", target: null, settings: NHSR_PLOTTHEDOTS_SETTINGS });
    const trend = r.points.slice(7, 14);
    expect(trend.every((p) => p.rule === "trend" || p.rule === "outside_limits")).toBe(true);
    expect(trend.filter((p) => p.rule === "trend").every((p) => p.special === "concern")).toBe(true);
  });
});
