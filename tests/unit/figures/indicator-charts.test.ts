import { describe, expect, it } from "vitest";
import { outturnChart, SPC_CHART_POINTS, spcChartView, trendChart } from "@/lib/views/indicator-charts";
import type { SpcResult } from "@/lib/figures/types";

const months = [
  { period: "2020-02", value: 10 },
  { period: "2020-03", value: null },
  { period: "2020-04", value: 12.5 },
];

describe("the month-by-month chart", () => {
  it("draws the figure, the target and the comparators loaded, and tables the same figures ('n/a' for a gap)", () => {
    const chart = trendChart({ months, figures: { target: 11, benchmarks: { region: 9, england: 8 } }, unit: "percent", decimals: 1 });
    // Comparators in a fixed order (England, SN average, Region), whatever order they were loaded in.
    expect(chart.categories).toEqual(["Value", "Target", "England", "Region"]);
    expect(chart.comparators).toEqual(["England", "Region"]);
    expect(chart.data[0]).toEqual({ month: "Feb 20", Value: 10, Target: 11, England: 8, Region: 9 });
    expect(chart.table.headers).toEqual(["Month", "Value", "Target", "England", "Region"]);
    expect(chart.table.rows[1]).toEqual([chart.data[1].month, "n/a", "11.0%", "8.0%", "9.0%"]);
    expect(chart.table.rows).toHaveLength(3);
  });

  it("has no target line when there is no target, and no comparators when none are loaded", () => {
    const chart = trendChart({ months, figures: { target: null, benchmarks: {} }, unit: "count", decimals: 0 });
    expect(chart.categories).toEqual(["Value"]);
    expect(chart.data[2]).toEqual({ month: chart.data[2].month, Value: 12.5 });
  });
});

const spc = (over: Partial<SpcResult>): SpcResult => ({
  kind: "xmr", runLength: 7, screenMovingRanges: false, ruleVersion: "NHSE-SPC-SQL-2.6", baselinePoints: null,
  mean: 10, upper: 14, lower: 6, upperTwoSigma: 12.7, lowerTwoSigma: 7.3,
  points: [], variation: "concern", assurance: "hit_and_miss", ...over,
});

describe("the SPC chart", () => {
  it("says what kind of chart it is, its rules and the latest reading, in words", () => {
    const view = spcChartView({ spc: spc({ points: [{ period: "2020-04", value: 15, special: "concern", rule: "outside_limits" }], baselinePoints: 12, screenMovingRanges: true }), unit: "count", decimals: 0 });
    expect(view.summary).toBe(
      "XmR chart of 1 points: mean 10, process limits 6 to 14. Rules: NHSE-SPC-SQL-2.6, runs of 7, large moving ranges screened out, baseline the first 12 points. " +
        "Latest reading: Special cause: concern; Hit and miss against the target.",
    );
    expect(view.table).toEqual({ headers: ["Month", "Figure", "Reading"], rows: [["April 2020", "15", "Special cause: concern (outside a process limit)"]] });
  });

  it("is a run chart below 13 points, and draws at most the last three years while tabling every point", () => {
    const run = spcChartView({ spc: spc({ kind: "run", variation: null, assurance: null }), unit: "count", decimals: 0 });
    expect(run.summary).toMatch(/^Run chart: 0 points, fewer than the 13 an XmR chart needs/);
    expect(run.summary).toMatch(/Latest reading: none\.$/);
    const points = Array.from({ length: 40 }, (_, i) => ({ period: `20${17 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, value: i, special: null, rule: null }));
    const long = spcChartView({ spc: spc({ points }), unit: "count", decimals: 0 });
    expect(long.points).toHaveLength(SPC_CHART_POINTS);
    expect(long.points[0]).toMatchObject({ period: points[4].period, value: 4 });
    expect(long.table.rows).toHaveLength(40);
    expect(long.table.rows[0][2]).toBe("Common cause");
  });
});

describe("the outturn chart", () => {
  it("has a bar and a table row per year", () => {
    const chart = outturnChart({ outturns: [{ year: "2018-19", value: 41.25 }], unit: "percent", decimals: 1 });
    expect(chart.data).toEqual([{ year: "2018-19", Outturn: 41.25 }]);
    expect(chart.table.rows).toEqual([["2018-19", "41.3%"]]);
  });
});
