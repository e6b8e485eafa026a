// The real April 2020 dataset (tests/fixtures/import, see its README) validates
// cleanly, with one record per data row.
import { describe, expect, it } from "vitest";
import { contextFromIndicators, validateImport, type ImportContext } from "@/lib/import";
import { csv, fixture, recordsOf } from "./support";

function catalogue() {
  return recordsOf(validateImport("indicators", fixture("indicators.csv"), "indicators.csv"));
}

describe("the monthly-dataset-2020-04 fixture", () => {
  it("indicators.csv: 55 indicators with defaults filled in", () => {
    const records = catalogue();
    expect(records).toHaveLength(55);
    expect(new Set(records.map((r) => r.code)).size).toBe(55);
    expect(records[0]).toMatchObject({ row: 2, code: "M1", service: "front-door", unit: "count", decimals: 0, frequency: "monthly", councilPlan: false });
    expect(records.find((r) => r.code === "LAC1")).toMatchObject({ target: 420, polarity: "low", row: 38 });
    expect(records.at(-1)).toMatchObject({ row: 56, code: "LAC16", target: 200 });
  });

  const context = (): ImportContext => contextFromIndicators(catalogue());

  it("values.csv: 382 monthly figures", () => {
    const records = recordsOf(validateImport("values", fixture("values.csv"), "values.csv", context()));
    expect(records).toHaveLength(382);
    expect(records[0]).toEqual({ row: 2, indicator: "M1", period: "2019-10", value: 1354, numerator: null, denominator: null, note: null });
    // CP2b % has no figure for 2020-01, 2020-03 or 2020-04 (fixture README)
    expect(records.filter((r) => r.indicator === "CP2b %").map((r) => r.period)).toEqual(["2019-10", "2019-11", "2019-12", "2020-02"]);
  });

  it("benchmarks.csv: 87 comparators", () => {
    const records = recordsOf(validateImport("benchmarks", fixture("benchmarks.csv"), "benchmarks.csv", context()));
    expect(records).toHaveLength(87);
    expect(records[0]).toEqual({ row: 2, indicator: "M2", benchmark: "sn_average", year: "2018/19", value: 399 });
  });

  it("commentary.csv: 55 approved April commentaries", () => {
    const records = recordsOf(validateImport("commentary", fixture("commentary.csv"), "commentary.csv", context()));
    expect(records).toHaveLength(55);
    expect(records.every((r) => r.period === "2020-04" && r.status === "approved")).toBe(true);
    expect(records.find((r) => r.indicator === "M8-QL")?.body.startsWith("'Mash continue")).toBe(true);
  });

  it("outturns (the fixture has none; a small file in the same codes)", () => {
    const text = csv("indicator,year,value", "LAC1,2018/19,501", "LAC1,2019/20,487", "NI147,2019/20,82%");
    const records = recordsOf(validateImport("outturns", text, "outturns.csv", context()));
    expect(records).toEqual([
      { row: 2, indicator: "LAC1", year: "2018/19", value: 501 },
      { row: 3, indicator: "LAC1", year: "2019/20", value: 487 },
      { row: 4, indicator: "NI147", year: "2019/20", value: 82 },
    ]);
  });
});
