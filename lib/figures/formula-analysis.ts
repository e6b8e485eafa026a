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

/**
 * a combination Σ cᵢ·{refᵢ} + k, as a node: no population, no products or
 * quotients of references, no windows. per_10k(x) counts as x scaled: the
 * population is the same for every month of a financial year (rate.ts).
 */
function isLinear(node: FormulaNode): boolean {
  switch (node.kind) {
    case "number":
    case "ref":
      return true;
    case "population":
    case "window":
      return false;
    case "call":
      return node.fn === "per_10k" && isLinear(node.arg);
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
 * The aggregation a formula's year to date follows (see the top of ./formula.ts):
 * "sum", "ratio", "mean" or "point" (none). `aggregationOf` gives each input's.
 * A rolling window or a year to date is a running figure: no YTD of its own.
 * annualised(x) of flows that add up is a month × 12, so its year to date is
 * the mean of the months, which is the year to date × 12 ÷ the months elapsed.
 */
export function formulaAggregation(node: FormulaNode, aggregationOf: (code: string) => Aggregation | undefined): "sum" | "ratio" | "mean" | "point" {
  let onlySums = true;
  let running = false;
  let annualised = 0;
  walk(node, (n) => {
    if (n.kind === "population") onlySums = false;
    if (n.kind === "ref" && aggregationOf(n.code) !== "sum") onlySums = false;
    if (n.kind === "window" || (n.kind === "call" && n.fn === "ytd")) running = true;
    if (n.kind === "call" && n.fn === "annualised") annualised += 1;
  });
  if (!onlySums || running) return "point";
  if (annualised > 0) return node.kind === "call" && node.fn === "annualised" && annualised === 1 && isLinear(node.arg) ? "mean" : "point";
  if (isLinear(node)) return "sum";
  return ratioParts(node) ? "ratio" : "point";
}
