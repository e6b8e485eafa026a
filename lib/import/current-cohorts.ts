import "server-only";
// What a cohort import compares with: the stored counts of the cohorts and
// months the file names, their outcomes' catalogue, and the groups' sizes.
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { cohortOutcomes, cohortValues, indicatorValues } from "@/db/schema";
import { cohortKey, outcomeKey, type CurrentCohorts } from "./plan-cohorts";
import { valueKey } from "./plan";
import type { CohortRecord } from "./records";

export async function currentCohorts(db: Db | Tx, records: readonly CohortRecord[], idByCode: ReadonlyMap<string, number>): Promise<CurrentCohorts> {
  const ids = [...new Set(records.map((r) => idByCode.get(r.cohort)!))];
  const periods = [...new Set(records.map((r) => r.period))];
  if (ids.length === 0) return { counts: new Map(), parents: new Map(), figures: new Map() };
  const [outcomes, counts, figures] = await Promise.all([
    db.select({ indicatorId: cohortOutcomes.indicatorId, key: cohortOutcomes.key, parentKey: cohortOutcomes.parentKey }).from(cohortOutcomes).where(inArray(cohortOutcomes.indicatorId, ids)),
    db
      .select({ id: cohortValues.id, indicatorId: cohortOutcomes.indicatorId, period: cohortValues.period, outcome: cohortOutcomes.key, value: cohortValues.value, at: cohortValues.loadedAt })
      .from(cohortValues)
      .innerJoin(cohortOutcomes, eq(cohortOutcomes.id, cohortValues.outcomeId))
      .where(and(inArray(cohortOutcomes.indicatorId, ids), inArray(cohortValues.period, periods))),
    db
      .select({ indicatorId: indicatorValues.indicatorId, period: indicatorValues.period, value: indicatorValues.value })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.isCurrent, true), inArray(indicatorValues.indicatorId, ids), inArray(indicatorValues.period, periods))),
  ]);
  return {
    counts: new Map(counts.map((c) => [cohortKey(c.indicatorId, c.period, c.outcome), { id: c.id, value: c.value, at: c.at, by: null }])),
    parents: new Map(outcomes.map((o) => [outcomeKey(o.indicatorId, o.key), o.parentKey])),
    figures: new Map(figures.map((f) => [valueKey(f.indicatorId, f.period), f.value])),
  };
}
