// The two ways related figures gave small numbers away by arithmetic in a
// public release, each suppressed now: a part and its whole shown as counts
// whose difference is small (and the percentage made of them), and a small
// total's breakdown shown as percentages.
import { describe, expect, it } from "vitest";
import { relationsOf } from "@/lib/figures/relations";
import { publicRows, type PublicRowInput } from "@/lib/snapshots/public-release";

const row = (code: string, unit: string, series: [string, number | null][], over: Partial<PublicRowInput> = {}): PublicRowInput => ({
  code,
  unit,
  aggregation: unit === "count" ? "sum" : "point",
  period: series.at(-1)![0],
  value: series.at(-1)![1],
  previous: series.at(-2)?.[1] ?? null,
  changeFromPreviousPct: 1,
  ytd: null,
  average12: 1,
  max12: 1,
  series: series.map(([period, value]) => ({ period, value })),
  direction: "up",
  judgement: "better",
  rag: "green",
  ...over,
});

describe("a part and its whole (the demo's conferences: CP2, CP4 (val) part of it, CP4 the percentage)", () => {
  const relations = relationsOf([
    { code: "CP2", unit: "count" },
    { code: "CP2-NI", unit: "rate_per_10k" },
    { code: "CP4 (val)", unit: "count", partOf: "CP2" },
    { code: "CP4", unit: "percent" },
  ]);
  const rows = [
    row("CP2", "count", [["2020-02", 60], ["2020-03", 47], ["2020-04", 27]], { ytd: 27 }),
    row("CP2-NI", "rate_per_10k", [["2020-02", 11], ["2020-03", 9], ["2020-04", 5]]),
    row("CP4 (val)", "count", [["2020-02", 50], ["2020-03", 43], ["2020-04", 25]], { ytd: 25 }),
    row("CP4", "percent", [["2020-02", 83], ["2020-03", 91], ["2020-04", 93]]),
  ];

  it("reads the percentage's denominator from the part's whole", () => {
    expect(relations).toContainEqual({ kind: "ratio", ratio: "CP4", numerator: "CP4 (val)", denominator: "CP2", scale: 100 });
    expect(relations).toContainEqual({ kind: "part", part: "CP4 (val)", whole: "CP2" });
  });

  it("never shows both counts when they differ by 1 to 5, nor the percentage of them, this month or last", () => {
    const shown = publicRows(rows, 5, relations);
    const cp2 = shown.get("CP2")!;
    const part = shown.get("CP4 (val)")!;
    const pct = shown.get("CP4")!;
    for (const p of ["2020-03", "2020-04"]) {
      const whole = cp2.series.find((s) => s.period === p)!.value;
      const sub = part.series.find((s) => s.period === p)!.value;
      expect(typeof whole === "number" && typeof sub === "number").toBe(false);
      expect(pct.series.find((s) => s.period === p)!.value).toBe("c");
    }
    // the whole stays published; the part (and everything from it) goes
    expect([cp2.value, cp2.previous]).toEqual([27, 47]);
    expect([part.value, part.previous, pct.value, pct.previous]).toEqual(["c", "c", "c", "c"]);
    expect([pct.rag, pct.direction, pct.changeFromPreviousPct]).toEqual(["c", "c", "c"]);
    // February's difference (10) gives nothing away
    expect(part.series[0].value).toBe(50);
    expect(pct.series[0].value).toBe(83);
  });
});

describe("a small total's breakdown as percentages (five assessments split 1/2/1/0/1 across EH3a–e%)", () => {
  const codes = ["EH3a%", "EH3b%", "EH3c%", "EH3d%", "EH3e%"];
  const relations = relationsOf([{ code: "EH3", unit: "count" }, ...codes.map((code) => ({ code, unit: "percent" as const, partOf: "EH3" }))]);
  const split = [20, 40, 20, 0, 20];
  const rows = [
    row("EH3", "count", [["2020-03", 342], ["2020-04", 5]], { ytd: 5 }),
    ...codes.map((code, i) => row(code, "percent", [["2020-03", [10, 41, 24, 12, 13][i]], ["2020-04", split[i]]])),
  ];

  it("shows none of the percentages, nor their RAG, and the total as c", () => {
    const shown = publicRows(rows, 5, relations);
    expect(shown.get("EH3")!.value).toBe("c");
    for (const code of codes) {
      const r = shown.get(code)!;
      expect([code, r.value, r.rag, r.direction, r.changeFromPreviousPct]).toEqual([code, "c", "c", "c", "c"]);
    }
  });

  it("keeps March, whose total and shares are all large", () => {
    const shown = publicRows(rows, 5, relations);
    expect(shown.get("EH3")!.previous).toBe(342);
    expect(codes.map((c) => shown.get(c)!.previous)).toEqual([10, 41, 24, 12, 13]);
  });

  it("hides a second share where one is small, so the total cannot give it back", () => {
    const big = [
      row("EH3", "count", [["2020-04", 200]], { ytd: 200 }),
      ...codes.map((code, i) => row(code, "percent", [["2020-04", [1, 49, 25, 15, 10][i]]])),
    ];
    const shown = publicRows(big, 5, relations);
    const values = codes.map((c) => shown.get(c)!.value);
    // 1% of 200 is 2 children: hidden, and the next smallest share with it
    expect(values).toEqual(["c", 49, 25, 15, "c"]);
    expect(shown.get("EH3")!.value).toBe(200);
  });
});
