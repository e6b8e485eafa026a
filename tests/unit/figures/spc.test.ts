import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_SPC_SETTINGS,
  MIN_POINTS_FOR_XMR,
  NHSR_PLOTTHEDOTS_SETTINGS,
  SPC_RULE_VERSION,
  addMonths,
  assuranceFor,
  spcFor,
  xmrLimits,
  type Polarity,
  type SpcSettings,
} from "@/lib/figures";

const dated = (ys: number[], start = "2019-04") => ys.map((value, i) => ({ period: addMonths(start, i), value }));
const run = (ys: number[], polarity: Polarity = "high", settings: SpcSettings = DEFAULT_SPC_SETTINGS, target: number | null = null) =>
  spcFor(dated(ys), { polarity, target, settings });

describe("XmR by hand", () => {
  it("computes mean, moving ranges and limits as docs/domain.md states", () => {
    // 13 points: 10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 10, 12, 11
    // mean = 148 / 13 = 11.384615…
    // moving ranges: 2, 1, 2, 1, 2, 1, 1, 1, 2, 1, 2, 1 → 17 / 12 = 1.416666…
    // limits = 11.384615 ± 2.66 × 1.416666 = 11.384615 ± 3.768333 → 7.616282 … 15.152949
    // two-sigma = 11.384615 ± (2/3 × 2.66) × 1.416666 = ± 2.512222 → 8.872393 … 13.896838
    const r = run([10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 10, 12, 11]);
    expect(r.kind).toBe("xmr");
    expect(r.mean).toBeCloseTo(11.384615, 6);
    expect(r.upper).toBeCloseTo(15.152949, 6);
    expect(r.lower).toBeCloseTo(7.616282, 6);
    expect(r.upperTwoSigma).toBeCloseTo(13.896838, 6);
    expect(r.lowerTwoSigma).toBeCloseTo(8.872393, 6);
    expect(r.variation).toBe("common_cause");
    expect(r.ruleVersion).toBe(SPC_RULE_VERSION);
    expect(r.runLength).toBe(6);
    expect(r.screenMovingRanges).toBe(false);
  });
});

describe("run chart under 13 points", () => {
  it("says so, has no limits and no assurance", () => {
    const r = run([5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 6, 5], "high", DEFAULT_SPC_SETTINGS, 4);
    expect(MIN_POINTS_FOR_XMR).toBe(13);
    expect(r.kind).toBe("run");
    expect(r.mean).toBeCloseTo(69 / 12, 12);
    expect([r.upper, r.lower, r.upperTwoSigma, r.lowerTwoSigma]).toEqual([null, null, null, null]);
    expect(r.assurance).toBeNull();
    expect(r.variation).toBe("common_cause");
  });

  it("still reads shifts and trends, but never limits", () => {
    // a rising run of six at the end (default N = 6)
    const r = run([5, 5, 5, 5, 5, 5, 1, 2, 3, 4, 5, 6]);
    expect(r.kind).toBe("run");
    expect(r.points.slice(6).map((p) => p.rule)).toEqual(["trend", "trend", "trend", "trend", "trend", "trend"]);
    expect(r.variation).toBe("improvement");
    // a huge last point is not "outside the limits" on a run chart
    const spike = run([5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 100]);
    expect(spike.points.at(-1)!.rule).toBeNull();
  });

  it("becomes an XmR chart at the 13th point", () => {
    const r = run([5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 100]);
    expect(r.kind).toBe("xmr");
    expect(r.points.at(-1)).toMatchObject({ rule: "outside_limits", special: "improvement" });
  });

  it("is empty with no points", () => {
    const r = run([]);
    expect(r).toMatchObject({ kind: "run", mean: null, upper: null, points: [], variation: null, assurance: null });
  });
});

