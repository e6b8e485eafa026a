// Window functions in formulas: rolling sums and means, years to date,
// annualised figures and rates per 10,000, each empty with the missing month
// named when its window is short of a figure.
import { describe, expect, it } from "vitest";
import { formulaText, parseFormula } from "@/lib/figures/formula";
import { formulaAggregation } from "@/lib/figures/formula-analysis";
import { formulaValueAt, type FormulaInputs } from "@/lib/figures/formula-eval";
import { aggregationMismatch, checkFormula, type CatalogueEntry } from "@/lib/figures/formula-checks";
import { formulaFigures } from "@/lib/figures/formula-values";
import { ast, error } from "./helpers";

// referrals (M2), October 2019 … May 2020 (February to May as the demo has them)
const M2 = new Map([["2019-10", 271], ["2019-11", 287], ["2019-12", 262], ["2020-01", 305], ["2020-02", 318], ["2020-03", 300], ["2020-04", 286], ["2020-05", 271]]);
const demo: FormulaInputs = { value: (code, period) => (code === "M2" ? (M2.get(period) ?? null) : null), population: (period) => (period >= "2019-04" ? 40_000 : null) };
const at = (text: string, period: string, inputs = demo) => formulaValueAt(ast(text), period, inputs);

describe("window functions", () => {
  it("parse, with the window's months", () => {
    expect(formulaText(ast("rolling_sum({M2}, 3)"))).toBe("rolling_sum({M2}, 3)");
    expect(formulaText(ast("100 * ROLLING_MEAN({M2} / 2, 12) + per_10k(ytd({M2}))"))).toBe("((100 * rolling_mean(({M2} / 2), 12)) + per_10k(ytd({M2})))");
    expect(parseFormula("annualised(ytd({M2}))")).toMatchObject({ ok: true, references: ["M2"] });
  });

  it("refuse a bad window size, a missing window, extra arguments and unknown functions", () => {
    expect(error("rolling_sum({M2}, 0)")).toBe("the window of rolling_sum at character 1 must be a whole number of months from 2 to 36, not 0");
    expect(error("rolling_sum({M2}, 2.5)")).toMatch(/whole number of months from 2 to 36, not 2.5/);
    expect(error("rolling_mean({M2}, 40)")).toMatch(/from 2 to 36, not 40/);
    expect(error("rolling_sum({M2}, {M1})")).toMatch(/not \{M1\}/);
    expect(error("rolling_sum({M2})")).toBe("rolling_sum at character 1 needs the window in months after a comma, e.g. rolling_sum({M2}, 12)");
    expect(error("per_10k({M2}, 3)")).toBe('per_10k at character 1 takes one argument: the "," at character 13 is one too many');
    expect(error("annualised {M2}")).toMatch(/needs its argument in brackets/);
    expect(error("median({M2})")).toMatch(/"median" at character 1 is not a function/);
    expect(error("ytd({M2}")).toMatch(/a "\)" is missing at the end \(to close ytd at character 1\)/);
  });

  it("rolling_sum adds the n months to M: 318 + 300 + 286 = 904 for April 2020", () => {
    expect(at("rolling_sum({M2}, 3)", "2020-04")).toEqual({ value: 904, reason: null });
    expect(at("rolling_mean({M2}, 3)", "2020-04").value).toBeCloseTo(904 / 3, 9);
  });

  it("is empty when a month of its window has no figure, and names the month", () => {
    expect(at("rolling_sum({M2}, 3)", "2019-11")).toEqual({ value: null, reason: "no figure for M2 in September 2019" });
    expect(at("rolling_sum({M2}, 3)", "2019-10")).toEqual({ value: null, reason: "no figure for M2 in August 2019 and September 2019" });
    // a blank is not a zero
    const gap: FormulaInputs = { ...demo, value: (code, period) => (period === "2020-03" ? null : demo.value(code, period)) };
    expect(at("rolling_sum({M2}, 3)", "2020-04", gap)).toEqual({ value: null, reason: "no figure for M2 in March 2020" });
  });

  it("ytd adds April … M; annualised scales a month by 12 and a year to date by 12 ÷ the months elapsed", () => {
    expect(at("ytd({M2})", "2020-05").value).toBe(286 + 271);
    expect(at("annualised({M2})", "2020-05").value).toBe(271 * 12);
    // May is the second month of 2020/21: (286 + 271) × 12 ÷ 2
    expect(at("annualised(ytd({M2}))", "2020-05").value).toBe(((286 + 271) * 12) / 2);
    // March 2020 needs April 2019 … March 2020: the demo starts in October
    expect(at("ytd({M2})", "2020-03").reason).toBe("no figure for M2 in April 2019, May 2019, June 2019, July 2019, August 2019 and September 2019");
  });

  it("per_10k divides by the 0–17 population of the month's year, and says when there is none", () => {
    expect(at("per_10k({M2})", "2020-04").value).toBeCloseTo((286 / 40_000) * 10_000, 9);
    const none: FormulaInputs = { ...demo, population: () => null };
    expect(at("per_10k({M2})", "2020-04", none)).toEqual({ value: null, reason: "no 0–17 population for the year of April 2020" });
  });

  it("says when a divisor is zero", () => {
    const zero: FormulaInputs = { value: (code) => (code === "A" ? 5 : 0), population: () => null };
    expect(at("{A} / rolling_sum({B}, 2)", "2020-04", zero)).toEqual({ value: null, reason: "divides by zero in April 2020" });
  });

  it("give figures for every month an input has, empty ones with their reason", () => {
    const inputs = new Map([["M2", new Map(M2)]]);
    const figures = formulaFigures({ ast: ast("rolling_sum({M2}, 3)"), references: ["M2"], aggregation: "point", unit: "count", inputs, population: {} });
    expect(figures.map((f) => [f.period, f.value])).toEqual([
      ["2019-10", null], ["2019-11", null], ["2019-12", 820], ["2020-01", 854], ["2020-02", 885], ["2020-03", 923], ["2020-04", 904], ["2020-05", 857],
    ]);
    expect(figures[1].reason).toBe("no figure for M2 in September 2019");
  });

  it("have the year to date their shape allows", () => {
    const sums = () => "sum" as const;
    expect(formulaAggregation(ast("rolling_sum({A}, 12)"), sums)).toBe("point");
    expect(formulaAggregation(ast("ytd({A})"), sums)).toBe("point");
    expect(formulaAggregation(ast("annualised({A} + {B})"), sums)).toBe("mean");
    expect(formulaAggregation(ast("annualised(ytd({A}))"), sums)).toBe("point");
    expect(formulaAggregation(ast("2 * annualised({A})"), sums)).toBe("point");
    expect(formulaAggregation(ast("per_10k({A})"), sums)).toBe("sum");
    expect(formulaAggregation(ast("100 * per_10k({A}) / per_10k({B})"), sums)).toBe("ratio");
    expect(formulaAggregation(ast("per_10k({A})"), () => "point")).toBe("point");
  });
});

