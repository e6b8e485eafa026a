import { describe, expect, it } from "vitest";
import { countStem, publicRow, publicRows, publicSurvey, type PublicRowInput } from "@/lib/snapshots/public-release";

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

describe("everything worked out from a suppressed count is suppressed with it", () => {
  it("takes direction, judgement and RAG with the month they are read from", () => {
    const shown = publicRow(base({ value: 3, previous: 9, direction: "down", judgement: "better", rag: "green", series: series([12, 9, 3]), ytd: 24 }), 5);
    expect([shown.direction, shown.judgement, shown.rag]).toEqual(["c", "c", "c"]);
    const big = publicRow(base({ value: 30, previous: 90, direction: "down", judgement: "better", rag: "green", series: series([120, 90, 30]), ytd: 240 }), 5);
    expect([big.direction, big.judgement, big.rag]).toEqual(["down", "better", "green"]);
  });

  it("suppresses a percentage in the months its paired count is suppressed, and its change", () => {
    const rows = publicRows(
      [
        base({ code: "CP5-QL (val)", value: 4, previous: 13, series: series([13, 4], "2020-04"), period: "2020-04", ytd: 4 }),
        base({ code: "CP5-QL", unit: "percent", aggregation: "point", value: 16, previous: 28, changeFromPreviousPct: -42.9, direction: "down", judgement: "better", series: series([28, 16], "2020-04"), period: "2020-04" }),
        base({ code: "M1", unit: "percent", aggregation: "point", value: 16, previous: 28, series: series([28, 16], "2020-04"), period: "2020-04" }),
      ],
      5,
    );
    const pct = rows.get("CP5-QL")!;
    expect([pct.value, pct.previous, pct.changeFromPreviousPct, pct.judgement]).toEqual(["c", 28, "c", "c"]);
    expect(rows.get("M1")!.value).toBe(16);
  });

  it("pairs a count with its percentages and rates by code", () => {
    expect(countStem("CP5-QL (val)")).toBe(countStem("CP5-QL"));
    expect(countStem("LAC6 (val)")).toBe(countStem("LAC6 (%)"));
    expect(countStem("CP2b")).toBe(countStem("CP2b %"));
    expect(countStem("M2")).toBe(countStem("M2-NI"));
    expect(countStem("LAC1")).not.toBe(countStem("LAC12 (val)"));
  });

  it("suppresses the children's survey's small counts, and another so a total cannot give one away", () => {
    expect(publicSurvey([{ label: "A", count: 14 }, { label: "B", count: 9 }, { label: "C", count: 2 }], 5).map((s) => s.count)).toEqual([14, "c", "c"]);
    expect(publicSurvey([{ label: "A", count: 14 }, { label: "B", count: 9 }], 5).map((s) => s.count)).toEqual([14, 9]);
  });
});
