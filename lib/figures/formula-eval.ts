// A formula's value for a month M (./formula.ts), from its inputs' figures by
// month and the 0–17 population. When there is no value the result says why,
// in words a page can show where the figure would be: "no figure for M2 in
// September 2019" (every missing month of a window is named), "no 0–17
// population for 2019 or earlier", "divides by zero in May 2020". A missing
// figure is never read as zero. Pure.
import { apply, type FormulaNode } from "./formula";
import { addMonths, monthsOfFinancialYearTo, periodLabel } from "./periods";
import type { Period } from "./types";

export interface FormulaInputs {
  /** an input's figure for a month, or null when it has none */
  value(code: string, period: Period): number | null;
  /** the 0–17 population a month uses (rate.ts: its financial year's), or null */
  population(period: Period): number | null;
}

export type FormulaOutcome = { value: number; reason: null } | { value: null; reason: string };

type Gap = { missing: { code: string; period: Period }[]; problems: string[] };
type Step = { ok: true; value: number } | ({ ok: false } & Gap);

const POPULATION = "\u0000population";

const fail = (gap: Partial<Gap>): Step => ({ ok: false, missing: gap.missing ?? [], problems: gap.problems ?? [] });
const merge = (steps: Step[]): Step => fail({ missing: steps.flatMap((s) => (s.ok ? [] : s.missing)), problems: steps.flatMap((s) => (s.ok ? [] : s.problems)) });

function at(node: FormulaNode, period: Period, inputs: FormulaInputs): Step {
  switch (node.kind) {
    case "number":
      return { ok: true, value: node.value };
    case "ref": {
      const v = inputs.value(node.code, period);
      return v === null ? fail({ missing: [{ code: node.code, period }] }) : { ok: true, value: v };
    }
    case "population": {
      const v = inputs.population(period);
      return v === null ? fail({ missing: [{ code: POPULATION, period }] }) : { ok: true, value: v };
    }
    case "negate": {
      const v = at(node.arg, period, inputs);
      return v.ok ? { ok: true, value: -v.value } : v;
    }
    case "binary": {
      const l = at(node.left, period, inputs);
      const r = at(node.right, period, inputs);
      if (!l.ok || !r.ok) return merge([l, r]);
      if (node.op === "/" && r.value === 0) return fail({ problems: [`divides by zero in ${periodLabel(period)}`] });
      return finite(apply(node.op, l.value, r.value), period);
    }
    case "window": {
      const months = Array.from({ length: node.months }, (_, i) => addMonths(period, i - node.months + 1));
      const total = sumOver(node.arg, months, inputs);
      if (!total.ok) return total;
      return finite(node.fn === "rolling_sum" ? total.value : total.value / node.months, period);
    }
    case "call":
      return call(node.fn, node.arg, period, inputs);
  }
}

function call(fn: "annualised" | "per_10k" | "ytd", arg: FormulaNode, period: Period, inputs: FormulaInputs): Step {
  if (fn === "ytd") return sumOver(arg, monthsOfFinancialYearTo(period), inputs);
  const v = at(arg, period, inputs);
  if (!v.ok) return v;
  if (fn === "annualised") {
    // a year to date covers the months since April: scale it to twelve; a month's flow is one month of twelve
    const elapsed = arg.kind === "call" && arg.fn === "ytd" ? monthsOfFinancialYearTo(period).length : 1;
    return finite((v.value * 12) / elapsed, period);
  }
  const population = inputs.population(period);
  if (population === null) return fail({ missing: [{ code: POPULATION, period }] });
  return finite((v.value / population) * 10_000, period);
}

function sumOver(arg: FormulaNode, months: Period[], inputs: FormulaInputs): Step {
  const steps = months.map((m) => at(arg, m, inputs));
  if (steps.some((s) => !s.ok)) return merge(steps);
  return { ok: true, value: steps.reduce((a, s) => a + (s.ok ? s.value : 0), 0) };
}

function finite(value: number, period: Period): Step {
  return Number.isFinite(value) ? { ok: true, value } : fail({ problems: [`is not a finite number in ${periodLabel(period)}`] });
}

/** "no figure for M2 in August 2019 and September 2019; divides by zero in May 2020" */
function reasonOf(gap: Gap): string {
  const byCode = new Map<string, Period[]>();
  for (const { code, period } of gap.missing) {
    const periods = byCode.get(code) ?? [];
    if (!periods.includes(period)) periods.push(period);
    byCode.set(code, periods);
  }
  const parts = [...byCode].map(([code, periods]) => {
    const months = listed(periods.sort().map(periodLabel));
    return code === POPULATION ? `no 0–17 population for the year of ${months}` : `no figure for ${code} in ${months}`;
  });
  return [...parts, ...new Set(gap.problems)].join("; ");
}

function listed(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** the formula's value at month M, or why it has none */
export function formulaValueAt(node: FormulaNode, period: Period, inputs: FormulaInputs): FormulaOutcome {
  const step = at(node, period, inputs);
  return step.ok ? { value: step.value, reason: null } : { value: null, reason: reasonOf(step) };
}
