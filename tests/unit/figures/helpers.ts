// Small builders shared by the figures tests.
import { addMonths, type IndicatorDef, type PeriodValue, type FiguresInput } from "@/lib/figures";
import { parseFormula, type FormulaNode } from "@/lib/figures/formula";

export function indicator(overrides: Partial<IndicatorDef> = {}): IndicatorDef {
  return {
    code: "T1",
    polarity: "high",
    unit: "count",
    aggregation: "sum",
    decimals: 0,
    frequency: "monthly",
    bands: { greenMin: null, greenMax: null, amberMin: null, amberMax: null },
    target: null,
    ...overrides,
  };
}

export function pv(period: string, value: number | null, extra: Partial<PeriodValue> = {}): PeriodValue {
  return { period, value, numerator: null, denominator: null, revised: false, ...extra };
}

/** consecutive monthly figures from `start`; null entries are months with a blank figure */
export function monthly(start: string, figures: (number | null)[]): PeriodValue[] {
  return figures.map((v, i) => pv(addMonths(start, i), v));
}

export function input(overrides: Partial<FiguresInput> = {}): FiguresInput {
  return {
    indicator: indicator(),
    period: "2020-04",
    values: [],
    outturns: [],
    benchmarks: [],
    population: {},
    spc: { runLength: 6, screenMovingRanges: false },
    ...overrides,
  };
}

/** every place in a result that is undefined, NaN or ±Infinity, by path */
export function badLeaves(x: unknown, path = "$"): string[] {
  if (x === undefined) return [path];
  if (typeof x === "number") return Number.isFinite(x) ? [] : [path];
  if (x === null || typeof x !== "object") return [];
  if (Array.isArray(x)) return x.flatMap((v, i) => badLeaves(v, `${path}[${i}]`));
  return Object.entries(x).flatMap(([k, v]) => badLeaves(v, `${path}.${k}`));
}

/** The parsed formula; fails the test when it is refused. */
export const ast = (text: string): FormulaNode => {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.ast;
};

/** Why the formula is refused; fails the test when it parses. */
export const error = (text: string) => {
  const parsed = parseFormula(text);
  if (parsed.ok) throw new Error(`expected "${text}" to be refused`);
  return parsed.error;
};