describe("settings", () => {
  // 14 points alternating 12, 10 (mean 11), ending below the mean
  const base = [12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10];

  it("defaults to N = 6: six points above the mean are a shift, five are not", () => {
    // base + six 13s: mean = (154 + 78) / 20 = 11.6; mR = 2 ×13, 3, 0 ×5 → 29 / 19 = 1.526;
    // upper two-sigma = 11.6 + 1.7733 × 1.526 = 14.31, so the 13s are only "above the mean"
    const six = run([...base, 13, 13, 13, 13, 13, 13]);
    expect(six.points.slice(-6).map((p) => p.rule)).toEqual(Array(6).fill("shift"));
    expect(six.points.slice(-6).every((p) => p.special === "improvement")).toBe(true);
    expect(six.points[13].rule).toBeNull();
    // five above, then one below: no shift
    const five = run([...base, 13, 13, 13, 13, 13, 10]);
    expect(five.points.every((p) => p.rule === null)).toBe(true);
  });

  it("N = 7 needs seven", () => {
    const seven = { runLength: 7, screenMovingRanges: false };
    expect(run([...base, 13, 13, 13, 13, 13, 13], "high", seven).points.every((p) => p.rule === null)).toBe(true);
    expect(run([...base, 13, 13, 13, 13, 13, 13, 13], "high", seven).points.slice(-7).map((p) => p.rule)).toEqual(Array(7).fill("shift"));
  });

  it("a point on the mean breaks a shift", () => {
    // seven points above the mean but for one sitting exactly on it (12, 12, 12, 11, 12, 12, 12)
    const ys = [...base, 12, 12, 12, 11, 12, 12, 12, 10, 10, 10, 10, 10, 10];
    // mean = (154 + 72 + 11 + 60) / 27 = 297 / 27 = 11: the 11 sits on the mean
    const r = run(ys);
    expect(r.mean).toBe(11);
    expect(r.points.slice(14, 21).some((p) => p.rule === "shift")).toBe(false);
    expect(r.points.slice(21).map((p) => p.rule)).toEqual(Array(6).fill("shift"));
    // the same with 12 in place of the 11 is a shift of seven
    const without = run([...base, 12, 12, 12, 12, 12, 12, 12, 10, 10, 10, 10, 10, 10]);
    expect(without.points.slice(14, 21).map((p) => p.rule)).toEqual(Array(7).fill("shift"));
  });

  it("records the run length and screening used, falling back to 6 for a nonsense run length", () => {
    const r = run(base, "high", NHSR_PLOTTHEDOTS_SETTINGS);
    expect([r.runLength, r.screenMovingRanges]).toEqual([7, true]);
    expect(run(base, "high", { runLength: 0, screenMovingRanges: false }).runLength).toBe(6);
    expect(run(base, "high", { runLength: 6.5, screenMovingRanges: false }).runLength).toBe(6);
  });

  it("screening leaves out moving ranges of 3.267 × the mean or more before the limits are set", () => {
    // mR: 1 ×12 and one of 40 (from the spike and back: 40, 40)
    const ys = [10, 11, 10, 11, 10, 11, 50, 11, 10, 11, 10, 11, 10, 11];
    const open = xmrLimits(ys, { screenMovingRanges: false });
    const screened = xmrLimits(ys, { screenMovingRanges: true });
    // unscreened mean mR = (11 × 1 + 39 + 39) / 13 = 89 / 13 = 6.846…; 3.267 × 6.846 = 22.37: both 39s go
    expect(open.meanMovingRange).toBeCloseTo(89 / 13, 12);
    expect(screened.screenedOut).toBe(2);
    expect(screened.meanMovingRange).toBe(1);
    expect(run(ys, "high", { runLength: 6, screenMovingRanges: true }).points[6].rule).toBe("outside_limits");
  });

  it("a fixed baseline sets mean and limits from the first N points only", () => {
    // 12 stable points around 10, then a step up to 20: with the baseline fixed the step is a signal
    const ys = [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 20, 21, 19, 20, 21, 19, 20];
    const fixed = run(ys, "low", { runLength: 6, screenMovingRanges: false, baselinePoints: 12 });
    expect(fixed.baselinePoints).toBe(12);
    expect(fixed.mean).toBe(10);
    expect(fixed.points.slice(12).every((p) => p.special === "concern")).toBe(true);
    const all = run(ys, "low");
    expect(all.baselinePoints).toBeNull();
    expect(all.mean).toBeCloseTo(260 / 19, 12); // (120 + 140) / 19
  });
});

