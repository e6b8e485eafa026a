// Column names: case-insensitive, trimmed, any order; unknown, repeated and
// missing columns reported on the header row.
import { describe, expect, it } from "vitest";
import { validateImport } from "@/lib/import";
import { contextWith, csv, messages, recordsOf } from "./support";

const ctx = contextWith(["M1"]);

describe("headers", () => {
  it("match columns case-insensitively and in any order", () => {
    const text = csv(" VALUE ,Period,InDiCaToR,Note", "5,2020-04,M1,late");
    expect(recordsOf(validateImport("values", text, "values.csv", ctx))).toEqual([
      { row: 2, indicator: "M1", period: "2020-04", value: 5, numerator: null, denominator: null, note: "late" },
    ]);
  });

  it("name each missing required column", () => {
    expect(messages(validateImport("commentary", csv("indicator,body", "M1,text"), "commentary.csv", ctx))).toEqual([
      'commentary.csv:1:1: missing required column "period"',
      'commentary.csv:1:1: missing required column "author"',
      'commentary.csv:1:1: missing required column "status"',
    ]);
  });

  it("report a repeated column", () => {
    expect(messages(validateImport("outturns", csv("indicator,year,value,Value", "M1,2019/20,5,6"), "o.csv", ctx))).toEqual([
      'o.csv:1:4: column "value" appears twice (also column 3)',
    ]);
  });

  it("suggest the column a spaced or hyphenated name was meant to be", () => {
    const text = csv("code,title,service,polarity,unit,aggregation,Green Min", "M1,T,cp,high,count,sum,3");
    expect(messages(validateImport("indicators", text, "i.csv"))).toEqual([
      'i.csv:1:7: unknown column "green min" (did you mean "green_min"?)',
    ]);
  });

  it("spot a file separated by semicolons", () => {
    expect(messages(validateImport("values", csv("indicator;period;value", "M1;2020-04;5"), "v.csv", ctx))).toEqual([
      'v.csv:1:1: unknown column "indicator;period;value" (the file seems to be separated by semicolons; save it as CSV with commas)',
      'v.csv:1:1: missing required column "indicator"',
      'v.csv:1:1: missing required column "period"',
      'v.csv:1:1: missing required column "value"',
    ]);
  });

  it("tolerate an unnamed column only while it is empty", () => {
    expect(recordsOf(validateImport("values", csv("indicator,period,value,", "M1,2020-04,5,"), "v.csv", ctx))).toHaveLength(1);
    expect(messages(validateImport("values", csv("indicator,period,value,", "M1,2020-04,5,", "M1,2020-05,6,x"), "v.csv", ctx))).toEqual([
      "v.csv:1:4: column 4 has no name but row 3 has a value in it",
    ]);
  });

  it("check a whole file of the wrong kind without a row-by-row cascade", () => {
    const text = csv("indicator,period,value", "M1,2020-04,5", "M1,2020-05,6");
    expect(messages(validateImport("benchmarks", text, "b.csv", ctx))).toEqual([
      'b.csv:1:1: missing required column "benchmark"',
      'b.csv:1:1: missing required column "year"',
      'b.csv:1:2: unknown column "period"',
    ]);
  });
});
