import { describe, expect, it } from "vitest";
import { draftFromFigures, type DraftFigures } from "@/lib/commentary/draft-template";

const base: DraftFigures = {
  title: "Single assessments completed within 45 working days",
  period: "2020-04",
  unit: "percent",
  decimals: 0,
  polarity: "high",
  value: 79,
  previous: 88,
  previousPeriod: "2020-03",
  changeFromPreviousPct: -10.23,
  benchmarks: { sn_average: 76, england: 81 },
  target: null,
};

describe("Start from the figures", () => {
  it("writes the worked example for a fall in a higher-is-better percentage", () => {
    expect(draftFromFigures(base)).toBe(
      "Single assessments completed within 45 working days: 79% in April 2020, down from 88% in March. " +
        "This is a deterioration (higher is better). " +
        "This is above the statistical neighbour average of 76% and below England (81%).",
    );
  });

  it("calls a rise in a higher-is-better figure an improvement", () => {
    expect(draftFromFigures({ ...base, value: 90 })).toContain("up from 88% in March. This is an improvement (higher is better).");
  });

  it("calls a fall in a lower-is-better figure an improvement", () => {
    const text = draftFromFigures({ ...base, polarity: "low", value: 3, previous: 6, benchmarks: {} });
    expect(text).toBe("Single assessments completed within 45 working days: 3% in April 2020, down from 6% in March. This is an improvement (lower is better).");
  });

  it("calls a rise in a lower-is-better figure a deterioration", () => {
    expect(draftFromFigures({ ...base, polarity: "low", value: 9, previous: 6, benchmarks: {} })).toContain("This is a deterioration (lower is better).");
  });

  it.each(["info", "range"] as const)("makes no judgement for %s indicators", (polarity) => {
    const text = draftFromFigures({ ...base, polarity, benchmarks: {} });
    expect(text).not.toMatch(/improvement|deterioration/);
  });

  it("says 'the same as' when the figure has not moved", () => {
    expect(draftFromFigures({ ...base, value: 88, benchmarks: {} })).toBe(
      "Single assessments completed within 45 working days: 88% in April 2020, the same as 88% in March.",
    );
  });

  it.each([
    ["count", 1147, 1198, "1,147 in April 2020, down from 1,198 in March"],
    ["rate_per_10k", 412.3, 400.1, "412.3 per 10,000 children in April 2020, up from 400.1 per 10,000 children in March"],
    ["days", 380, 382, "380 days in April 2020, down from 382 days in March"],
    ["number", 16.7, 17.2, "16.7 in April 2020, down from 17.2 in March"],
  ] as const)("writes %s figures in their unit", (unit, value, previous, expected) => {
    const decimals = unit === "count" || unit === "days" ? 0 : 1;
    expect(draftFromFigures({ ...base, unit, value, previous, decimals, polarity: "info", benchmarks: {} })).toContain(expected);
  });

  it("names the year of a previous month in another year", () => {
    expect(draftFromFigures({ ...base, period: "2020-01", previousPeriod: "2019-12", benchmarks: {} })).toContain("from 88% in December 2019");
  });

  it("says when there is no figure for the month", () => {
    expect(draftFromFigures({ ...base, value: null })).toBe(
      "No figure has been loaded for single assessments completed within 45 working days for April 2020.",
    );
  });

  it("keeps capitals of an acronym title when saying there is no figure", () => {
    expect(draftFromFigures({ ...base, title: "CIN referrals", value: null })).toBe("No figure has been loaded for CIN referrals for April 2020.");
  });

  it("says when there is no previous figure to compare with", () => {
    expect(draftFromFigures({ ...base, previous: null, benchmarks: {} })).toBe(
      "Single assessments completed within 45 working days: 79% in April 2020. There is no figure for March 2020 to compare with.",
    );
  });

  it("groups benchmarks on the same side and says 'in line with' when equal", () => {
    expect(draftFromFigures({ ...base, benchmarks: { sn_average: 70, england: 75, region: 79 } })).toContain(
      "This is above the statistical neighbour average of 70% and England (75%) and in line with the regional average (79%).",
    );
  });

  it("compares with the target by polarity", () => {
    expect(draftFromFigures({ ...base, benchmarks: {}, target: 85 })).toContain("This is below the target of 85%, missing it.");
    expect(draftFromFigures({ ...base, benchmarks: {}, target: 75 })).toContain("This is above the target of 75%, meeting it.");
    expect(draftFromFigures({ ...base, polarity: "low", benchmarks: {}, target: 85 })).toContain("below the target of 85%, meeting it.");
    expect(draftFromFigures({ ...base, benchmarks: {}, target: 79 })).toContain("This meets the target of 79%.");
    expect(draftFromFigures({ ...base, polarity: "info", benchmarks: {}, target: 85 })).toContain("This is below the target of 85%.");
  });

  it("is deterministic", () => {
    expect(draftFromFigures(base)).toBe(draftFromFigures({ ...base }));
  });
});
