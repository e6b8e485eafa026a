import { describe, expect, it } from "vitest";
import { contextSentences, highlightContext, type ContextFacts } from "@/lib/commentary/context-sentences";

const lac: ContextFacts = {
  period: "2021-09",
  unit: "count",
  decimals: 0,
  frequency: "monthly",
  value: 500.5,
  lastYear: 702,
  lastYearPeriod: "2020-09",
  changeFromLastYearPct: -28.7037,
  changeFromLastYearPoints: null,
  history: [
    { period: "2020-09", value: 702 },
    { period: "2021-03", value: 480 },
    { period: "2021-07", value: 490 },
    { period: "2021-08", value: 495 },
    { period: "2021-09", value: 500.5 },
  ],
  benchmarks: { region: 430 },
  benchmarksYearEarlier: { region: 440 },
  bands: { greenMin: null, greenMax: 520, amberMin: 521, amberMax: 600 },
  rag: "green",
};

describe("context sentences", () => {
  it("says the change over 12 months, the distance from the peak and trough, the gap and the run", () => {
    expect(contextSentences(lac)).toEqual([
      "Over 12 months: down 28.7% from 702 in September 2020.",
      "A 28.7% reduction since the peak of 702 in September 2020.",
      "A 4.3% increase since the low of 480 in March 2021.",
      "The gap to the regional average has narrowed from 262 to 71 over 12 months.",
      "It has been within the green band (520 or less) for 3 consecutive months.",
    ]);
  });

  it("words percentages in points", () => {
    const pct: ContextFacts = {
      ...lac,
      unit: "percent",
      decimals: 1,
      value: 62,
      lastYear: 70,
      changeFromLastYearPoints: -8,
      history: [{ period: "2021-01", value: 71 }, { period: "2021-09", value: 62 }],
      benchmarks: {},
      rag: "red",
    };
    expect(contextSentences(pct)).toEqual(["Over 12 months: down 8.0 points from 70.0% in September 2020.", "Down 9.0 points since the peak of 71.0% in January 2021."]);
  });

  it("says the gap crossing a comparator", () => {
    expect(contextSentences({ ...lac, benchmarks: { sn_average: 510 }, benchmarksYearEarlier: { sn_average: 650 } })).toContain(
      "Over 12 months the figure has moved from 52 above the statistical neighbour average to 10 below it.",
    );
  });

  it("carries one extreme into a paper's highlight, and nothing without a figure", () => {
    expect(highlightContext(lac).filter((s) => s.includes("since the"))).toEqual(["A 28.7% reduction since the peak of 702 in September 2020."]);
    expect(contextSentences({ ...lac, value: null, history: [] })).toEqual([]);
  });
});
