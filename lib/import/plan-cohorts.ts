// What a cohort import would do, row by row, and each cohort month's outcomes
// against the group's size (the cohort indicator's figure): more than the
// size, or no size, is an error on the month's first row; less is a note of
// how many have no outcome yet. Pure, like plan.ts; current-cohorts.ts reads
// what it compares with.
import { breakdownProblem } from "@/lib/figures/breakdowns";
import type { ImportError } from "./errors";
import { finish, item, valueKey, type CurrentYearly, type PartsPlanner } from "./plan";
import type { CohortRecord } from "./records";

/** A stored outcome count's key: cohort (indicator id), month and outcome (lower-case). */
export const cohortKey = (indicatorId: number, period: string, outcome: string) => `${indicatorId}|${period}|${outcome.toLowerCase()}`;
/** An outcome's key in a cohort's catalogue. */
export const outcomeKey = (indicatorId: number, outcome: string) => `${indicatorId}|${outcome.toLowerCase()}`;

export interface CurrentCohorts {
  /** by cohortKey */
  counts: ReadonlyMap<string, CurrentYearly>;
  /** the catalogue's outcomes, by outcomeKey: the outcome each is within (lower-case), null for the whole group */
  parents: ReadonlyMap<string, string | null>;
  /** the cohort indicator's current figure (the group's size), by valueKey */
  figures: ReadonlyMap<string, number | null>;
}

export const planCohorts: PartsPlanner<CohortRecord, CurrentCohorts> = (records, idByCode, current, file) => {
  const errors: ImportError[] = [];
  const months = new Map<string, { first: CohortRecord; id: number; period: string; sum: number; keys: Set<string> }>();
  const items = records.map((r) => {
    const id = idByCode.get(r.cohort)!;
    const key = cohortKey(id, r.period, r.outcome);
    const before = current.counts.get(key);
    const within = r.within?.toLowerCase() ?? null;
    const stored = current.parents.get(outcomeKey(id, r.outcome));
    if (stored !== undefined && stored !== within) {
      const was = stored === null ? "the whole group" : `"${stored}"`;
      errors.push({ file, row: r.row, column: null, reason: `${r.cohort}: "${r.outcome}" is within ${was} in the cohort's outcomes (/admin/cohorts); change it there first, or leave "within" as it is` });
    }
    const m = months.get(valueKey(id, r.period)) ?? { first: r, id, period: r.period, sum: 0, keys: new Set<string>() };
    m.keys.add(key);
    if (within === null) m.sum += r.value;
    months.set(valueKey(id, r.period), m);
    return item<CohortRecord, CurrentYearly>(r, `${r.cohort} ${r.period}: ${r.outcome}`, before, before?.value === r.value, String(before?.value), String(r.value));
  });
  const notes: string[] = [];
  for (const m of months.values()) {
    // stored outcomes of the whole group the file does not name stay, and count
    const prefix = `${m.id}|${m.period}|`;
    let sum = m.sum;
    for (const [key, stored] of current.counts) {
      if (!key.startsWith(prefix) || m.keys.has(key)) continue;
      if (current.parents.get(`${m.id}|${key.slice(prefix.length)}`) === null) sum += stored.value;
    }
    const size = current.figures.get(valueKey(m.id, m.period)) ?? null;
    const problem = breakdownProblem(sum, size);
    const label = `${m.first.cohort} ${m.period}`;
    const at = { file, row: m.first.row, column: null };
    if (problem === "no_figure") errors.push({ ...at, reason: `${label}: ${m.first.cohort} has no figure for ${m.period} (the group's size); load its values first` });
    else if (problem === "over") errors.push({ ...at, reason: `${label}: the outcomes add up to ${sum}, more than the group's size of ${size}` });
    else if (size !== null && sum < size) notes.push(`${label}: ${size - sum} of ${size} outcome not yet known`);
  }
  return { plan: { ...finish("cohorts", items), notes }, errors };
};
