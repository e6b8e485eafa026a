// Indicators defined by formula in indicators.csv: checked whole on import
// (unknown codes, circles, division by a constant zero, the aggregation the
// year to date follows), and their figures refused in values.csv.
import { describe, expect, it } from "vitest";
import { INDICATOR_COLUMNS, validateImport } from "@/lib/import";
import { contextWith, indicatorsFile, messages, recordsOf } from "./support";

const { row, file } = indicatorsFile({ code: "X1", title: "A title", service: "front-door", polarity: "info", unit: "count", aggregation: "sum" });
const formulaColumn = INDICATOR_COLUMNS.indexOf("formula") + 1;
const aggregationColumn = INDICATOR_COLUMNS.indexOf("aggregation") + 1;

const M1 = row({ code: "M1" });
const M2 = row({ code: "M2" });

describe("the formula column", () => {
  it("is documented, optional and kept as written", () => {
    const records = recordsOf(validateImport("indicators", file(M1, M2, row({ code: "M3", unit: "percent", aggregation: "ratio", formula: "100 * {M2} / {M1}" })), "i.csv"));
    expect(records.map((r) => r.formula ?? null)).toEqual([null, null, "100 * {M2} / {M1}"]);
  });

  it("may use indicators already stored, and the population", () => {
    const context = contextWith({ LAC1: { aggregation: "point" } });
    const records = recordsOf(validateImport("indicators", file(row({ code: "LAC1-NI", unit: "rate_per_10k", aggregation: "point", formula: "10000 * {LAC1} / {population}" })), "i.csv", context));
    expect(records[0].formula).toBe("10000 * {LAC1} / {population}");
  });

  it("refuses a formula that does not parse, or divides by a constant zero", () => {
    expect(messages(validateImport("indicators", file(M1, row({ code: "M3", formula: "{M1} / 0" })), "i.csv"))).toEqual([
      `i.csv:3:${formulaColumn}: "{M1} / 0" in column "formula" is not a formula: it divides by 0, which is always zero`,
    ]);
    expect(messages(validateImport("indicators", file(M1, row({ code: "M3", formula: "{M1} +* 2" })), "i.csv"))).toEqual([
      `i.csv:3:${formulaColumn}: "{M1} +* 2" in column "formula" is not a formula: "*" at character 7 is out of place: a number, {CODE} or ( was expected`,
    ]);
  });

  it("refuses an unknown code", () => {
    expect(messages(validateImport("indicators", file(M1, row({ code: "M3", unit: "percent", aggregation: "ratio", formula: "100 * {M2} / {M1}" })), "i.csv"))).toEqual([
      `i.csv:3:${formulaColumn}: {M2} in column "formula" is not a known indicator code`,
    ]);
  });

  it("refuses formulas that use each other in a circle", () => {
    const text = file(M1, row({ code: "A", formula: "{B} + {M1}" }), row({ code: "B", formula: "{C}" }), row({ code: "C", formula: "{A} - 1" }));
    expect(messages(validateImport("indicators", text, "i.csv"))).toEqual([`i.csv:3:${formulaColumn}: the formulas use each other in a circle: A → B → C → A`]);
  });

  it("asks for the aggregation the year to date follows: ratio of sums, sum, or none", () => {
    const text = file(M1, M2, row({ code: "M3", unit: "percent", aggregation: "mean", formula: "100 * {M2} / {M1}" }));
    expect(messages(validateImport("indicators", text, "i.csv"))).toEqual([
      `i.csv:4:${aggregationColumn}: "mean" in column "aggregation" does not fit the formula: its inputs all add up by month and it divides one sum by another, so its year to date is the ratio of the sums; write "ratio"`,
    ]);
    const point = file(row({ code: "P", aggregation: "point" }), M2, row({ code: "M3", unit: "percent", aggregation: "ratio", formula: "100 * {M2} / {P}" }));
    expect(messages(validateImport("indicators", point, "i.csv"))[0]).toMatch(/it has no year to date .*; write "point"$/);
  });
});

describe("values.csv", () => {
  it("refuses figures for an indicator computed from its formula", () => {
    const context = contextWith({ M1: {}, M3: { unit: "percent", aggregation: "ratio", formula: "100 * {M2} / {M1}" } });
    expect(messages(validateImport("values", "indicator,period,value\nM1,2020-04,1147\nM3,2020-04,23\n", "v.csv", context))).toEqual([
      'v.csv:3:1: "M3" is computed from its formula (100 * {M2} / {M1}): its figures cannot be imported; load the figures of its inputs instead',
    ]);
  });
});
