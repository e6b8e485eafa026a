import { describe, expect, it } from "vitest";
import { formulaText, parseFormula, type FormulaNode } from "@/lib/figures/formula";
import { findFormulaCycle, formulaAggregation, formulaOrder } from "@/lib/figures/formula-analysis";
import { formulaValueAt } from "@/lib/figures/formula-eval";
import { formulaFigures } from "@/lib/figures/formula-values";
import { ast, error } from "./helpers";
import { ytdFor } from "@/lib/figures/ytd";

/** one month's inputs (and the population), evaluated for April 2020 */
const evaluateFormula = (node: FormulaNode, vars: Record<string, number | null>, population: number | null) =>
  formulaValueAt(node, "2020-04", { value: (code) => (code in vars ? vars[code] : null), population: () => population }).value;
const values = (vars: Record<string, number | null>) => vars;

describe("parsing formulas (never eval)", () => {
  it("reads references, numbers and the population with the usual precedence", () => {
    expect(formulaText(ast("100 * {M2} / {M1}"))).toBe("((100 * {M2}) / {M1})");
    expect(formulaText(ast("1 + 2 * 3 - 4"))).toBe("((1 + (2 * 3)) - 4)");
    expect(formulaText(ast("(1 + 2) * -{A}"))).toBe("((1 + 2) * -{A})");
    expect(formulaText(ast("10000 * {LAC1} / {population}"))).toBe("((10000 * {LAC1}) / {population})");
    // codes may hold spaces, brackets and % (the braces delimit them)
    expect(parseFormula("{M6-QL (val)} / {EH3a%}")).toMatchObject({ ok: true, references: ["M6-QL (val)", "EH3a%"], usesPopulation: false });
    expect(parseFormula("{LAC1} / {Population}")).toMatchObject({ ok: true, references: ["LAC1"], usesPopulation: true });
  });

  it("evaluates: 100 × 266 ÷ 1147 = 23.19…", () => {
    expect(evaluateFormula(ast("100 * {M2} / {M1}"), values({ M1: 1147, M2: 266 }), null)).toBeCloseTo(23.1909, 4);
    expect(evaluateFormula(ast("10000 * {LAC1} / {population}"), values({ LAC1: 2317 }), 292859)).toBeCloseTo(79.1166, 4);
    expect(evaluateFormula(ast("-{A} + 2 * ({B} - 1)"), values({ A: 3, B: 5 }), null)).toBe(5);
  });

  it("has no figure when an input, the population or a divisor is missing or zero", () => {
    expect(evaluateFormula(ast("{A} / {B}"), values({ A: 1 }), null)).toBeNull();
    expect(evaluateFormula(ast("{A} / {B}"), values({ A: 1, B: 0 }), null)).toBeNull();
    expect(evaluateFormula(ast("{A} / {population}"), values({ A: 1 }), null)).toBeNull();
  });

  it("refuses bad formulas with a clear reason and position", () => {
    expect(error("")).toBe("the formula is empty");
    expect(error("{M1} / 0")).toBe("it divides by 0, which is always zero");
    expect(error("{M1} / (2 - 2)")).toBe("it divides by (2 - 2), which is always zero");
    expect(error("{M1 + 2")).toBe('the "{" at character 1 is never closed with "}"');
    expect(error("{} + 1")).toBe("empty {} at character 1: write an indicator code inside, e.g. {M1}");
    expect(error("(1 + {A}")).toBe('a ")" is missing at the end (to close the "(" at character 1)');
    expect(error("{A} {B}")).toBe("{B} at character 5 is out of place: an operator (+ - * /) was expected");
    expect(error("{A} * / 2")).toBe('"/" at character 7 is out of place: a number, {CODE} or ( was expected');
    expect(error("{A} +")).toBe("the formula ends too soon: a number, {CODE} or ( is missing at the end");
    expect(error("M1 + 1")).toBe('"M1" at character 1 is not a function: use numbers, {CODE}, {population}, + - * /, brackets and rolling_sum, rolling_mean, ytd, annualised, per_10k');
    expect(error("process.exit()")).toMatch(/"process" at character 1 is not a function/);
    expect(error("{A} ; 1")).toMatch(/";" at character 5 is not allowed/);
  });
});

