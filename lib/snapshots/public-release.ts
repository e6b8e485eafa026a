// The public view of a snapshot's figures, with statistical disclosure
// control across related figures (lib/figures/disclosure.ts, domain.md
// "Disclosure control in public releases"): every month a release shows
// (the month, the one before, every month of the chart beside it) of every
// row is one cell, related to the others by the catalogue's relations
// (lib/figures/relations.ts): a count and the percentage made from it, a part
// and its whole, a breakdown and its total, a formula and its inputs. A
// row's year to date (the total of its months, for a summed count) and
// everything worked out from its months (change, direction, judgement, RAG,
// 12-month average and maximum) are cells too, suppressed with their months.
// Pure.
import { financialYearOf, type Direction, type Judgement, type Rag } from "@/lib/figures";
import { discloseCells, isSmall, type DisclosureCell, type DisclosureSum } from "@/lib/figures/disclosure";
import { countStem, relationsOf, type CatalogueEntry, type Relation } from "@/lib/figures/relations";
import type { Unit } from "@/lib/figures/vocabulary";

export interface PublicRowInput {
  code: string;
  unit: string;
  aggregation: string;
  period: string;
  value: number | null;
  previous: number | null;
  previousPeriod?: string | null;
  changeFromPreviousPct: number | null;
  ytd: number | null;
  average12: number | null;
  max12: number | null;
  series: { period: string; value: number | null }[];
  direction?: Direction | null;
  judgement?: Judgement | null;
  rag?: Rag | null;
}

export type Shown = number | "c" | "z" | ":";
type Suppressible<T> = T | "c";

export interface PublicRow {
  code: string;
  value: Shown;
  previous: Shown;
  changeFromPreviousPct: Shown;
  ytd: Shown;
  average12: Shown;
  max12: Shown;
  direction: Suppressible<Direction | null>;
  judgement: Suppressible<Judgement | null>;
  rag: Suppressible<Rag | null>;
  series: { period: string; value: Shown }[];
  /** the months shown as "c" */
  suppressedMonths: string[];
  suppressedCount: number;
}

/** The catalogue facts the relations are read from, for rows given without them. */
export type RowRelations = readonly Relation[];

const monthKey = (code: string, period: string) => `${code}@${period}`;
const rowKey = (code: string, what: string) => `${code}|${what}`;

/** Each row's months as a map (the series, with the month and the one before where the series lacks them). */
function monthsOf(row: PublicRowInput): { months: Map<string, number | null>; previousPeriod: string | null } {
  const months = new Map(row.series.map((s) => [s.period, s.value] as const));
  if (!months.has(row.period)) months.set(row.period, row.value);
  const earlier = [...months.keys()].filter((p) => p < row.period).sort();
  const previousPeriod = row.previousPeriod ?? earlier.at(-1) ?? null;
  if (previousPeriod && !months.has(previousPeriod)) months.set(previousPeriod, row.previous);
  return { months: new Map([...months].sort(([a], [b]) => a.localeCompare(b))), previousPeriod };
}

/**
 * Whether declared parts are a breakdown of their whole this month: all shares
 * of it (shown shares add up to the whole), or their counts add up to it
 * (within the rounding of any worked-out numerators).
 */
function addsUp(cells: ReadonlyMap<string, DisclosureCell>, total: string, parts: readonly string[]): boolean {
  const members = parts.map((k) => cells.get(k)!);
  if (members.every((c) => c.kind === "latent")) return true;
  const whole = cells.get(total)?.value ?? null;
  if (whole === null || members.some((c) => c.value === null)) return false;
  const slack = members.filter((c) => c.kind === "latent").length;
  return Math.abs(members.reduce((a, c) => a + c.value!, 0) - whole) <= slack;
}

