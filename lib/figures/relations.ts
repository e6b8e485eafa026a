// Which figures of the catalogue are parts of which, for statistical
// disclosure control (./disclosure.ts, domain.md "Disclosure control in public
// releases"): showing two related figures can give away a third by
// arithmetic, so the public release must know how they are related.
//
// Read from the catalogue:
// - a count and the percentage or rate made from it, paired by code
//   ("CP4 (val)" is the numerator of "CP4", "M2" of the rate "M2-NI");
// - `part_of`: an indicator declared a subset of a count ("CP4 (val)" part of
//   "CP2"; the percentage "EH3a%" a share of "EH3"). A part's complement
//   (whole − part) is a figure too; a percentage part of a count has that count
//   as its denominator, and so has the percentage paired with a count part;
// - a formula's inputs: a ratio's numerator and denominator, a plain sum's
//   addends, and for any other formula every input.
// Parts declared of one whole may overlap ("held in time" and "resulting in a
// plan" are both parts of the conferences), so they are taken as a breakdown
// that adds up only where their figures do, or where they are all shares. Pure.
import { parseFormula, type FormulaNode } from "./formula";
import { ratioParts } from "./formula-analysis";
import type { Unit } from "./vocabulary";

export interface CatalogueEntry {
  code: string;
  unit: Unit;
  partOf?: string | null;
  formula?: string | null;
}

/** `ratio` is numerator ÷ denominator × scale; a null denominator is a public base (the 0–17 population). */
export type Relation =
  | { kind: "ratio"; ratio: string; numerator: string | null; denominator: string | null; scale: number }
  /** a count that is a subset of another: whole − part is a figure too */
  | { kind: "part"; part: string; whole: string }
  /**
   * whole = Σ parts: always for a formula's sum; for parts declared of one
   * whole (`exact` false), in the months their figures add up to it or where
   * they are all shares of it (the shares give the breakdown away)
   */
  | { kind: "sum"; whole: string; parts: string[]; exact: boolean }
  /** worked out from these inputs in some other way: hidden with any of them */
  | { kind: "inputs"; figure: string; inputs: string[] };

/** What the unit's figure is of its numerator over its denominator. */
export function ratioScale(unit: Unit): number | null {
  if (unit === "percent") return 100;
  if (unit === "rate_per_10k") return 10_000;
  return null;
}

/**
 * The code a figure's count and its percentages and rates share: "CP5-QL (val)",
 * "CP5-QL" → "CP5-QL"… → "CP5"; "LAC6 (%)" → "LAC6"; "CP2b %" → "CP2b"; "M2-NI" → "M2".
 */
export function countStem(code: string): string {
  return code
    .trim()
    .replace(/\s*\((?:val|%)\)$/i, "")
    .replace(/\s*%$/, "")
    .replace(/-(?:QL|NI)$/i, "");
}

/** every {CODE} of a formula node */
function refsOf(node: FormulaNode): string[] {
  switch (node.kind) {
    case "ref":
      return [node.code];
    case "negate":
      return refsOf(node.arg);
    case "binary":
      return [...refsOf(node.left), ...refsOf(node.right)];
    default:
      return [];
  }
}

/** the one {CODE} of a node that is just a reference (or a constant times one), else null */
function singleRef(node: FormulaNode): string | null {
  if (node.kind === "ref") return node.code;
  if (node.kind === "binary" && node.op === "*") {
    if (node.left.kind === "number") return singleRef(node.right);
    if (node.right.kind === "number") return singleRef(node.left);
  }
  return null;
}

/** the addends of {A} + {B} + …, or null for any other shape */
function plainSum(node: FormulaNode): string[] | null {
  if (node.kind === "ref") return [node.code];
  if (node.kind === "binary" && node.op === "+") {
    const left = plainSum(node.left);
    const right = plainSum(node.right);
    return left && right ? [...left, ...right] : null;
  }
  return null;
}

function formulaRelations(entry: CatalogueEntry, known: ReadonlySet<string>): Relation[] {
  const parsed = entry.formula ? parseFormula(entry.formula) : null;
  if (!parsed?.ok) return [];
  const ratio = ratioParts(parsed.ast);
  const scale = ratioScale(entry.unit);
  if (ratio && scale) {
    const numerator = singleRef(ratio.numerator);
    const denominator = ratio.denominator.kind === "population" ? null : singleRef(ratio.denominator);
    if (numerator && known.has(numerator) && (ratio.denominator.kind === "population" || (denominator && known.has(denominator)))) {
      return [{ kind: "ratio", ratio: entry.code, numerator, denominator, scale }];
    }
  }
  const addends = entry.unit === "count" ? plainSum(parsed.ast) : null;
  if (addends && addends.length > 1 && addends.every((a) => known.has(a))) return [{ kind: "sum", whole: entry.code, parts: addends, exact: true }];
  const inputs = [...new Set(refsOf(parsed.ast))].filter((c) => known.has(c));
  return inputs.length ? [{ kind: "inputs", figure: entry.code, inputs }] : [];
}

/** Every relation among the given catalogue entries (relations to codes not given are left out). */
export function relationsOf(entries: readonly CatalogueEntry[]): Relation[] {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const isCount = (code: string | null | undefined) => !!code && byCode.get(code)?.unit === "count";
  const countByStem = new Map<string, string>();
  for (const e of entries) if (e.unit === "count" && !countByStem.has(countStem(e.code))) countByStem.set(countStem(e.code), e.code);

  const relations: Relation[] = [];
  const partsOf = new Map<string, string[]>();
  const addPart = (whole: string, part: string) => partsOf.set(whole, [...(partsOf.get(whole) ?? []), part]);

  for (const e of entries) {
    if (e.formula) {
      relations.push(...formulaRelations(e, new Set(byCode.keys())));
      continue;
    }
    const scale = ratioScale(e.unit);
    const whole = e.partOf && isCount(e.partOf) && e.partOf !== e.code ? e.partOf : null;
    if (e.unit === "count") {
      if (whole) {
        relations.push({ kind: "part", part: e.code, whole });
        addPart(whole, e.code);
      }
      continue;
    }
    if (!scale) continue;
    const pairedCount = countByStem.get(countStem(e.code)) ?? null;
    // a percentage's denominator: the count it is declared part of, or the whole its paired count is part of
    const pairedWhole = pairedCount ? byCode.get(pairedCount)?.partOf : null;
    const denominator = e.unit === "percent" ? (whole ?? (isCount(pairedWhole) ? pairedWhole! : null)) : null;
    if (e.unit === "rate_per_10k" && pairedCount) {
      relations.push({ kind: "ratio", ratio: e.code, numerator: pairedCount, denominator: null, scale });
    } else if (pairedCount || denominator) {
      relations.push({ kind: "ratio", ratio: e.code, numerator: pairedCount, denominator, scale });
      // a percentage part of a count with no count of its own stands for its numerator in the whole's breakdown
      if (whole && !pairedCount) addPart(whole, e.code);
    }
  }
  for (const [whole, parts] of partsOf) {
    if (parts.length > 1) relations.push({ kind: "sum", whole, parts, exact: false });
  }
  return relations;
}

/** The cycle among `part_of` declarations ("A → B → A"), or null. */
export function findPartOfCycle(partOf: ReadonlyMap<string, string | null | undefined>): string[] | null {
  for (const start of partOf.keys()) {
    const seen: string[] = [];
    let code: string | null | undefined = start;
    while (code) {
      if (seen.includes(code)) return [...seen.slice(seen.indexOf(code)), code];
      seen.push(code);
      code = partOf.get(code);
    }
  }
  return null;
}
