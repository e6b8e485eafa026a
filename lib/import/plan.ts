// What an import would do, row by row: new, revised (with the figure it
// replaces, who loaded that and when) or unchanged; and the months it would
// open. Pure: the current state is read by current.ts, the plan is written by
// the store-* modules, and the preview shows it without writing anything.
import { createHash } from "node:crypto";
import type { BandSet } from "@/lib/figures/band-sets";
import { formatImportedFigure as shownFigure } from "@/lib/format";
import type { ImportKind } from "./columns";
import { breakdownProblem } from "@/lib/figures/breakdowns";
import type { ImportError } from "./errors";
import type { BenchmarkRecord, BreakdownRecord, CommentaryRecord, IndicatorRecord, OutturnRecord, ValueRecord } from "./records";

type RowChange = "new" | "revised" | "unchanged";

export interface PlanItem<R = unknown, B = unknown> {
  /** the line of the file (sheet row for XLSX) */
  row: number;
  /** what the row is about: "M1 2020-05", "M1 england 2019/20" */
  label: string;
  change: RowChange;
  record: R;
  /** the stored state it replaces; null when new */
  before: B | null;
  beforeText: string | null;
  afterText: string;
  /** who loaded or last changed the stored state, and when */
  beforeBy: string | null;
  beforeAt: Date | null;
}

export interface ImportPlan<R = unknown, B = unknown> {
  kind: ImportKind;
  items: PlanItem<R, B>[];
  /** months the import opens for commentary (values only) */
  opens: string[];
  counts: { new: number; revised: number; unchanged: number };
  /** what the preview says beside the rows ("LAC1 2022-01 gender: 20 not recorded") */
  notes?: string[];
}

/** Who loaded a stored row and when. */
interface Provenance {
  by: string | null;
  at: Date | null;
}

export interface CurrentValue extends Provenance {
  id: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  revision: number;
}

export interface CurrentYearly extends Provenance {
  id: number;
  value: number;
}

export interface CurrentCommentary extends Provenance {
  id: number;
  body: string;
  status: string;
  version: number;
  authorId: string | null;
}

/** An indicator as stored, in the record's terms (owner/reporter as emails). */
export type CurrentIndicator = Omit<IndicatorRecord, "row"> &
  Provenance & { id: number; sortOrder: number; ownerId: string | null; reporterId: string | null; bandsIllustrative: boolean; bandSets?: BandSet[] };

export function finish<R, B>(kind: ImportKind, items: PlanItem<R, B>[], opens: string[] = []): ImportPlan<R, B> {
  const counts = { new: 0, revised: 0, unchanged: 0 };
  for (const item of items) counts[item.change] += 1;
  return { kind, items, opens: [...opens].sort(), counts };
}

export function item<R, B>(
  record: R & { row: number },
  label: string,
  before: (B & Provenance) | undefined,
  same: boolean,
  beforeText: string | null,
  afterText: string,
): PlanItem<R, B> {
  return {
    row: record.row,
    label,
    change: !before ? "new" : same ? "unchanged" : "revised",
    record,
    before: before ?? null,
    beforeText: before ? beforeText : null,
    afterText,
    beforeBy: before?.by ?? null,
    beforeAt: before?.at ?? null,
  };
}

/** "58.3 (972 of 1666); note: late data"; a figure worked out from its numerator and denominator is shown rounded. */
function valueText(v: { value: number | null; numerator: number | null; denominator: number | null; note: string | null }): string {
  let text = v.value === null ? "blank" : shownFigure(v.value);
  if (v.numerator !== null && v.denominator !== null) text += ` (${v.numerator} of ${v.denominator})`;
  if (v.note) text += `; note: ${v.note.length > 60 ? `${v.note.slice(0, 59)}…` : v.note}`;
  return text;
}

const yearlyText = (v: number | null | undefined) => (v === null || v === undefined ? String(v) : shownFigure(v));

export const valueKey = (indicatorId: number, period: string) => `${indicatorId}|${period}`;

