// Cohorts: a group followed through its outcomes (domain.md "Cohorts"). The
// group's size is the cohort indicator's figure; its outcomes add up to no
// more than the size, and an outcome's levels to no more than the outcome;
// what is left is "outcome not yet known". A public release shows the split
// through the same disclosure rules as a breakdown: 1 to the threshold is
// `c`, and in every sum zero or at least two cells are hidden. Pure.
import type { ShownCount } from "./breakdowns";
import { discloseCells, type DisclosureCell, type DisclosureSum } from "./disclosure";

export interface OutcomeCount {
  key: string;
  label: string;
  /** the outcome it is within (its key); null: a part of the whole group */
  parentKey: string | null;
  value: number;
}

export interface CohortOutcome<V = number> {
  key: string;
  label: string;
  value: V;
  /** the outcome's levels, in order (child in need level, child protection level) */
  levels: { key: string; label: string; value: V }[];
  /** the outcome less its levels, when it has levels; null without */
  levelNotKnown: V | null;
}

export interface CohortSplit<V = number> {
  /** the group's size; null when the month has no figure */
  size: V | null;
  outcomes: CohortOutcome<V>[];
  /** size − Σ outcomes, never below 0; null without a size */
  notKnown: V | null;
}

/** The month's outcomes, in the order given, against the group's size. */
export function cohortSplit(counts: readonly OutcomeCount[], size: number | null): CohortSplit {
  const outcomes = counts
    .filter((c) => c.parentKey === null)
    .map((o) => {
      const levels = counts.filter((c) => c.parentKey === o.key).map(({ key, label, value }) => ({ key, label, value }));
      const inLevels = levels.reduce((s, l) => s + l.value, 0);
      return { key: o.key, label: o.label, value: o.value, levels, levelNotKnown: levels.length > 0 ? Math.max(0, o.value - inLevels) : null };
    });
  const known = outcomes.reduce((s, o) => s + o.value, 0);
  return { size, outcomes, notKnown: size === null ? null : Math.max(0, size - known) };
}

/** A share of a base in per cent; null when the base is not a positive number. */
export function shareOfBase(value: number, base: number | null): number | null {
  return base !== null && base > 0 ? (value / base) * 100 : null;
}

const NOT_KNOWN = "not-known";

/** The split as a public release shows it: each cell a count or `c`. */
export function discloseCohort(split: CohortSplit, threshold: number): CohortSplit<ShownCount> {
  const cells: DisclosureCell[] = [];
  const sums: DisclosureSum[] = [];
  const count = (key: string, value: number) => cells.push({ key, value, kind: "count" });
  if (split.size !== null) count("size", split.size);
  for (const o of split.outcomes) {
    count(`o:${o.key}`, o.value);
    for (const l of o.levels) count(`l:${o.key}:${l.key}`, l.value);
    if (o.levelNotKnown !== null) {
      count(`l:${o.key}:${NOT_KNOWN}`, o.levelNotKnown);
      sums.push({ total: `o:${o.key}`, parts: [...o.levels.map((l) => `l:${o.key}:${l.key}`), `l:${o.key}:${NOT_KNOWN}`] });
    }
  }
  if (split.notKnown !== null) {
    count(NOT_KNOWN, split.notKnown);
    sums.push({ total: "size", parts: [...split.outcomes.map((o) => `o:${o.key}`), NOT_KNOWN] });
  }
  const shown = discloseCells({ cells, sums, threshold });
  const show = (key: string, value: number): ShownCount => (shown.get(key)?.shown === "c" ? "c" : value);
  return {
    size: split.size === null ? null : show("size", split.size),
    outcomes: split.outcomes.map((o) => ({
      key: o.key,
      label: o.label,
      value: show(`o:${o.key}`, o.value),
      levels: o.levels.map((l) => ({ ...l, value: show(`l:${o.key}:${l.key}`, l.value) })),
      levelNotKnown: o.levelNotKnown === null ? null : show(`l:${o.key}:${NOT_KNOWN}`, o.levelNotKnown),
    })),
    notKnown: split.notKnown === null ? null : show(NOT_KNOWN, split.notKnown),
  };
}
