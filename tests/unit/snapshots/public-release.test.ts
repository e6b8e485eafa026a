import { describe, expect, it } from "vitest";
import { publicRow, type PublicRowInput } from "@/lib/snapshots/public-release";

const series = (values: (number | null)[], last = "2020-06") => {
  const [y, m] = last.split("-").map(Number);
  return values.map((value, i) => {
    const back = values.length - 1 - i;
    const d = new Date(Date.UTC(y, m - 1 - back, 1));
    return { period: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`, value };
  });
};

const base = (over: Partial<PublicRowInput>): PublicRowInput => ({
  code: "X", unit: "count", aggregation: "sum", period: "2020-06", value: null, previous: null,
  changeFromPreviousPct: null, ytd: null, average12: null, max12: null, series: [], ...over,
});

describe("the public release of a row", () => {
  it("suppresses a small month, its change, and a second month so the year to date cannot give it away", () => {
    // Apr 12, May 9, Jun 3 (primary) → YTD 24 published; May (the smallest other) goes too.
    const shown = publicRow(base({ value: 3, previous: 9, changeFromPreviousPct: -66.67, ytd: 24, average12: 8, max12: 12, series: series([12, 9, 3]) }), 5);
    expect(shown.value).toBe("c");
    expect(shown.previous).toBe("c");
    expect(shown.changeFromPreviousPct).toBe("c");
    expect(shown.ytd).toBe(24);
    expect(shown.series.map((s) => s.value)).toEqual([12, "c", "c"]);
    expect(shown.average12).toBe("c");
  });

  it("shows counts above the threshold and zero as they are, with : for a missing month", () => {
    const shown = publicRow(base({ value: 40, previous: 0, ytd: 52, series: series([12, 0, 40]) }), 5);
    expect(shown.series.map((s) => s.value)).toEqual([12, 0, 40]);
    expect(shown.ytd).toBe(52);
    const gap = publicRow(base({ value: 40, series: series([null, 40]) }), 5);
    expect(gap.series[0].value).toBe(":");
  });

  it("marks YTD not applicable (z) for point-in-time figures", () => {
    const shown = publicRow(base({ aggregation: "point", value: 487, series: series([480, 487]) }), 5);
    expect(shown.ytd).toBe("z");
    expect(shown.value).toBe(487);
  });

  it("leaves percentages alone: they are not counts", () => {
    const shown = publicRow(base({ unit: "percent", aggregation: "point", value: 3, previous: 4, series: series([4, 3]) }), 5);
    expect(shown.value).toBe(3);
    expect(shown.previous).toBe(4);
  });

  it("follows the authority's threshold", () => {
    const shown = publicRow(base({ value: 7, series: series([20, 7]), ytd: 27 }), 10);
    expect(shown.value).toBe("c");
    expect(publicRow(base({ value: 7, series: series([20, 7]), ytd: 27 }), 5).value).toBe(7);
  });
});