describe("variation and assurance", () => {
  const stable = [10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 10, 12, 11];

  it("reads the latest point by polarity: improvement, concern, neither", () => {
    expect(run([...stable, 30], "high").variation).toBe("improvement");
    expect(run([...stable, 30], "low").variation).toBe("concern");
    expect(run([...stable, 30], "info").variation).toBe("neither");
    expect(run([...stable, 30], "range").variation).toBe("neither");
    expect(run([...stable, 0], "high").variation).toBe("concern");
  });

  it("assurance: target against the limits, edges inclusive as docs/domain.md writes them", () => {
    const limits = { lower: 7.5, upper: 15 };
    expect(assuranceFor(7.5, limits, "high")).toBe("pass"); // target ≤ lower
    expect(assuranceFor(7, limits, "high")).toBe("pass");
    expect(assuranceFor(15, limits, "high")).toBe("fail"); // target ≥ upper
    expect(assuranceFor(11, limits, "high")).toBe("hit_and_miss");
    expect(assuranceFor(15, limits, "low")).toBe("pass");
    expect(assuranceFor(7.5, limits, "low")).toBe("fail");
    expect(assuranceFor(11, limits, "low")).toBe("hit_and_miss");
    expect(assuranceFor(11, limits, "info")).toBeNull();
    expect(assuranceFor(null, limits, "high")).toBeNull();
    expect(assuranceFor(11, { lower: null, upper: null }, "high")).toBeNull();
  });

  it("a constant series on its target consistently passes", () => {
    const r = run(Array(15).fill(94), "high", DEFAULT_SPC_SETTINGS, 94);
    expect([r.lower, r.upper]).toEqual([94, 94]);
    expect(r.assurance).toBe("pass");
  });

  it("carries assurance on the chart", () => {
    // LAC1-style (low is better) with limits well below a target of 600
    expect(run(stable.map((x) => x + 480), "low", DEFAULT_SPC_SETTINGS, 600).assurance).toBe("pass");
    expect(run(stable.map((x) => x + 480), "low", DEFAULT_SPC_SETTINGS, 420).assurance).toBe("fail");
  });
});

describe("input handling", () => {
  it("sorts points by period and drops non-finite values", () => {
    const r = spcFor(
      [
        { period: "2020-03", value: 3 },
        { period: "2020-01", value: 1 },
        { period: "2020-02", value: Number.NaN },
      ],
      { polarity: "high", target: null, settings: DEFAULT_SPC_SETTINGS },
    );
    expect(r.points.map((p) => p.period)).toEqual(["2020-01", "2020-03"]);
    expect(r.mean).toBe(2);
  });
});

describe("SPC properties", () => {
  const settings = fc.record({
    runLength: fc.integer({ min: 6, max: 8 }),
    screenMovingRanges: fc.boolean(),
    baselinePoints: fc.option(fc.integer({ min: 2, max: 30 }), { nil: null }),
  });
  const pol = fc.constantFrom<Polarity>("high", "low", "info", "range");

  it("limits are symmetric about the mean, two-sigma inside three-sigma", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 13, maxLength: 60 }), settings, pol, (ys, s, p) => {
        const r = run(ys, p, s);
        if (r.upper === null) return r.lower === null && r.upperTwoSigma === null && r.lowerTwoSigma === null;
        const tol = 1e-9 * Math.max(1, Math.abs(r.mean!), r.upper - r.mean!);
        return (
          Math.abs(r.upper - r.mean! - (r.mean! - r.lower!)) <= tol &&
          Math.abs(r.upperTwoSigma! - r.mean! - (r.mean! - r.lowerTwoSigma!)) <= tol &&
          r.lower! <= r.lowerTwoSigma! &&
          r.upperTwoSigma! <= r.upper
        );
      }),
    );
  });

  it("a constant series has no special cause, whatever the settings", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 60 }), settings, pol, (c, n, s, p) => {
        const r = run(Array(n).fill(c), p, s);
        return r.points.every((pt) => pt.special === null && pt.rule === null) && r.variation === "common_cause";
      }),
    );
  });

  it("every point gets a reading and the latest one is the variation", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }), settings, pol, (ys, s, p) => {
        const r = run(ys, p, s);
        const last = r.points.at(-1)!.special;
        return r.points.length === ys.length && r.variation === (last ?? "common_cause");
      }),
    );
  });
});
