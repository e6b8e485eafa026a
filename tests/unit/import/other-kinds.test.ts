// outturns.csv, benchmarks.csv and commentary.csv rules.
import { describe, expect, it } from "vitest";
import { validateImport } from "@/lib/import";
import { contextWith, csv, messages, recordsOf } from "./support";

const ctx = contextWith(["M1", "M2"]);

describe("outturns", () => {
  it("takes financial years whose second half follows the first, across a century", () => {
    const text = csv("indicator,year,value", "M1,2019/20,5", "M1,1999/00,6");
    expect(recordsOf(validateImport("outturns", text, "o.csv", ctx)).map((r) => r.year)).toEqual(["2019/20", "1999/00"]);
  });

  it("refuses other year shapes, requires the value and finds duplicates", () => {
    const text = csv("indicator,year,value", "M1,2019/21,5", "M1,2019,5", "M1,2019-20,5", "M2,2019/20,", "M2,2019/20,4");
    const reason = 'in column "year" is not a financial year in the form YYYY/YY (e.g. 2019/20)';
    expect(messages(validateImport("outturns", text, "o.csv", ctx))).toEqual([
      `o.csv:2:2: "2019/21" ${reason}`,
      `o.csv:3:2: "2019" ${reason}`,
      `o.csv:4:2: "2019-20" ${reason}`,
      'o.csv:5:3: column "value" is required but this cell is empty',
      'o.csv:6:1: duplicate row: indicator "M2", year "2019/20" already appears in row 5',
    ]);
  });
});

describe("benchmarks", () => {
  it("takes financial or calendar years and any case of the benchmark word", () => {
    const text = csv("indicator,benchmark,year,value", "M1,England,2019/20,5", "M1,sn_best,2019,6");
    expect(recordsOf(validateImport("benchmarks", text, "b.csv", ctx))).toEqual([
      { row: 2, indicator: "M1", benchmark: "england", year: "2019/20", value: 5 },
      { row: 3, indicator: "M1", benchmark: "sn_best", year: "2019", value: 6 },
    ]);
  });

  it("refuses unknown benchmarks and years, and finds duplicates whatever the case", () => {
    const text = csv("indicator,benchmark,year,value", "M1,national,2019/20,5", "M1,region,19/20,5", "M1,england,2019/20,5", "M1,ENGLAND,2019/20,6");
    expect(messages(validateImport("benchmarks", text, "b.csv", ctx))).toEqual([
      'b.csv:2:2: "national" in column "benchmark" is not one of: sn_average, sn_best, england, england_top_quartile, region',
      'b.csv:3:3: "19/20" in column "year" is not a year in the form YYYY/YY or YYYY (e.g. 2019/20 or 2019)',
      'b.csv:5:1: duplicate row: indicator "M1", benchmark "england", year "2019/20" already appears in row 4',
    ]);
  });
});

describe("commentary", () => {
  const HEADER = "indicator,period,author,body,status";

  it("keeps line numbers right after a body spread over several lines", () => {
    const text = [
      HEADER,
      'M1,2020-04,a@lantern.example,"First paragraph.',
      "",
      'Second paragraph, with ""quotes"".",approved',
      "M2,2020-04,a@lantern.example,One line.,published",
      "",
    ].join("\r\n");
    expect(messages(validateImport("commentary", text, "c.csv", ctx))).toEqual([
      'c.csv:5:5: "published" in column "status" is not one of: draft, submitted, approved',
    ]);
    const fixed = recordsOf(validateImport("commentary", text.replace("published", "Draft"), "c.csv", ctx));
    expect(fixed).toEqual([
      { row: 2, indicator: "M1", period: "2020-04", author: "a@lantern.example", body: 'First paragraph.\n\nSecond paragraph, with "quotes".', status: "approved" },
      { row: 5, indicator: "M2", period: "2020-04", author: "a@lantern.example", body: "One line.", status: "draft" },
    ]);
  });

  it("requires an email author and a body, and one commentary per indicator and month", () => {
    const text = csv(HEADER, "M1,2020-04,Jane Smith,Text,draft", "M2,2020-04,j@lantern.example,,submitted", "M1,2020-04,j@lantern.example,Again,draft");
    expect(messages(validateImport("commentary", text, "c.csv", ctx))).toEqual([
      'c.csv:2:3: "Jane Smith" in column "author" is not an email address',
      'c.csv:3:4: column "body" is required but this cell is empty',
      'c.csv:4:1: duplicate row: indicator "M1", period "2020-04" already appears in row 2',
    ]);
  });

  it("cuts a long cell short in a message", () => {
    const long = "x".repeat(200);
    expect(messages(validateImport("commentary", csv(HEADER, `M1,2020-04,${long},b,draft`), "c.csv", ctx))).toEqual([
      `c.csv:2:3: "${"x".repeat(39)}…" in column "author" is not an email address`,
    ]);
  });
});
