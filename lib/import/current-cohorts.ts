import "server-only";
// What a cohort import compares with: the stored counts of the cohorts and
// months the file names, their outcomes' catalogue, and the groups' sizes.
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { cohortOutcomes, cohortValues } from "@/db/schema";
import { currentFigures, namedIn } from "./current";
import { cohortKey, outcomeKey, type CurrentCohorts } from "./plan-cohorts";
import type { CohortRecord } from "./records";

export async function currentCohorts(db: Db | Tx, records: readonly CohortRecord[], idByCode: ReadonlyMap<string, number>): Promise<CurrentCohorts> {
  const { ids, periods } = namedIn(records, (r) => idByCode.get(r.cohort)!);
  if (ids.length === 0) return { counts: new Map(), parents: new Map(), figures: new Map() };
  const [outcomes, counts, figures] = await Promise.all([
    db.select({ indicatorId: cohortOutcomes.indicatorId, key: cohortOutcomes.key, parentKey: cohortOutcomes.parentKey }).from(cohortOutcomes).where(inArray(cohortOutcomes.indicatorId, ids)),
    db
      .select({ id: cohortValues.id, indicatorId: cohortOutcomes.indicatorId, period: cohortValues.period, outcome: cohortOutcomes.key, value: cohortValues.value, at: cohortValues.loadedAt })
      .from(cohortValues)
      .innerJoin(cohortOutcomes, eq(cohortOutcomes.id, cohortValues.outcomeId))
      .where(and(inArray(cohortOutcomes.indicatorId, ids), inArray(cohortValues.period, periods))),
    currentFigures(db, ids, periods),
  ]);
  return {
    counts: new Map(counts.map((c) => [cohortKey(c.indicatorId, c.period, c.outcome), { id: c.id, value: c.value, at: c.at, by: null }])),
    parents: new Map(outcomes.map((o) => [outcomeKey(o.indicatorId, o.key), o.parentKey])),
    figures,
  };
}
