import { describe, expect, it } from "vitest";
import { figuresFor, isPartialWindow, last12Figures, windowLabel, ytdCoverage, ytdFor } from "@/lib/figures";
import { formatYtd, twelveMonthLabel } from "@/lib/format";
import { indicator, input, monthly, pv } from "./helpers";

describe("partial 12-month windows", () => {
  it("count the figures the average and maximum were taken over", () => {
    // Oct 2019 … Apr 2020: seven months in the window ending April 2020
    const seven = monthly("2019-10", [44, 61, 69, 65, 82, 88, 79]);
    expect(last12Figures(seven, "2020-04")).toEqual({ average: 69.7142857143, max: 88, months: 7 });
    expect(last12Figures([pv("2020-04", null)], "2020-04")).toEqual({ average: null, max: null, months: 0 });
    expect(last12Figures(monthly("2019-01", Array.from({ length: 20 }, (_, i) => i)), "2020-04").months).toBe(12);
  });

  it("are named by what they hold", () => {
    expect(windowLabel(7, "monthly")).toBe("7-month");
    expect(windowLabel(12, "monthly")).toBe("12-month");
    expect(windowLabel(0, "monthly")).toBe("12-month");
    expect(windowLabel(3, "quarterly")).toBe("3-quarter");
    expect(windowLabel(4, "quarterly")).toBe("12-month");
    expect(windowLabel(1, "annual")).toBe("12-month");
    expect(isPartialWindow(11, "monthly")).toBe(true);
    expect(isPartialWindow(12, "monthly")).toBe(false);
  });

  it("reach the scorecard row as average12Months", () => {
    const row = figuresFor(input({ period: "2020-04", values: monthly("2019-10", [1, 2, 3, 4, 5, 6, 7]) }));
    expect(row.average12Months).toBe(7);
    expect(row.average12).toBe(4);
  });
});

describe("partial years to date", () => {
  it("say how many of the year's months they were made from", () => {
    // March 2020: the year April 2019 … March 2020 has 12 months; only Oct … Mar have figures
    const r = ytdFor({ aggregation: "sum", unit: "count", frequency: "monthly", period: "2020-03", values: monthly("2019-10", [1, 1, 1, 1, 1, 1]) });
    expect(r).toMatchObject({ ytd: 6, months: 6, expected: 12 });
    expect(ytdCoverage(r.months, r.expected, "monthly")).toBe("6 of 12 months");
  });

  it("say nothing when whole, and have no counts for point figures", () => {
    const whole = ytdFor({ aggregation: "sum", unit: "count", frequency: "monthly", period: "2020-05", values: monthly("2020-04", [3, 4]) });
    expect(whole).toMatchObject({ months: 2, expected: 2 });
    expect(ytdCoverage(whole.months, whole.expected, "monthly")).toBeNull();
    const point = ytdFor({ aggregation: "point", unit: "count", frequency: "monthly", period: "2020-05", values: monthly("2020-04", [3, 4]) });
    expect(point).toMatchObject({ months: null, expected: null });
    expect(ytdCoverage(point.months, point.expected, "monthly")).toBeNull();
  });

  it("count quarters for quarterly figures, and only periods with both parts for ratios", () => {
    const q = ytdFor({ aggregation: "sum", unit: "count", frequency: "quarterly", period: "2020-03", values: [pv("2019-12", 5), pv("2020-03", 5)] });
    expect(ytdCoverage(q.months, q.expected, "quarterly")).toBe("2 of 4 quarters");
    const ratio = ytdFor({
      aggregation: "ratio",
      unit: "percent",
      frequency: "monthly",
      period: "2020-05",
      values: [pv("2020-04", 50, { numerator: 1, denominator: 2 }), pv("2020-05", 40)],
    });
    expect(ratio).toMatchObject({ months: 1, expected: 2 });
  });

  it("reach the scorecard row as ytdMonths and ytdMonthsExpected", () => {
    const row = figuresFor(input({ indicator: indicator({ aggregation: "sum" }), period: "2020-03", values: monthly("2019-10", [1, 1, 1, 1, 1, 1]) }));
    expect(row).toMatchObject({ ytd: 6, ytdMonths: 6, ytdMonthsExpected: 12 });
  });
});

describe("partial figures on the page", () => {
  const f = { ytd: 1234, ytdNote: "partial: no figure for April 2019", ytdMonths: 6, ytdMonthsExpected: 12, average12Months: 7 };
  it("write the year to date with what it covers, and the window by what it holds", () => {
    expect(formatYtd(f, "count", 0, "monthly")).toBe("1,234 (6 of 12 months)");
    expect(formatYtd({ ...f, ytdMonths: 12 }, "count", 0, "monthly")).toBe("1,234");
    expect(formatYtd({ ...f, ytd: null, ytdNote: "no YTD for point-in-time figures" }, "count", 0, "monthly")).toBe("no YTD for point-in-time figures");
    expect(twelveMonthLabel(f, "monthly")).toBe("7-month");
  });
});
