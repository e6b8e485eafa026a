// THE CHANGE RULE (lib/figures/change.ts): percentages and rates change in
// points, counts in relative %, and both numbers are kept, labelled.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { changeMeasureFor, changeOf, figuresFor, headlineChange, pointsChange } from "@/lib/figures";
import { formatChange, formatChangeLabelled, formatPoints } from "@/lib/format";

describe("points versus relative change", () => {
  it.each([
    { unit: "percent", measure: "points" }, { unit: "rate_per_10k", measure: "points" },
    { unit: "count", measure: "relative" }, { unit: "days", measure: "relative" }, { unit: "number", measure: "relative" },
  ] as const)("headlines percentages and rates in points, everything else as a relative %: $unit in $measure", ({ unit, measure }) => {
    expect(changeMeasureFor(unit)).toBe(measure);
  });

  it("M6-QL 3% → 4% is +1.0 pt, not +33%; the relative change is kept beside it", () => {
    const c = changeOf(4, 3, "percent");
    expect(c).toEqual({ measure: "points", points: 1, relativePct: 33.33, headline: 1 });
    expect(formatChange({ unit: "percent", points: c.points, relativePct: c.relativePct })).toBe("+1.0 pt");
    expect(formatChangeLabelled({ unit: "percent", points: c.points, relativePct: c.relativePct })).toBe(
      "+1.0 percentage points; relative change +33%",
    );
  });

  it("LAC7-QL 25% → 21% is −4.0 pt, which the commentary calls a fall of 16%", () => {
    const c = changeOf(21, 25, "percent");
    expect(c.points).toBe(-4);
    expect(c.relativePct).toBe(-16);
    expect(formatChange({ unit: "percent", points: c.points, relativePct: c.relativePct })).toBe("−4.0 pt");
  });

  it("counts keep the relative %: M1 contacts 1198 → 1147 is −4%", () => {
    const c = changeOf(1147, 1198, "count");
    expect(c).toEqual({ measure: "relative", points: null, relativePct: -4.26, headline: -4.26 });
    expect(formatChange({ unit: "count", points: c.points, relativePct: c.relativePct })).toBe("−4%");
    expect(formatChangeLabelled({ unit: "count", points: c.points, relativePct: c.relativePct })).toBe("relative change −4%");
  });

  it("a rate per 10,000 moves per 10,000, never in percentage points: 61 → 56 is −5.0 per 10,000", () => {
    const c = changeOf(56, 61, "rate_per_10k");
    expect(c.points).toBe(-5);
    expect(formatChange({ unit: "rate_per_10k", points: c.points, relativePct: c.relativePct })).toBe("−5.0 per 10,000");
    expect(formatChangeLabelled({ unit: "rate_per_10k", points: c.points, relativePct: c.relativePct })).toBe(
      "−5.0 per 10,000 children; relative change −8%",
    );
  });

  it("points exist from a zero start, where the relative change does not", () => {
    const c = changeOf(5, 0, "percent");
    expect(c.points).toBe(5);
    expect(c.relativePct).toBeNull();
    expect(formatChange({ unit: "percent", points: c.points, relativePct: c.relativePct })).toBe("+5.0 pt");
  });

  it("is n/a when a figure is missing, never 0, NaN or Infinity", () => {
    expect(changeOf(null, 5, "percent")).toEqual({ measure: "points", points: null, relativePct: null, headline: null });
    expect(pointsChange(5, null)).toBeNull();
    expect(formatPoints(null)).toBe("n/a");
    expect(formatChange({ unit: "percent", points: null, relativePct: null })).toBe("n/a");
    expect(formatChangeLabelled({ unit: "percent", points: null, relativePct: null })).toBe("n/a; relative change n/a");
  });

  it("has no binary noise and never a signed zero", () => {
    expect(pointsChange(81.3, 94)).toBe(-12.7);
    expect(formatPoints(0)).toBe("0.0 pt");
    expect(formatPoints(-0.01)).toBe("0.0 pt");
    expect(formatPoints(0.05)).toBe("+0.1 pt");
  });

  it("the headline picks points or relative by unit", () => {
    expect(headlineChange("percent", 1, 33.33)).toBe(1);
    expect(headlineChange("count", null, -4.26)).toBe(-4.26);
    expect(headlineChange("percent", undefined, 5)).toBeNull();
  });

  it("figuresFor gives both for a percentage and only the relative % for a count", () => {
    const base = {
      period: "2020-04",
      outturns: [],
      benchmarks: [],
      population: {},
      spc: { runLength: 6, screenMovingRanges: false },
      values: [
        { period: "2020-03", value: 3, numerator: null, denominator: null, revised: false },
        { period: "2020-04", value: 4, numerator: null, denominator: null, revised: false },
        { period: "2019-04", value: 6, numerator: null, denominator: null, revised: false },
      ],
    };
    const bands = { greenMin: null, greenMax: null, amberMin: null, amberMax: null };
    const def = { code: "X", polarity: "low", aggregation: "point", decimals: 0, frequency: "monthly", bands, target: null } as const;
    const pct = figuresFor({ ...base, indicator: { ...def, unit: "percent" } });
    expect(pct.changeFromPreviousPoints).toBe(1);
    expect(pct.changeFromPreviousPct).toBe(33.33);
    expect(pct.changeFromLastYearPoints).toBe(-2);
    expect(pct.changeFromLastYearPct).toBe(-33.33);
    const count = figuresFor({ ...base, indicator: { ...def, unit: "count" } });
    expect(count.changeFromPreviousPoints).toBeNull();
    expect(count.changeFromPreviousPct).toBe(33.33);
  });

  it("points are exactly now − before, finite for any finite pair (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }), (a, b) => {
        const p = pointsChange(a, b);
        return p !== null && Number.isFinite(p) && Math.abs(p - (a - b)) <= 1e-6 * Math.max(1, Math.abs(a - b));
      }),
    );
  });
});

describe("the brief form for a narrow column", () => {
  it("keeps both numbers, labelled", async () => {
    const { formatChangeBrief } = await import("@/lib/format");
    expect(formatChangeBrief({ unit: "percent", points: -3, relativePct: -50 })).toBe("−3.0 pt (−50% relative)");
    expect(formatChangeBrief({ unit: "count", points: null, relativePct: -41.18 })).toBe("−41%");
  });
});
