import "server-only";
// Cohorts as pages read them: the catalogue (each cohort with its outcomes in
// order) and a cohort's outcomes by a month, against the group's size.
import { and, asc, desc, eq, inArray, lte } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cohortOutcomes, cohorts, cohortValues, indicators, indicatorValues } from "@/db/schema";
import type { OutcomeCount } from "@/lib/figures/cohorts";

export interface CohortEntry {
  indicatorId: number;
  code: string;
  title: string;
  startMonth: string;
  memberWord: string;
  outcomes: { id: number; key: string; label: string; parentKey: string | null }[];
}

/** Every cohort with its outcomes, each in its order: two queries. */
export async function cohortCatalogue({ db }: { db: Executor }): Promise<CohortEntry[]> {
  const [groups, outcomes] = await Promise.all([
    db
      .select({ indicatorId: cohorts.indicatorId, code: indicators.code, title: indicators.title, startMonth: cohorts.startMonth, memberWord: cohorts.memberWord })
      .from(cohorts)
      .innerJoin(indicators, eq(indicators.id, cohorts.indicatorId))
      .orderBy(asc(indicators.code)),
    db
      .select({ id: cohortOutcomes.id, indicatorId: cohortOutcomes.indicatorId, key: cohortOutcomes.key, label: cohortOutcomes.label, parentKey: cohortOutcomes.parentKey })
      .from(cohortOutcomes)
      .orderBy(asc(cohortOutcomes.sortOrder), asc(cohortOutcomes.id)),
  ]);
  return groups.map((g) => ({ ...g, outcomes: outcomes.filter((o) => o.indicatorId === g.indicatorId).map(({ id, key, label, parentKey }) => ({ id, key, label, parentKey })) }));
}

/** A cohort as it stood at the end of a month: frozen with a paper's row. */
export interface IndicatorCohort {
  startMonth: string;
  memberWord: string;
  /** the newest month with outcomes, at or before the month asked for */
  period: string;
  /** in the catalogue's order; levels after their outcome's place in the order */
  outcomes: OutcomeCount[];
  /** the group's size that month (the indicator's figure); null when it has none */
  size: number | null;
}

/** Each cohort among the indicators, at the newest month with outcomes up to `period`: four queries. */
export async function indicatorCohorts({ db, indicatorIds, period }: { db: Executor; indicatorIds: readonly number[]; period: string }): Promise<Map<number, IndicatorCohort>> {
  const out = new Map<number, IndicatorCohort>();
  if (indicatorIds.length === 0) return out;
  const ids = [...indicatorIds];
  const [groups, outcomes, counts] = await Promise.all([
    db.select().from(cohorts).where(inArray(cohorts.indicatorId, ids)),
    db.select().from(cohortOutcomes).where(inArray(cohortOutcomes.indicatorId, ids)).orderBy(asc(cohortOutcomes.sortOrder), asc(cohortOutcomes.id)),
    db
      .select({ indicatorId: cohortOutcomes.indicatorId, outcomeId: cohortValues.outcomeId, period: cohortValues.period, value: cohortValues.value })
      .from(cohortValues)
      .innerJoin(cohortOutcomes, eq(cohortOutcomes.id, cohortValues.outcomeId))
      .where(and(inArray(cohortOutcomes.indicatorId, ids), lte(cohortValues.period, period)))
      .orderBy(desc(cohortValues.period)),
  ]);
  const latest = new Map<number, string>();
  for (const c of counts) if (!latest.has(c.indicatorId)) latest.set(c.indicatorId, c.period);
  const sizes = latest.size
    ? await db
        .select({ indicatorId: indicatorValues.indicatorId, period: indicatorValues.period, value: indicatorValues.value })
        .from(indicatorValues)
        .where(and(eq(indicatorValues.isCurrent, true), inArray(indicatorValues.indicatorId, [...latest.keys()]), inArray(indicatorValues.period, [...new Set(latest.values())])))
    : [];
  for (const g of groups) {
    const month = latest.get(g.indicatorId);
    if (!month) continue;
    const valueOf = new Map(counts.filter((c) => c.indicatorId === g.indicatorId && c.period === month).map((c) => [c.outcomeId, c.value]));
    out.set(g.indicatorId, {
      startMonth: g.startMonth,
      memberWord: g.memberWord,
      period: month,
      outcomes: outcomes
        .filter((o) => o.indicatorId === g.indicatorId && valueOf.has(o.id))
        .map((o) => ({ key: o.key, label: o.label, parentKey: o.parentKey, value: valueOf.get(o.id)! })),
      size: sizes.find((s) => s.indicatorId === g.indicatorId && s.period === month)?.value ?? null,
    });
  }
  return out;
}

/** The cohorts a paper freezes with its rows, at the paper's month. */
export function paperCohorts(db: Executor, rows: readonly { id: number }[], period: string): Promise<Map<number, IndicatorCohort>> {
  return indicatorCohorts({ db, indicatorIds: rows.map((r) => r.id), period });
}
