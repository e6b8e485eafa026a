// A formula indicator's figures, month by month, from its inputs' current
// figures: one for every month any input has a figure. A month whose value
// cannot be worked out (an input missing there or in its window, no
// population, a zero divisor) has no figure and says why (`reason`), so the
// page can show it where the figure would be. For a "ratio" year to date the
// numerator and denominator are kept too, so the year to date is the ratio of
// the sums (ytd.ts): numerator ÷ the unit's scale, so that numerator ÷
// denominator × scale is the formula's value.
import type { FormulaNode } from "./formula";
import { ratioParts } from "./formula-analysis";
import { formulaValueAt, type FormulaInputs } from "./formula-eval";
import { populationFor } from "./rate";
import { tidy } from "./round";
import type { Period, Unit } from "./types";

export interface FormulaFigure {
  period: Period;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** why there is no value ("no figure for M2 in September 2019"); null when there is one */
  reason: string | null;
}

const SCALE: Partial<Record<Unit, number>> = { percent: 100, rate_per_10k: 10_000 };

/** what a formula reads: its inputs' figures by month and the population by year */
export function formulaInputs(inputs: ReadonlyMap<string, ReadonlyMap<Period, number | null>>, population: Record<string, number>): FormulaInputs {
  return {
    value: (code, period) => inputs.get(code)?.get(period) ?? null,
    population: (period) => populationFor(population, period)?.population ?? null,
  };
}

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
  const months = new Set<Period>();
  for (const code of references) for (const [period, value] of inputs.get(code) ?? []) if (value !== null) months.add(period);
  const read = formulaInputs(inputs, population);
  const parts = aggregation === "ratio" ? ratioParts(ast) : null;
  const scale = SCALE[unit] ?? 1;
  const figures: FormulaFigure[] = [];
  for (const period of [...months].sort()) {
    const outcome = formulaValueAt(ast, period, read);
    if (outcome.value === null) {
      figures.push({ period, value: null, numerator: null, denominator: null, reason: outcome.reason });
      continue;
    }
    let numerator: number | null = null;
    let denominator: number | null = null;
    if (parts) {
      const n = formulaValueAt(parts.numerator, period, read).value;
      const d = formulaValueAt(parts.denominator, period, read).value;
      if (n !== null && d !== null && d !== 0) {
        numerator = tidy(n / scale);
        denominator = tidy(d);
      }
    }
    figures.push({ period, value: tidy(outcome.value), numerator, denominator, reason: null });
  }
  return figures;
}
