// What a formula's shape says: the order formulas must be computed in (and
// any cycle among them), and how its year to date is taken from its inputs'
// (see ./formula.ts for the rule). Pure.
import { constantValue, walk, type FormulaNode } from "./formula";
import type { Aggregation } from "./vocabulary";

/**
 * A cycle among formulas ("A → B → A"), or null. `formulas` maps each
 * formula indicator's code to the codes it refers to.
 */
export function findFormulaCycle(formulas: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const visit = (code: string): string[] | null => {
    if (state.get(code) === "done") return null;
    if (state.get(code) === "visiting") return [...path.slice(path.indexOf(code)), code];
    state.set(code, "visiting");
    path.push(code);
    for (const next of formulas.get(code) ?? []) {
      if (!formulas.has(next)) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(code, "done");
    return null;
  };
  for (const code of formulas.keys()) {
    const cycle = visit(code);
    if (cycle) return cycle;
  }
  return null;
}

/** formula codes in an order where every formula comes after the formulas it uses (assumes no cycle) */
export function formulaOrder(formulas: ReadonlyMap<string, readonly string[]>): string[] {
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (code: string) => {
    if (done.has(code)) return;
    done.add(code);
    for (const next of formulas.get(code) ?? []) if (formulas.has(next)) visit(next);
    order.push(code);
  };
  for (const code of formulas.keys()) visit(code);
  return order;
}

/** a combination Σ cᵢ·{refᵢ} + k, as a node: no population, no products or quotients of references */
function isLinear(node: FormulaNode): boolean {
  switch (node.kind) {
    case "number":
    case "ref":
      return true;
    case "population":
      return false;
    case "negate":
      return isLinear(node.arg);
    case "binary":
      if (node.op === "+" || node.op === "-") return isLinear(node.left) && isLinear(node.right);
      if (node.op === "*") return (constantValue(node.left) !== null && isLinear(node.right)) || (constantValue(node.right) !== null && isLinear(node.left));
      return constantValue(node.right) !== null && isLinear(node.left);
  }
}

/** numerator and denominator of a ratio form (c × A / B, A / B × c, A / B), constants folded into the numerator */
export function ratioParts(node: FormulaNode): { numerator: FormulaNode; denominator: FormulaNode } | null {
  if (node.kind === "binary" && node.op === "/" && isLinear(node.left) && isLinear(node.right) && constantValue(node.right) === null) {
    return { numerator: node.left, denominator: node.right };
  }
  if (node.kind === "binary" && node.op === "*") {
    const [constant, rest] = constantValue(node.left) !== null ? [node.left, node.right] : constantValue(node.right) !== null ? [node.right, node.left] : [null, null];
    const inner = rest ? ratioParts(rest) : null;
    if (constant && inner) return { numerator: { kind: "binary", op: "*", left: constant, right: inner.numerator }, denominator: inner.denominator };
  }
  return null;
}

/**
 * The aggregation a formula's year to date follows (see the top of this
 * file): "sum", "ratio" or "point" (none). `aggregationOf` gives each input's.
 */
export function formulaAggregation(node: FormulaNode, aggregationOf: (code: string) => Aggregation | undefined): "sum" | "ratio" | "point" {
  let onlySums = true;
  walk(node, (n) => {
    if (n.kind === "population") onlySums = false;
    if (n.kind === "ref" && aggregationOf(n.code) !== "sum") onlySums = false;
  });
  if (!onlySums) return "point";
  if (isLinear(node)) return "sum";
  return ratioParts(node) ? "ratio" : "point";
}
