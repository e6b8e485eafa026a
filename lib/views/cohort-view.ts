// A cohort as its flow chart and table show it: the group, then each outcome
// with its share of the group (and each level with its share of its
// outcome), then "outcome not yet known". With a threshold (a public
// release) the split goes through the disclosure rules first
// (lib/figures/cohorts.ts).
import type { ShownCount } from "@/lib/figures/breakdowns";
import { cohortSplit, discloseCohort, shareOfBase, type CohortSplit } from "@/lib/figures/cohorts";
import { formatNumber, monthLabel } from "@/lib/format";
import type { IndicatorCohort } from "@/lib/queries/cohorts";

export const NOT_KNOWN_LABEL = "Outcome not yet known";

export interface CohortRow {
  label: string;
  /** 0: the group; 1: an outcome of the group; 2: a level of an outcome */
  depth: 0 | 1 | 2;
  value: ShownCount | null;
  /** share of the group (an outcome) or of its outcome (a level); "c" when either is hidden */
  sharePct: number | "c" | null;
}

export interface CohortView {
  period: string;
  startMonth: string;
  memberWord: string;
  split: CohortSplit<ShownCount>;
  rows: CohortRow[];
  /** "50 supported since January 2020; 37 (74%) did not become looked after, …" (hidden cells left out) */
  sentence: string;
  suppressed: boolean;
}

const share = (v: ShownCount | null, base: ShownCount | null): number | "c" | null => (v === "c" || base === "c" ? "c" : v === null ? null : shareOfBase(v, base));

export function cohortView(c: IndicatorCohort, threshold: number | null = null): CohortView {
  const whole = cohortSplit(c.outcomes, c.size);
  const split: CohortSplit<ShownCount> = threshold === null ? whole : discloseCohort(whole, threshold);
  const rows: CohortRow[] = [{ label: capitalised(c.memberWord), depth: 0, value: split.size, sharePct: split.size === null ? null : 100 }];
  for (const o of split.outcomes) {
    rows.push({ label: o.label, depth: 1, value: o.value, sharePct: share(o.value, split.size) });
    for (const l of o.levels) rows.push({ label: l.label, depth: 2, value: l.value, sharePct: share(l.value, o.value) });
    if (o.levelNotKnown !== null && o.levelNotKnown !== 0) rows.push({ label: "Level not recorded", depth: 2, value: o.levelNotKnown, sharePct: share(o.levelNotKnown, o.value) });
  }
  if (split.notKnown !== null && split.notKnown !== 0) rows.push({ label: NOT_KNOWN_LABEL, depth: 1, value: split.notKnown, sharePct: share(split.notKnown, split.size) });
  const cells = [split.size, split.notKnown, ...split.outcomes.flatMap((o) => [o.value, o.levelNotKnown, ...o.levels.map((l) => l.value)])];
  return { period: c.period, startMonth: c.startMonth, memberWord: c.memberWord, split, rows, sentence: sentenceOf(c, split), suppressed: cells.includes("c") };
}

function sentenceOf(c: IndicatorCohort, split: CohortSplit<ShownCount>): string {
  const since = `since ${monthLabel(c.startMonth)}`;
  if (typeof split.size !== "number") return `The group followed ${since}, to ${monthLabel(c.period)}.`;
  const size = split.size;
  const parts = split.outcomes
    .filter((o) => typeof o.value === "number")
    .map((o) => {
      const pct = shareOfBase(o.value as number, size);
      return `${formatNumber(o.value as number)}${pct === null ? "" : ` (${formatNumber(pct)}%)`} ${o.label.toLowerCase()}`;
    });
  return `${formatNumber(size)} ${c.memberWord} ${since}${parts.length ? `; ${parts.join("; ")}` : ""}.`;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
