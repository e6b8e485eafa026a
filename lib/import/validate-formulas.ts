// The catalogue's formulas (indicators.csv "formula" column, lib/figures/formula.ts),
// checked across the whole file and the indicators already stored: every
// {CODE} must be an indicator, formulas must not use each other in a circle,
// and the aggregation must be the one the formula's year to date follows.
import { parseFormula, type FormulaNode } from "@/lib/figures/formula";
import { findFormulaCycle, formulaAggregation } from "@/lib/figures/formula-analysis";
import { quoteCell, type ImportError } from "./errors";
import type { RecordsCheck } from "./kind-rules";
import type { IndicatorRecord } from "./records";
import type { Aggregation } from "./vocabulary";

const AGGREGATION_REASON = {
  sum: "its inputs all add up by month and it combines them linearly, so its year to date is the sum",
  ratio: "its inputs all add up by month and it divides one sum by another, so its year to date is the ratio of the sums",
  mean: "it annualises flows that add up by month, so its year to date is the mean of the months (the year to date × 12 ÷ the months elapsed)",
  point: "it has no year to date (it uses {population}, an input that does not add up by month, a product, a rolling window or ytd())",
} as const;

/** the text of a formula cell, or its problem ("…" in column "formula" + problem) */
export function readFormulaCell(text: string): { ok: true; value: string } | { ok: false; problem: string } {
  const parsed = parseFormula(text);
  return parsed.ok ? { ok: true, value: text.trim() } : { ok: false, problem: `is not a formula: ${parsed.error}` };
}

export const checkFormulas: RecordsCheck<IndicatorRecord> = (records, { file, context, columnOf }) => {
  const errors: ImportError[] = [];
  const inFile = new Map(records.map((r) => [r.code, r]));
  const aggregationOf = (code: string): Aggregation | undefined => inFile.get(code)?.aggregation ?? context?.indicators.get(code)?.aggregation;
  const graph = new Map<string, string[]>();
  const trees = new Map<string, FormulaNode>();
  for (const [code, facts] of context?.indicators ?? []) {
    if (facts.formula && !inFile.has(code)) {
      const parsed = parseFormula(facts.formula);
      if (parsed.ok) graph.set(code, parsed.references);
    }
  }
  for (const r of records) {
    if (!r.formula) continue;
    const parsed = parseFormula(r.formula);
    if (!parsed.ok) continue; // reported on its row already
    graph.set(r.code, parsed.references);
    trees.set(r.code, parsed.ast);
    const unknown = parsed.references.filter((code) => aggregationOf(code) === undefined);
    for (const code of unknown) {
      errors.push({ file, row: r.row, column: columnOf("formula"), reason: `{${code}} in column "formula" is not a known indicator code` });
    }
  }
  const cycle = findFormulaCycle(graph);
  if (cycle) {
    const row = inFile.get(cycle[0])?.row ?? records[0]?.row ?? 1;
    errors.push({ file, row, column: columnOf("formula"), reason: `the formulas use each other in a circle: ${cycle.join(" → ")}` });
  }
  if (errors.length) return errors;
  for (const [code, ast] of trees) {
    const r = inFile.get(code)!;
    const wanted = formulaAggregation(ast, aggregationOf);
    if (r.aggregation !== wanted) {
      errors.push({
        file,
        row: r.row,
        column: columnOf("aggregation"),
        reason: `${quoteCell(r.aggregation)} in column "aggregation" does not fit the formula: ${AGGREGATION_REASON[wanted]}; write ${quoteCell(wanted)}`,
      });
    }
  }
  return errors;
};
