// indicators.csv rules: required cells, words, defaults, bands, emails.
import { describe, expect, it } from "vitest";
import { validateImport } from "@/lib/import";
import { indicatorsFile, messages, recordsOf } from "./support";

const { row, file } = indicatorsFile({ code: "X1", title: "A title", service: "cp", polarity: "high", unit: "percent", aggregation: "point" });

describe("indicators", () => {
  it("fills defaults: decimals 0 for count and 1 otherwise, monthly, not council plan", () => {
    const records = recordsOf(validateImport("indicators", file(row({ code: "A", unit: "count" }), row({ code: "B" })), "i.csv"));
    expect(records.map((r) => [r.code, r.decimals, r.frequency, r.councilPlan])).toEqual([
      ["A", 0, "monthly", false],
      ["B", 1, "monthly", false],
    ]);
  });

  it("gives a blank basis one from frequency, aggregation and unit, and names the allowed words", () => {
    const records = recordsOf(
      validateImport(
        "indicators",
        file(row({ code: "A", unit: "count", aggregation: "sum" }), row({ code: "B", unit: "count", aggregation: "point" }), row({ code: "C", frequency: "annual" })),
        "i.csv",
      ),
    );
    expect(records.map((r) => [r.code, r.basis])).toEqual([
      ["A", "month"],
      ["B", "snapshot"],
      ["C", "year"],
    ]);
    expect(messages(validateImport("indicators", file(row({ basis: "weekly" })), "i.csv"))).toEqual([
      'i.csv:2:21: "weekly" in column "basis" is not one of: month, ytd, rolling_12_months, year, snapshot',
    ]);
  });

  it("reads every column of a full row", () => {
    const text = file(
      row({
        code: "CP6B-NI", title: "Rate, per 10,000", service: "CP", polarity: "Range", unit: "rate_per_10k", aggregation: "mean",
        decimals: "2", frequency: "quarterly", green_min: "14", green_max: "20", amber_min: "13", amber_max: "21", target: "17.5",
        outcome: "Children are safe.", definition: "Count at month end.", owner: "Head.Of@Lantern.Example",
        reporter: "r@lantern.example", council_plan: "Yes", basis: "Rolling_12_months", effective_from: "2020-04",
      }),
    );
    expect(recordsOf(validateImport("indicators", text, "i.csv"))).toEqual([
      {
        row: 2, code: "CP6B-NI", title: "Rate, per 10,000", service: "cp", polarity: "range", unit: "rate_per_10k",
        aggregation: "mean", decimals: 2, frequency: "quarterly", greenMin: 14, greenMax: 20, amberMin: 13, amberMax: 21,
        target: 17.5, outcome: "Children are safe.", definition: "Count at month end.", owner: "head.of@lantern.example",
        reporter: "r@lantern.example", councilPlan: true, formula: null, partOf: null, basis: "rolling_12_months", effectiveFrom: "2020-04",
      },
    ]);
  });

  it("names the allowed words when a cell is not one of them", () => {
    const text = file(row({ service: "mash", polarity: "up", unit: "%", aggregation: "avg", frequency: "weekly", council_plan: "maybe" }));
    expect(messages(validateImport("indicators", text, "i.csv"))).toEqual([
      'i.csv:2:3: "mash" in column "service" is not one of: front-door, assessment, s47, cin, cp, lac, placements, fostering, adoption, care-leavers, early-help, workforce',
      'i.csv:2:4: "up" in column "polarity" is not one of: high, low, range, info',
      'i.csv:2:5: "%" in column "unit" is not one of: count, percent, rate_per_10k, days, number, ratio',
      'i.csv:2:6: "avg" in column "aggregation" is not one of: sum, ratio, point, mean',
      'i.csv:2:8: "weekly" in column "frequency" is not one of: monthly, quarterly, termly, annual',
      'i.csv:2:18: "maybe" in column "council_plan" is not yes, no or blank',
    ]);
  });

  it("requires code, title and the four words", () => {
    const text = file(row({ code: "", title: "", service: "", polarity: "", unit: "", aggregation: "", target: "1" }));
    expect(messages(validateImport("indicators", text, "i.csv"))).toEqual(
      ["code", "title", "service", "polarity", "unit", "aggregation"].map(
        (column, i) => `i.csv:2:${i + 1}: column "${column}" is required but this cell is empty`,
      ),
    );
  });

  it("checks decimals, numbers and emails", () => {
    const text = file(row({ decimals: "1.5", target: "n/a", green_min: "95%", owner: "bob@", reporter: "someone" }));
    expect(messages(validateImport("indicators", text, "i.csv"))).toEqual([
      'i.csv:2:7: "1.5" in column "decimals" is not a whole number from 0 to 6',
      'i.csv:2:13: "n/a" in column "target" is not a number',
      'i.csv:2:16: "bob@" in column "owner" is not an email address',
      'i.csv:2:17: "someone" in column "reporter" is not an email address',
    ]);
  });

  it("checks the bands are the right way round and that amber has a green band beside it", () => {
    const text = file(
      row({ code: "A", green_min: "20", green_max: "14" }),
      row({ code: "B", green_min: "14", green_max: "20", amber_min: "21", amber_max: "13" }),
      row({ code: "C", amber_min: "92" }),
      row({ code: "D", green_max: "23", amber_min: "23", amber_max: "26" }),
      row({ code: "E", green_min: "95", amber_min: "92" }),
    );
    expect(messages(validateImport("indicators", text, "i.csv"))).toEqual([
      "i.csv:2:10: The green band's upper bound (14) is below its lower bound (20).",
      "i.csv:3:12: The amber band's upper bound (13) is below its lower bound (21).",
      "i.csv:4:11: An amber band needs a green band beside it: give a green bound too.",
    ]);
  });

  it("refuses bands the catalogue editor refuses: amber on the better side of green", () => {
    const text = file(row({ code: "A", polarity: "high", green_min: "95", amber_min: "99" }), row({ code: "B", polarity: "low", green_max: "10", amber_max: "8" }));
    expect(messages(validateImport("indicators", text, "i.csv"))).toEqual([
      "i.csv:2:11: Higher is better, so amber must start below green: amber from 99 is not below green from 95.",
      "i.csv:3:12: Lower is better, so amber must end above green: amber to 8 is not above green to 10.",
    ]);
  });

  it("rejects a repeated code, naming the first row", () => {
    expect(messages(validateImport("indicators", file(row({ code: "M1" }), row({ code: "M2" }), row({ code: "M1" })), "i.csv"))).toEqual([
      'i.csv:4:1: duplicate row: code "M1" already appears in row 2',
    ]);
  });
});
