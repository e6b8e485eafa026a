// A formula indicator's figures, month by month, from its inputs' current
// figures: one for every month in which every input has a figure (and the
// population, when the formula uses it). For a "ratio" year to date the
// numerator and denominator are kept too, so the year to date is the ratio of
// the sums (ytd.ts): numerator ÷ the unit's scale, so that numerator ÷
// denominator × scale is the formula's value.
import { evaluateFormula, type FormulaNode } from "./formula";
import { ratioParts } from "./formula-analysis";
import { populationFor } from "./rate";
import { tidy } from "./round";
import type { Period, Unit } from "./types";

export interface FormulaFigure {
  period: Period;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

const SCALE: Partial<Record<Unit, number>> = { percent: 100, rate_per_10k: 10_000 };

export function formulaFigures({
  ast,
  references,
  aggregation,
  unit,
  inputs,
  population,
}: {
  ast: FormulaNode;
  references: readonly string[];
  aggregation: string;
  unit: Unit;
  /** each input's current figures by month */
  inputs: ReadonlyMap<string, ReadonlyMap<Period, number | null>>;
  /** 0–17 population by year, as the scorecard keeps it */
  population: Record<string, number>;
}): FormulaFigure[] {
  if (references.length === 0) return [];
  const [first, ...rest] = references.map((code) => inputs.get(code) ?? new Map<Period, number | null>());
  const parts = aggregation === "ratio" ? ratioParts(ast) : null;
  const scale = SCALE[unit] ?? 1;
  const figures: FormulaFigure[] = [];
  for (const period of [...first.keys()].sort()) {
    if (rest.some((m) => !m.has(period))) continue;
    const input = (code: string) => inputs.get(code)?.get(period) ?? null;
    const base = populationFor(population, period)?.population ?? null;
    const value = evaluateFormula(ast, input, base);
    if (value === null) continue;
    let numerator: number | null = null;
    let denominator: number | null = null;
    if (parts) {
      const n = evaluateFormula(parts.numerator, input, base);
      const d = evaluateFormula(parts.denominator, input, base);
      if (n !== null && d !== null && d !== 0) {
        numerator = tidy(n / scale);
        denominator = tidy(d);
      }
    }
    figures.push({ period, value: tidy(value), numerator, denominator });
  }
  return figures;
}