describe("formulas that use each other", () => {
  it("finds a cycle and names it", () => {
    expect(findFormulaCycle(new Map([["A", ["B"]], ["B", ["C"]], ["C", ["A"]]]))).toEqual(["A", "B", "C", "A"]);
    expect(findFormulaCycle(new Map([["A", ["A"]]]))).toEqual(["A", "A"]);
    expect(findFormulaCycle(new Map([["A", ["B", "M1"]], ["B", ["M2"]]]))).toBeNull();
  });

  it("orders formulas after the formulas they use", () => {
    expect(formulaOrder(new Map([["A", ["B"]], ["B", ["C"]], ["C", ["M1"]]]))).toEqual(["C", "B", "A"]);
  });
});

describe("year to date from the inputs' own", () => {
  const sums = () => "sum" as const;
  it("a ratio of sums when every input adds up by month; a sum for a linear formula", () => {
    expect(formulaAggregation(ast("100 * {M2} / {M1}"), sums)).toBe("ratio");
    expect(formulaAggregation(ast("{M2} / {M1} * 100"), sums)).toBe("ratio");
    expect(formulaAggregation(ast("{LAC2} / {LAC3}"), sums)).toBe("ratio");
    expect(formulaAggregation(ast("{A} + 2 * {B} - 1"), sums)).toBe("sum");
  });

  it("none with the population, a point input or a product", () => {
    expect(formulaAggregation(ast("10000 * {CP1} / {population}"), sums)).toBe("point");
    expect(formulaAggregation(ast("100 * {M2} / {M1}"), (c) => (c === "M1" ? "point" : "sum"))).toBe("point");
    expect(formulaAggregation(ast("{A} * {B}"), sums)).toBe("point");
    expect(formulaAggregation(ast("{A} / {B} / {C}"), sums)).toBe("point");
  });

  it("figures for every month the inputs share; the YTD is the ratio of the sums, not the mean of the months", () => {
    const inputs = new Map([
      ["M1", new Map([["2020-04", 1000], ["2020-05", 500], ["2020-06", 800]])],
      ["M2", new Map([["2020-04", 250], ["2020-05", 250]])],
    ]);
    const figures = formulaFigures({ ast: ast("100 * {M2} / {M1}"), references: ["M2", "M1"], aggregation: "ratio", unit: "percent", inputs, population: {} });
    // June has no M2: no figure, and it says why
    expect(figures).toEqual([
      { period: "2020-04", value: 25, numerator: 250, denominator: 1000, reason: null },
      { period: "2020-05", value: 50, numerator: 250, denominator: 500, reason: null },
      { period: "2020-06", value: null, numerator: null, denominator: null, reason: "no figure for M2 in June 2020" },
    ]);
    const ytd = ytdFor({ aggregation: "ratio", unit: "percent", frequency: "monthly", period: "2020-05", values: figures.map((f) => ({ ...f, revised: false })) });
    // (250 + 250) / (1000 + 500) = 33.3%, not (25 + 50) / 2 = 37.5%
    expect(ytd.ytd).toBeCloseTo(33.333, 3);
  });

  it("a rate per 10,000 uses the population of the month's financial year", () => {
    const inputs = new Map([["LAC1", new Map([["2020-03", 1000], ["2020-04", 1000]])]]);
    const figures = formulaFigures({ ast: ast("10000 * {LAC1} / {population}"), references: ["LAC1"], aggregation: "point", unit: "rate_per_10k", inputs, population: { "2019": 200000, "2020": 250000 } });
    expect(figures).toEqual([
      { period: "2020-03", value: 50, numerator: null, denominator: null, reason: null },
      { period: "2020-04", value: 40, numerator: null, denominator: null, reason: null },
    ]);
  });
});