export function planValues(
  records: readonly ValueRecord[],
  idByCode: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, CurrentValue>,
  openPeriods: ReadonlySet<string>,
): ImportPlan<ValueRecord, CurrentValue> {
  const opens = new Set<string>();
  const items = records.map((r) => {
    const before = current.get(valueKey(idByCode.get(r.indicator)!, r.period));
    if (!openPeriods.has(r.period)) opens.add(r.period);
    const same =
      !!before &&
      before.value === r.value &&
      before.numerator === r.numerator &&
      before.denominator === r.denominator &&
      (before.note ?? null) === (r.note ?? null);
    return item<ValueRecord, CurrentValue>(r, `${r.indicator} ${r.period}`, before, same, before ? valueText(before) : null, valueText(r));
  });
  return finish("values", items, [...opens]);
}

export function planOutturns(
  records: readonly OutturnRecord[],
  idByCode: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, CurrentYearly>,
): ImportPlan<OutturnRecord, CurrentYearly> {
  const items = records.map((r) => {
    const before = current.get(`${idByCode.get(r.indicator)}|${r.year}`);
    return item<OutturnRecord, CurrentYearly>(r, `${r.indicator} ${r.year}`, before, before?.value === r.value, yearlyText(before?.value), yearlyText(r.value));
  });
  return finish("outturns", items);
}

export function planBenchmarks(
  records: readonly BenchmarkRecord[],
  idByCode: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, CurrentYearly>,
): ImportPlan<BenchmarkRecord, CurrentYearly> {
  const items = records.map((r) => {
    const before = current.get(`${idByCode.get(r.indicator)}|${r.benchmark}|${r.year}`);
    const label = `${r.indicator} ${r.benchmark} ${r.year}`;
    return item<BenchmarkRecord, CurrentYearly>(r, label, before, before?.value === r.value, yearlyText(before?.value), yearlyText(r.value));
  });
  return finish("benchmarks", items);
}

const INDICATOR_FIELDS = [
  "title", "service", "polarity", "unit", "aggregation", "decimals", "frequency", "basis", "outcome", "definition", "owner", "reporter", "councilPlan", "formula", "partOf",
] as const satisfies readonly (keyof IndicatorRecord)[];
const BAND_FIELDS = ["greenMin", "greenMax", "amberMin", "amberMax", "target"] as const satisfies readonly (keyof IndicatorRecord & keyof BandSet)[];

/**
 * The bands and target a row changes: with an effective_from, against the set
 * from that month (none yet: a new set); without, against the newest set.
 */
function bandChanges(r: IndicatorRecord, before: CurrentIndicator): { field: string; was: unknown; now: unknown }[] {
  const from = r.effectiveFrom ?? null;
  const set = from === null ? before : (before.bandSets ?? []).find((s) => s.effectiveFrom === from);
  if (!set) return [{ field: "effectiveFrom", was: "no set from that month", now: `a new set from ${from}` }];
  return BAND_FIELDS.filter((f) => (set[f] ?? null) !== (r[f] ?? null)).map((f) => ({ field: f, was: set[f], now: r[f] }));
}

/** The catalogue: an indicator is revised when any field, or its place in the order, differs. */
export function planIndicators(
  records: readonly IndicatorRecord[],
  current: ReadonlyMap<string, CurrentIndicator>,
): ImportPlan<IndicatorRecord, CurrentIndicator> {
  const items = records.map((r, index) => {
    const before = current.get(r.code);
    const changed = before
      ? [...INDICATOR_FIELDS.filter((f) => (before[f] ?? null) !== (r[f] ?? null)).map((f) => ({ field: f, was: before[f], now: r[f] })), ...bandChanges(r, before)]
      : [];
    const moved = before !== undefined && before.sortOrder !== index + 1;
    const beforeText = changed.map((c) => `${c.field}: ${shown(c.was)}`).join("; ") || (moved ? "same fields, another place in the order" : "");
    const afterText = before ? changed.map((c) => `${c.field}: ${shown(c.now)}`).join("; ") || `place ${index + 1}` : r.title;
    return item<IndicatorRecord, CurrentIndicator>(r, r.code, before, changed.length === 0 && !moved, beforeText, afterText);
  });
  return finish("indicators", items);
}