describe("checking a formula against the catalogue", () => {
  const catalogue = new Map<string, CatalogueEntry>([
    ["M1", { aggregation: "sum", formula: null }],
    ["M2", { aggregation: "sum", formula: null }],
    ["F1", { aggregation: "ratio", formula: "100 * {M2} / {F2}" }],
    ["F2", { aggregation: "sum", formula: "{M1} + {M2}" }],
  ]);
  it("passes a good formula with the year to date it allows", () => {
    expect(checkFormula("R3", "rolling_sum({M2}, 3)", catalogue)).toMatchObject({ ok: true, references: ["M2"], aggregation: "point" });
    expect(checkFormula("R4", "{M1} + {M2}", catalogue)).toMatchObject({ ok: true, aggregation: "sum" });
  });
  it("names unknown codes, cycles, constant zero divisors and bad windows", () => {
    expect(checkFormula("R3", "{M2} + {NOPE}", catalogue)).toEqual({ ok: false, problem: "The formula names {NOPE}, which is not an indicator code in the catalogue." });
    expect(checkFormula("F2", "{M1} + {F1}", catalogue)).toEqual({ ok: false, problem: "The formula uses itself: F2 → F1 → F2." });
    expect(checkFormula("R3", "{R3} + 1", catalogue)).toEqual({ ok: false, problem: "The formula uses itself: R3 → R3." });
    expect(checkFormula("R3", "{M2} / (1 - 1)", catalogue)).toEqual({ ok: false, problem: "The formula is not valid: it divides by (1 - 1), which is always zero." });
    expect(checkFormula("R3", "rolling_sum({M2}, 1)", catalogue)).toMatchObject({ ok: false, problem: expect.stringMatching(/must be a whole number of months from 2 to 36, not 1/) });
  });
  it("says which year to date fits", () => {
    expect(aggregationMismatch("sum", "point")).toBe('This formula\'s year to date can only be made not given (a point-in-time figure): choose that for "Year to date is made".');
    expect(aggregationMismatch("sum", "sum")).toBeNull();
  });
});
