// values.csv rules: computed values, numerator/denominator pairs, percent signs.
import { describe, expect, it } from "vitest";
import { validateImport } from "@/lib/import";
import { contextWith, csv, messages, recordsOf } from "./support";

const ctx = contextWith({ P: { unit: "percent", aggregation: "ratio" }, R: { unit: "number", aggregation: "ratio" }, C: {} });
const HEADER = "indicator,period,value,numerator,denominator,note";

describe("values", () => {
  it("computes a blank value from numerator and denominator: ×100 for percent, plain ratio otherwise", () => {
    const records = recordsOf(validateImport("values", csv(HEADER, "P,2020-04,,972,1666,", "R,2020-04,,3,4,"), "v.csv", ctx));
    expect(records[0].value).toBeCloseTo((972 / 1666) * 100, 10);
    expect(records[0]).toMatchObject({ numerator: 972, denominator: 1666 });
    expect(records[1].value).toBe(0.75);
  });

  it("keeps a given value beside its numerator and denominator as given", () => {
    const records = recordsOf(validateImport("values", csv(HEADER, "P,2020-04,58.3,972,1666,rounded"), "v.csv", ctx));
    expect(records[0]).toMatchObject({ value: 58.3, numerator: 972, denominator: 1666, note: "rounded" });
  });

  it("computes every value when the file has numerator and denominator but no value column", () => {
    const records = recordsOf(validateImport("values", csv("indicator,period,numerator,denominator", "P,2020-04,1,4"), "v.csv", ctx));
    expect(records[0].value).toBe(25);
  });

  it("ignores a trailing percent sign and accepts signs and bare decimals", () => {
    const text = csv(HEADER, "P,2020-01,95%,,,", "P,2020-02,95 %,,,", "C,2020-03,-2,,,", "C,2020-04,.5,,,", "C,2020-05,+7.25,,,");
    expect(recordsOf(validateImport("values", text, "v.csv", ctx)).map((r) => r.value)).toEqual([95, 95, -2, 0.5, 7.25]);
  });

  it("refuses exponents, dashes and double percent signs", () => {
    const text = csv(HEADER, "C,2020-01,1e3,,,", "C,2020-02,-,,,", "C,2020-03,5%%,,,");
    expect(messages(validateImport("values", text, "v.csv", ctx))).toEqual([
      'v.csv:2:3: "1e3" in column "value" is not a number',
      'v.csv:3:3: "-" in column "value" is not a number',
      'v.csv:4:3: "5%%" in column "value" is not a number',
    ]);
  });

  it("reports a zero denominator, a half pair and a row with no figure at all", () => {
    const text = csv(HEADER, "P,2020-01,,5,0,", "P,2020-02,,5,,", "P,2020-03,,,5,", "P,2020-04,,,,");
    expect(messages(validateImport("values", text, "v.csv", ctx))).toEqual([
      'v.csv:2:5: "0" in column "denominator" is zero; a denominator cannot be zero',
      'v.csv:3:5: column "denominator" is empty but "numerator" is given; give both or neither',
      'v.csv:4:4: column "numerator" is empty but "denominator" is given; give both or neither',
      'v.csv:5:3: column "value" is empty and there is no numerator and denominator to compute it from',
    ]);
  });

  it("without a value column, a row with no numerator and denominator is reported at the numerator", () => {
    expect(messages(validateImport("values", csv("indicator,period,numerator,denominator", "P,2020-04,,"), "v.csv", ctx))).toEqual([
      'v.csv:2:3: columns "numerator" and "denominator" are empty and the file has no "value" column',
    ]);
  });

  it("says when the other half of a pair has no column at all", () => {
    expect(messages(validateImport("values", csv("indicator,period,value,numerator", "P,2020-04,5,3"), "v.csv", ctx))).toEqual([
      'v.csv:2:1: the file has no "denominator" column but "numerator" is given; give both or neither',
    ]);
  });

  it("requires indicator and period cells", () => {
    expect(messages(validateImport("values", csv(HEADER, ",,5,,,"), "v.csv", ctx))).toEqual([
      'v.csv:2:1: column "indicator" is required but this cell is empty',
      'v.csv:2:2: column "period" is required but this cell is empty',
    ]);
  });
});
