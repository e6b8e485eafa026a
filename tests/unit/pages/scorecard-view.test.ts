import { describe, expect, it } from "vitest";
import type { ScorecardRow } from "@/lib/queries/scorecard";
import {
  DEFAULT_VIEW,
  filterRows,
  isNewRed,
  layoutFor,
  parseScorecardView,
  significantChanges,
  sortRows,
  spcSide,
  viewQuery,
} from "@/lib/views/scorecard-view";

function row(overrides: Partial<ScorecardRow> & { code: string }): ScorecardRow {
  return {
    id: overrides.code.length,
    title: `Indicator ${overrides.code}`,
    service: "cp",
    polarity: "high",
    unit: "percent",
    aggregation: "ratio",
    decimals: 1,
    frequency: "monthly",
    bands: { greenMin: 90, greenMax: null, amberMin: 80, amberMax: null },
    bandsIllustrative: false,
    councilPlan: false,
    owner: null,
    reporter: null,
    commentary: null,
    value: null,
    previous: null,
    previousPeriod: "2020-03",
    changeFromPreviousPct: null,
    changeFromPreviousPoints: null,
    lastYear: null,
    lastYearPeriod: "2019-04",
    changeFromLastYearPct: null,
    changeFromLastYearPoints: null,
    direction: null,
    judgement: null,
    rag: null,
    ytd: null,
    ytdNote: null,
    average12: null,
    max12: null,
    outturns: {},
    benchmarks: {},
    benchmarkComparisons: [],
    target: null,
    distanceToTarget: null,
    ratePer10k: null,
    ratePopulationYear: null,
    revised: false,
    series: [],
    spc: {
      kind: "run",
      runLength: 6,
      screenMovingRanges: false,
      ruleVersion: "x",
      baselinePoints: null,
      mean: null,
      upper: null,
      lower: null,
      upperTwoSigma: null,
      lowerTwoSigma: null,
      points: [],
      variation: null,
      assurance: null,
    },
    ...overrides,
  } as ScorecardRow;
}

describe("reading the view from the URL", () => {
  it("takes defaults when nothing is given", () => {
    expect(parseScorecardView({})).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it("keeps good parameters and names each bad one", () => {
    const { view, problems } = parseScorecardView({ rag: "red", sort: "drop table", months: "12", dir: ["desc", "asc"] });
    expect(view).toMatchObject({ rag: "red", sort: "position", months: 12, dir: "desc" });
    expect(problems).toEqual([expect.stringMatching(/^"drop table" is not a choice for sort; use one of: position, code/)]);
  });

  it("writes a short query string that reads back to the same view", () => {
    const view = { ...DEFAULT_VIEW, rag: "amber" as const, sort: "change" as const, dir: "desc" as const };
    const query = viewQuery(view);
    expect(query).toBe("?rag=amber&sort=change&dir=desc");
    expect(parseScorecardView(Object.fromEntries(new URLSearchParams(query))).view).toEqual(view);
    expect(viewQuery(DEFAULT_VIEW)).toBe("");
  });
});

describe("choosing table or cards", () => {
  it("leaves the choice to the screen's width unless the URL says which", () => {
    expect(layoutFor(DEFAULT_VIEW)).toBe("by-width");
    expect(layoutFor({ ...DEFAULT_VIEW, layout: "table" })).toBe("table");
    expect(layoutFor({ ...DEFAULT_VIEW, layout: "cards" })).toBe("cards");
  });
});

describe("filtering and sorting", () => {
  const rows = [
    row({ code: "A", rag: "green", judgement: "better", value: 95, changeFromPreviousPct: 2, changeFromPreviousPoints: 1.9, councilPlan: true }),
    row({ code: "BB", rag: "red", judgement: "worse", value: 70, changeFromPreviousPct: -10, changeFromPreviousPoints: -7.8 }),
    row({ code: "CCC", rag: null, judgement: null, value: null, changeFromPreviousPct: null, changeFromPreviousPoints: null }),
    row({ code: "DDDD", rag: "amber", judgement: "worse", value: 85, changeFromPreviousPct: -1, changeFromPreviousPoints: -0.9 }),
  ];

  it("filters by RAG, judgement and council plan", () => {
    expect(filterRows(rows, { ...DEFAULT_VIEW, rag: "none" }).map((r) => r.code)).toEqual(["CCC"]);
    expect(filterRows(rows, { ...DEFAULT_VIEW, judgement: "worse" }).map((r) => r.code)).toEqual(["BB", "DDDD"]);
    expect(filterRows(rows, { ...DEFAULT_VIEW, plan: "yes" }).map((r) => r.code)).toEqual(["A"]);
  });

  it("sorts either way with rows that have no figure always last", () => {
    expect(sortRows(rows, { ...DEFAULT_VIEW, sort: "change" }).map((r) => r.code)).toEqual(["BB", "DDDD", "A", "CCC"]);
    expect(sortRows(rows, { ...DEFAULT_VIEW, sort: "change", dir: "desc" }).map((r) => r.code)).toEqual(["A", "DDDD", "BB", "CCC"]);
    expect(sortRows(rows, { ...DEFAULT_VIEW, sort: "rag" }).map((r) => r.code)).toEqual(["BB", "DDDD", "A", "CCC"]);
    expect(sortRows(rows, DEFAULT_VIEW).map((r) => r.code)).toEqual(["A", "BB", "CCC", "DDDD"]);
  });
});

describe("significant changes", () => {
  const series = (values: (number | null)[]) =>
    values.map((value, i) => ({ period: `2020-0${i + 1}`, value }));

  it("lists a row whose RAG moved, with last month's RAG from the same bands", () => {
    // March 92 (green), April 85 (amber); February 91 → March 92 was better, April worse
    const r = row({ code: "X", value: 85, previous: 92, previousPeriod: "2020-03", rag: "amber", judgement: "worse", series: series([null, 91, 92, 85]) });
    const changes = significantChanges([r]);
    expect(changes).toEqual([
      expect.objectContaining({ code: "X", ragBefore: "green", ragNow: "amber", judgementBefore: "better", judgementNow: "worse", ragChanged: true, judgementChanged: true }),
    ]);
    expect(isNewRed(r)).toBe(false);
  });

  it("leaves out rows that stayed the same or have no reading to compare", () => {
    const same = row({ code: "S", value: 95, previous: 96, previousPeriod: "2020-03", rag: "green", judgement: "worse", series: series([null, 97, 96, 95]) });
    const fresh = row({ code: "F", value: 50, previous: null, rag: "red", judgement: null, series: series([null, null, null, 50]) });
    expect(significantChanges([same, fresh])).toEqual([]);
    expect(isNewRed(fresh)).toBe(true);
  });

  it("says whether the latest SPC point is high or low", () => {
    const r = row({ code: "Q" });
    expect(spcSide({ ...r.spc, mean: 10, points: [{ period: "2020-04", value: 12, special: null, rule: null }] })).toBe("high");
    expect(spcSide({ ...r.spc, mean: 10, points: [{ period: "2020-04", value: 8, special: null, rule: null }] })).toBe("low");
    expect(spcSide(r.spc)).toBeNull();
  });
});