/** The cells and sums of a set of rows and their relations. */
function cellsOf(rows: readonly PublicRowInput[], relations: RowRelations) {
  const byCode = new Map(rows.map((r) => [r.code, { row: r, ...monthsOf(r) }]));
  const cells = new Map<string, DisclosureCell>();
  const sums: DisclosureSum[] = [];
  const valueAt = (code: string, p: string) => byCode.get(code)?.months.get(p) ?? null;
  const has = (code: string | null): code is string => !!code && byCode.has(code);

  for (const { row, months } of byCode.values()) {
    for (const [p, value] of months) {
      cells.set(monthKey(row.code, p), { key: monthKey(row.code, p), value, kind: row.unit === "count" ? "count" : "ratio", from: [] });
    }
  }
  const addFrom = (key: string, from: string[]) => {
    const c = cells.get(key);
    if (c) c.from = [...new Set([...(c.from ?? []), ...from])];
  };
  const complement = (nKey: string, dKey: string) => {
    const key = `${nKey}~${dKey}`;
    const n = cells.get(nKey)?.value ?? null;
    const d = cells.get(dKey)?.value ?? null;
    if (!cells.has(key)) cells.set(key, { key, value: n !== null && d !== null ? d - n : null, kind: "latent", from: [nKey, dKey] });
    return key;
  };
  // The cell standing for a figure's count: its own month cell for a count, else its numerator's.
  const numeratorKey = new Map<string, string>();

  const ratios = relations.filter((r): r is Extract<Relation, { kind: "ratio" }> => r.kind === "ratio" && has(r.ratio));
  for (const rel of ratios) {
    const { months } = byCode.get(rel.ratio)!;
    for (const p of months.keys()) {
      const rKey = monthKey(rel.ratio, p);
      const dKey = has(rel.denominator) && cells.has(monthKey(rel.denominator, p)) ? monthKey(rel.denominator, p) : null;
      let nKey: string | null = has(rel.numerator) && cells.has(monthKey(rel.numerator, p)) ? monthKey(rel.numerator, p) : null;
      if (!nKey && dKey) {
        // no count of its own: the numerator is worked out from the ratio and its denominator
        const r = valueAt(rel.ratio, p);
        const d = valueAt(rel.denominator!, p);
        nKey = `${rKey}#n`;
        cells.set(nKey, { key: nKey, value: r !== null && d !== null ? Math.round((r * d) / rel.scale) : null, kind: "latent", from: [rKey, dKey] });
      }
      if (nKey) numeratorKey.set(rKey, nKey);
      const cKey = nKey && dKey && rel.scale === 100 ? complement(nKey, dKey) : null;
      addFrom(rKey, [nKey, dKey, cKey].filter((k): k is string => !!k));
    }
  }
  for (const rel of relations) {
    if (rel.kind === "part" && has(rel.part) && has(rel.whole)) {
      for (const p of byCode.get(rel.part)!.months.keys()) {
        if (cells.has(monthKey(rel.whole, p))) complement(monthKey(rel.part, p), monthKey(rel.whole, p));
      }
    } else if (rel.kind === "sum" && has(rel.whole)) {
      for (const p of byCode.get(rel.whole)!.months.keys()) {
        const parts = rel.parts
          .filter(has)
          .map((code) => numeratorKey.get(monthKey(code, p)) ?? (byCode.get(code)!.row.unit === "count" ? monthKey(code, p) : null))
          .filter((k): k is string => !!k && cells.has(k));
        if (parts.length && (rel.exact || addsUp(cells, monthKey(rel.whole, p), parts))) sums.push({ total: monthKey(rel.whole, p), parts });
      }
    } else if (rel.kind === "inputs" && has(rel.figure)) {
      const inputs = rel.inputs.filter(has);
      for (const p of byCode.get(rel.figure)!.months.keys()) {
        const key = monthKey(rel.figure, p);
        const from = inputs.map((code) => monthKey(code, p)).filter((k) => cells.has(k));
        addFrom(key, from);
        // the figure can be worked out again from its inputs: a small one must not be
        const again = `${key}#calc`;
        if (from.length) cells.set(again, { key: again, value: cells.get(key)!.value, kind: "latent", from });
      }
    }
  }

  // Each row's figures worked out from its months.
  for (const { row, months, previousPeriod } of byCode.values()) {
    const periods = [...months.keys()];
    const fy = financialYearOf(row.period);
    const fyMonths = periods.filter((p) => financialYearOf(p) === fy && p <= row.period).map((p) => monthKey(row.code, p));
    const thisAndPrevious = [monthKey(row.code, row.period), ...(previousPeriod ? [monthKey(row.code, previousPeriod)] : [])];
    const all = periods.map((p) => monthKey(row.code, p));
    const derived = (what: string, value: number | null, from: string[], applicable = true) =>
      cells.set(rowKey(row.code, what), { key: rowKey(row.code, what), value, kind: applicable ? "derived" : "not_applicable", from });
    // A summed count's year to date is itself a count and the total of its months.
    if (row.unit === "count" && row.aggregation === "sum" && row.ytd !== null) {
      cells.set(rowKey(row.code, "ytd"), { key: rowKey(row.code, "ytd"), value: row.ytd, kind: "count" });
      sums.push({ total: rowKey(row.code, "ytd"), parts: fyMonths });
    } else {
      derived("ytd", row.ytd, fyMonths, row.aggregation !== "point");
    }
    derived("change", row.changeFromPreviousPct, thisAndPrevious);
    derived("average12", row.average12, all);
    derived("max12", row.max12, all);
    // direction, judgement and RAG are worked out from the month (and the one before)
    derived("direction", 0, thisAndPrevious);
    derived("rag", 0, [monthKey(row.code, row.period)]);
  }
  return { byCode, cells: [...cells.values()], sums };
}