function shown(v: unknown): string {
  if (v === null || v === undefined || v === "") return "blank";
  const text = String(v);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export function planCommentary(
  records: readonly CommentaryRecord[],
  idByCode: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, CurrentCommentary>,
): ImportPlan<CommentaryRecord, CurrentCommentary> {
  const items = records.map((r) => {
    const before = current.get(`${idByCode.get(r.indicator)}|${r.period}`);
    const same = !!before && before.body === r.body && before.status === r.status;
    return item<CommentaryRecord, CurrentCommentary>(
      r,
      `${r.indicator} ${r.period}`,
      before,
      same,
      before ? `${before.status}: ${shown(before.body)}` : null,
      `${r.status}: ${shown(r.body)}`,
    );
  });
  return finish("commentary", items);
}

/** A breakdown count's key: indicator, month, dimension and category (lower-case). */
export const breakdownKey = (indicatorId: number, period: string, dimension: string, category: string) =>
  `${indicatorId}|${period}|${dimension.toLowerCase()}|${category.toLowerCase()}`;

export interface CurrentBreakdowns {
  /** by breakdownKey */
  counts: ReadonlyMap<string, CurrentYearly>;
  /** the indicator's current figure, by valueKey */
  figures: ReadonlyMap<string, number | null>;
}

/**
 * A planner of counts that split a stored figure (breakdowns, cohorts): the
 * rows against the counts stored, and each figure's parts against the figure.
 * Parts that add up to more than it are errors; the plan is used only without any.
 */
export type PartsPlanner<R, C> = (
  records: readonly R[],
  idByCode: ReadonlyMap<string, number>,
  current: C,
  file: string,
) => { plan: ImportPlan<R, CurrentYearly>; errors: ImportError[] };

/**
 * Breakdown rows against what is stored, and each dimension's sum (the file's
 * counts with the stored ones it leaves as they are) against the indicator's
 * figure: more than the figure, or no figure, is an error on the dimension's
 * first row; less is a note of how many are not recorded.
 */
export const planBreakdowns: PartsPlanner<BreakdownRecord, CurrentBreakdowns> = (records, idByCode, current, file) => {
  const groups = new Map<string, { first: BreakdownRecord; label: string; id: number; period: string; dimension: string; sum: number; keys: Set<string> }>();
  const items = records.map((r) => {
    const id = idByCode.get(r.indicator)!;
    const key = breakdownKey(id, r.period, r.dimension, r.category);
    const before = current.counts.get(key);
    const groupKey = `${id}|${r.period}|${r.dimension.toLowerCase()}`;
    const group = groups.get(groupKey) ?? { first: r, label: `${r.indicator} ${r.period} ${r.dimension}`, id, period: r.period, dimension: r.dimension.toLowerCase(), sum: 0, keys: new Set<string>() };
    group.sum += r.value;
    group.keys.add(key);
    groups.set(groupKey, group);
    const label = `${r.indicator} ${r.period} ${r.dimension}: ${r.category}`;
    return item<BreakdownRecord, CurrentYearly>(r, label, before, before?.value === r.value, String(before?.value), String(r.value));
  });
  const errors: ImportError[] = [];
  const notes: string[] = [];
  for (const g of groups.values()) {
    // stored categories of the dimension the file does not name stay, and count
    const prefix = `${g.id}|${g.period}|${g.dimension}|`;
    let sum = g.sum;
    for (const [key, stored] of current.counts) if (key.startsWith(prefix) && !g.keys.has(key)) sum += stored.value;
    const figure = current.figures.get(valueKey(g.id, g.period)) ?? null;
    const problem = breakdownProblem(sum, figure);
    const at = { file, row: g.first.row, column: null };
    if (problem === "no_figure") errors.push({ ...at, reason: `${g.label}: ${g.first.indicator} has no figure for ${g.period}; load its values first` });
    else if (problem === "over") errors.push({ ...at, reason: `${g.label}: the categories add up to ${sum}, more than the figure of ${figure}` });
    else if (figure !== null && sum < figure) notes.push(`${g.label}: ${figure - sum} of ${figure} not recorded`);
  }
  return { plan: { ...finish("breakdowns", items), notes }, errors };
};

/**
 * A digest of what the plan would do: each row's change and the stored row
 * it replaces. The preview keeps it; "Import" recomputes it and refuses when
 * it differs, because the figures moved since the preview was shown.
 */
export function planDigest(plan: ImportPlan): string {
  const hash = createHash("sha256").update(plan.kind);
  for (const i of plan.items) {
    const ref = i.before as { id?: number; revision?: number; version?: number } | null;
    hash.update(`\n${i.row}:${i.change}:${ref?.id ?? ""}:${ref?.revision ?? ref?.version ?? ""}:${i.beforeText ?? ""}`);
  }
  hash.update(`\n${plan.opens.join(",")}`);
  return hash.digest("hex");
}
