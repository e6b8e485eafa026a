// Checking one indicator's formula against the catalogue, as the catalogue
// editor does before a preview or a save: it must parse (a constant zero
// divisor and a bad window size are parse errors, ./formula.ts), name only
// indicators that exist, not use itself through other formulas, and the
// indicator's year to date must be the one the formula's shape allows
// (./formula-analysis.ts). The catalogue import checks a whole file the same
// way (lib/import/validate-formulas.ts). Pure.
import { parseFormula, type FormulaNode } from "./formula";
import { findFormulaCycle, formulaAggregation } from "./formula-analysis";
import { AGGREGATION_TEXT, type Aggregation } from "./vocabulary";

export interface CatalogueEntry {
  aggregation: Aggregation;
  formula: string | null;
}

export type FormulaCheck =
  | { ok: true; ast: FormulaNode; references: string[]; aggregation: Aggregation }
  | { ok: false; problem: string };

/** the problem with `formula` for indicator `code`, or its tree and the year to date it allows */
export function checkFormula(code: string, formula: string, catalogue: ReadonlyMap<string, CatalogueEntry>): FormulaCheck {
  const parsed = parseFormula(formula);
  if (!parsed.ok) return { ok: false, problem: `The formula is not valid: ${parsed.error}.` };
  const unknown = parsed.references.filter((ref) => ref !== code && !catalogue.has(ref));
  if (unknown.length) return { ok: false, problem: `The formula names ${unknown.map((u) => `{${u}}`).join(", ")}, which ${unknown.length === 1 ? "is not an indicator code" : "are not indicator codes"} in the catalogue.` };
  // this formula first, so a circle is told from it
  const graph = new Map<string, string[]>([[code, parsed.references]]);
  for (const [other, entry] of catalogue) {
    if (other === code || !entry.formula) continue;
    const p = parseFormula(entry.formula);
    if (p.ok) graph.set(other, p.references);
  }
  const cycle = findFormulaCycle(graph);
  if (cycle) return { ok: false, problem: `The formula uses itself: ${cycle.join(" → ")}.` };
  const aggregation = formulaAggregation(parsed.ast, (ref) => catalogue.get(ref)?.aggregation);
  return { ok: true, ast: parsed.ast, references: parsed.references, aggregation };
}

/** why an indicator's year to date does not fit its formula, or null when it does */
export function aggregationMismatch(chosen: Aggregation, allowed: Aggregation): string | null {
  if (chosen === allowed) return null;
  return `This formula's year to date can only be made ${AGGREGATION_TEXT[allowed]}: choose that for "Year to date is made".`;
}