/**
 * Every row of a paper as the public release shows it. `relations` are the
 * catalogue's (lib/figures/relations.ts); without them, counts and their
 * percentages and rates are still paired by code.
 */
export function publicRows(rows: readonly PublicRowInput[], threshold: number, relations?: RowRelations): Map<string, PublicRow> {
  const rels = relations ?? relationsOf(rows.map((r) => ({ code: r.code, unit: r.unit as Unit })));
  const { byCode, cells, sums } = cellsOf(rows, rels);
  const shown = discloseCells({ cells, sums, threshold });
  const get = (key: string): Shown => shown.get(key)?.shown ?? ":";
  const result = new Map<string, PublicRow>();
  for (const { row, months, previousPeriod } of byCode.values()) {
    const hidden = (what: string) => shown.get(rowKey(row.code, what))?.shown === "c";
    const series = row.series.map((s) => ({ period: s.period, value: get(monthKey(row.code, s.period)) }));
    const ownKeys = [...[...months.keys()].map((p) => monthKey(row.code, p)), ...["ytd", "change", "average12", "max12", "direction", "rag"].map((w) => rowKey(row.code, w))];
    result.set(row.code, {
      code: row.code,
      value: get(monthKey(row.code, row.period)),
      previous: previousPeriod ? get(monthKey(row.code, previousPeriod)) : ":",
      changeFromPreviousPct: get(rowKey(row.code, "change")),
      ytd: get(rowKey(row.code, "ytd")),
      average12: get(rowKey(row.code, "average12")),
      max12: get(rowKey(row.code, "max12")),
      direction: hidden("direction") ? "c" : (row.direction ?? null),
      judgement: hidden("direction") ? "c" : (row.judgement ?? null),
      rag: hidden("rag") ? "c" : (row.rag ?? null),
      series,
      suppressedMonths: [...months.keys()].filter((p) => get(monthKey(row.code, p)) === "c"),
      suppressedCount: ownKeys.filter((k) => get(k) === "c").length,
    });
  }
  return result;
}

/** One row on its own (no relations to other rows). */
export function publicRow(row: PublicRowInput, threshold: number): PublicRow {
  return publicRows([row], threshold).get(row.code)!;
}

/** The relations among a paper's rows, from the catalogue entries of their codes. */
export function paperRelations(rows: readonly { code: string; unit: string }[], catalogue: readonly CatalogueEntry[]): Relation[] {
  const entries = new Map(catalogue.map((e) => [e.code, e]));
  return relationsOf(rows.map((r) => ({ code: r.code, unit: r.unit as Unit, partOf: entries.get(r.code)?.partOf ?? null, formula: entries.get(r.code)?.formula ?? null })));
}

/** Rows any count behind which (its own, its numerator or denominator, its inputs) has a figure from 1 to the threshold anywhere in its history. */
export function hasSmallCountInHistory(
  rows: readonly { code: string; unit: string; history: readonly (number | null)[] }[],
  threshold: number,
  relations?: RowRelations,
): Set<string> {
  const rels = relations ?? relationsOf(rows.map((r) => ({ code: r.code, unit: r.unit as Unit })));
  const small = new Set(rows.filter((r) => r.unit === "count" && r.history.some((v) => isSmall(v, threshold))).map((r) => r.code));
  const behind = new Map<string, string[]>();
  const link = (code: string, others: (string | null)[]) => behind.set(code, [...(behind.get(code) ?? []), ...others.filter((o): o is string => !!o)]);
  for (const rel of rels) {
    if (rel.kind === "ratio") link(rel.ratio, [rel.numerator, rel.denominator]);
    if (rel.kind === "inputs") link(rel.figure, rel.inputs);
  }
  return new Set(rows.filter((r) => small.has(r.code) || (behind.get(r.code) ?? []).some((c) => small.has(c))).map((r) => r.code));
}

export { countStem };

/** The children's survey in public: counts from 1 to the threshold as "c", and another so the total cannot give them away. */
export function publicSurvey(survey: readonly { label: string; count: number }[], threshold: number): { label: string; count: number | "c" }[] {
  const cells: DisclosureCell[] = survey.map((s, i) => ({ key: `s${i}`, value: s.count, kind: "count" }));
  // the answers add up to the children asked, taken as known
  const total: DisclosureCell = { key: "total", value: survey.reduce((a, s) => a + s.count, 0), kind: "latent", from: [] };
  const shown = discloseCells({ cells: [...cells, total], sums: [{ total: "total", parts: cells.map((c) => c.key) }], threshold });
  return survey.map((s, i) => ({ label: s.label, count: shown.get(`s${i}`)!.shown === "c" ? "c" : s.count }));
}
