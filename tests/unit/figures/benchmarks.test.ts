import { describe, expect, it } from "vitest";
import {
  benchmarkComparisonsFor,
  compareWithBenchmark,
  lastFiveOutturns,
  latestBenchmarks,
  outturnYearsFor,
  type Benchmark,
} from "@/lib/figures";

const EH4_QL = { polarity: "high", unit: "percent", aggregation: "point", frequency: "monthly" } as const;

describe("benchmarks", () => {
  it("keeps the latest year of each kind, in the scorecard's order", () => {
    const rows: Benchmark[] = [
      { kind: "region", year: "2018/19", value: 81 },
      { kind: "england", year: "2018/19", value: 81 },
      { kind: "england", year: "2019/20", value: 83 },
      { kind: "sn_average", year: "2017/18", value: 70 },
      { kind: "sn_average", year: "2018/19", value: 76 },
      { kind: "england", year: "2017/18", value: 79 },
    ];
    expect(latestBenchmarks(rows)).toEqual([
      { kind: "sn_average", year: "2018/19", value: 76 },
      { kind: "england", year: "2019/20", value: 83 },
      { kind: "region", year: "2018/19", value: 81 },
    ]);
  });

  it("orders a calendar year after the financial year ending in its March", () => {
    const rows: Benchmark[] = [
      { kind: "england", year: "2019", value: 2 },
      { kind: "england", year: "2018/19", value: 1 },
      { kind: "region", year: "2019/20", value: 4 },
      { kind: "region", year: "2019", value: 3 },
    ];
    // "2019" ends Dec 2019 (after Mar 2019) but before "2019/20" (Mar 2020)
    expect(latestBenchmarks(rows).map((b) => [b.kind, b.year])).toEqual([
      ["england", "2019"],
      ["region", "2019/20"],
    ]);
  });

  it("compares by polarity, and not at all for info or range", () => {
    // EH4-QL (high), April 2020 = 79: SN average 76 → better, England 81 → worse
    expect(compareWithBenchmark(79, 76, "high")).toBe("better");
    expect(compareWithBenchmark(79, 81, "high")).toBe("worse");
    // M6-QL re-referrals (low), April 2020 = 3 vs SN 25 → better
    expect(compareWithBenchmark(3, 25, "low")).toBe("better");
    expect(compareWithBenchmark(30, 25, "low")).toBe("worse");
    expect(compareWithBenchmark(25, 25, "low")).toBe("same");
    expect(compareWithBenchmark(286, 399, "info")).toBeNull();
    expect(compareWithBenchmark(10, 12, "range")).toBeNull();
    expect(compareWithBenchmark(null, 12, "high")).toBeNull();
  });

  it("lists each latest benchmark with its year and comparison", () => {
    const rows: Benchmark[] = [
      { kind: "sn_average", year: "2018/19", value: 76 },
      { kind: "england", year: "2018/19", value: 81 },
      { kind: "region", year: "2018/19", value: 81 },
    ];
    expect(benchmarkComparisonsFor(79, rows, EH4_QL, "2020-04")).toEqual([
      { kind: "sn_average", year: "2018/19", value: 76, comparison: "better" },
      { kind: "england", year: "2018/19", value: 81, comparison: "worse" },
      { kind: "region", year: "2018/19", value: 81, comparison: "worse" },
    ]);
  });

  it("compares a month only with years that had ended by then", () => {
    const rows: Benchmark[] = [
      { kind: "england", year: "2018/19", value: 21 },
      { kind: "england", year: "2019/20", value: 22, periodEnd: "2020-03" },
      { kind: "england", year: "2024/25", value: 23, periodEnd: "2025-03" },
      { kind: "sn_average", year: "2020/21", value: 30 },
      { kind: "region", year: "2020", value: 40 },
    ];
    // April 2020 → 2019/20 at the latest; 2020/21 and calendar 2020 had not ended
    expect(benchmarkComparisonsFor(20, rows, EH4_QL, "2020-04").map((b) => [b.kind, b.year])).toEqual([["england", "2019/20"]]);
    // March 2020 is the last month of 2019/20: it is compared with it
    expect(benchmarkComparisonsFor(20, rows, EH4_QL, "2020-03").map((b) => b.year)).toEqual(["2019/20"]);
    expect(benchmarkComparisonsFor(20, rows, EH4_QL, "2020-02").map((b) => b.year)).toEqual(["2018/19"]);
    expect(benchmarkComparisonsFor(20, rows, EH4_QL, "2025-04").map((b) => [b.kind, b.year])).toEqual([
      ["sn_average", "2020/21"],
      ["england", "2024/25"],
      ["region", "2020"],
    ]);
  });

  it("never sets a benchmark of another unit or basis beside the figure", () => {
    const m2 = { polarity: "info", unit: "count", aggregation: "sum", frequency: "monthly", basis: "month" } as const;
    const rows: Benchmark[] = [
      { kind: "sn_average", year: "2018/19", value: 399 },
      { kind: "england", year: "2018/19", value: 534.8, unit: "rate_per_10k", basis: "year" },
      { kind: "region", year: "2018/19", value: 41000, unit: "count", basis: "year" },
    ];
    // only the comparator typed in as the indicator's own kind is shown
    expect(benchmarkComparisonsFor(286, rows, m2, "2020-04").map((b) => b.kind)).toEqual(["sn_average"]);
    // a percentage of the month compares with the year's percentage
    const pct: Benchmark[] = [{ kind: "england", year: "2018/19", value: 22, unit: "percent", basis: "year" }];
    expect(benchmarkComparisonsFor(20, pct, { ...EH4_QL, basis: "month" }, "2020-04")).toHaveLength(1);
  });
});

describe("outturns", () => {
  it("shows the five financial years before the one holding M", () => {
    expect(outturnYearsFor("2020-04")).toEqual(["2015/16", "2016/17", "2017/18", "2018/19", "2019/20"]);
    expect(outturnYearsFor("2021-03")).toEqual(["2015/16", "2016/17", "2017/18", "2018/19", "2019/20"]);
  });

  it("keeps only those years, and never a later year's outturn", () => {
    const outturns = [
      { year: "2013/14", value: 1 },
      { year: "2016/17", value: 450 },
      { year: "2019/20", value: 490 },
      { year: "2020/21", value: 480 },
    ];
    expect(lastFiveOutturns(outturns, "2020-04")).toEqual({ "2016/17": 450, "2019/20": 490 });
  });
});
