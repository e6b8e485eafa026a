import "server-only";
// Reads what is stored now, in the shapes plan.ts compares files against:
// set-based, one query per kind (plus the catalogue), never one per row.
import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db/client";
import {
  benchmarks,
  breakdownCategories,
  breakdownDimensions,
  breakdownValues,
  commentaries,
  importBatches,
  importChanges,
  indicatorBandSets,
  indicators,
  indicatorValues,
  outturns,
  reportingPeriods,
  serviceAreas,
  users,
} from "@/db/schema";
import type { BandSet } from "@/lib/figures/band-sets";
import { requireAuthority } from "@/lib/queries/authority";
import { VALUE_FILE_FIELDS } from "@/lib/queries/scorecard-export";
import type { ImportContext } from "./context";
import type { CurrentBreakdowns, CurrentCommentary, CurrentIndicator, CurrentValue, CurrentYearly } from "./plan";
import { breakdownKey, valueKey } from "./plan";
import type { BenchmarkRecord, BreakdownRecord, CommentaryRecord, OutturnRecord, ValueRecord } from "./records";

type Reader = Db | Tx;

export interface Catalogue {
  authorityId: number;
  idByCode: Map<string, number>;
  context: ImportContext;
}

export async function readCatalogue(db: Reader): Promise<Catalogue> {
  const authority = await requireAuthority({ db });
  const rows = await db
    .select({ id: indicators.id, code: indicators.code, aggregation: indicators.aggregation, unit: indicators.unit, formula: indicators.formula, partOf: indicators.partOf })
    .from(indicators)
    .where(eq(indicators.authorityId, authority.id));
  const areas = await db.select({ key: serviceAreas.key, retiredAt: serviceAreas.retiredAt }).from(serviceAreas).orderBy(serviceAreas.sortOrder);
  return {
    authorityId: authority.id,
    idByCode: new Map(rows.map((i) => [i.code, i.id])),
    context: {
      indicators: new Map(rows.map((i) => [i.code, { aggregation: i.aggregation, unit: i.unit, formula: i.formula, partOf: i.partOf }])),
      serviceAreas: { active: areas.filter((a) => !a.retiredAt).map((a) => a.key), retired: areas.filter((a) => a.retiredAt).map((a) => a.key) },
    },
  };
}

const personName = sql<string | null>`coalesce(${users.name}, ${users.email})`;

export async function currentValues(
  db: Reader,
  records: readonly ValueRecord[],
  idByCode: ReadonlyMap<string, number>,
): Promise<Map<string, CurrentValue>> {
  const ids = [...new Set(records.map((r) => idByCode.get(r.indicator)!))];
  const periods = [...new Set(records.map((r) => r.period))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: indicatorValues.id,
      ...VALUE_FILE_FIELDS,
      revision: indicatorValues.revision,
      by: personName,
      at: indicatorValues.loadedAt,
    })
    .from(indicatorValues)
    .leftJoin(users, eq(users.id, indicatorValues.loadedBy))
    .where(and(eq(indicatorValues.isCurrent, true), inArray(indicatorValues.indicatorId, ids), inArray(indicatorValues.period, periods)));
  return new Map(rows.map((r) => [valueKey(r.indicatorId, r.period), r]));
}

export async function openPeriods(db: Reader, authorityId: number): Promise<Set<string>> {
  const rows = await db.select({ period: reportingPeriods.period }).from(reportingPeriods).where(eq(reportingPeriods.authorityId, authorityId));
  return new Set(rows.map((r) => r.period));
}

/** Who loaded an outturn or benchmark: the import that last wrote it, if recorded. */
async function yearlyProvenance(db: Reader, target: "outturn" | "benchmark", ids: number[]): Promise<Map<number, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([importChanges.targetId], { targetId: importChanges.targetId, by: personName })
    .from(importChanges)
    .innerJoin(importBatches, eq(importBatches.id, importChanges.batchId))
    .leftJoin(users, eq(users.id, importBatches.loadedBy))
    .where(and(eq(importChanges.target, target), inArray(importChanges.targetId, ids), eq(importBatches.outcome, "loaded")))
    .orderBy(importChanges.targetId, sql`${importChanges.id} desc`);
  return new Map(rows.map((r) => [r.targetId, r.by]));
}

export async function currentOutturns(
  db: Reader,
  records: readonly OutturnRecord[],
  idByCode: ReadonlyMap<string, number>,
): Promise<Map<string, CurrentYearly>> {
  const ids = [...new Set(records.map((r) => idByCode.get(r.indicator)!))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: outturns.id, indicatorId: outturns.indicatorId, year: outturns.year, value: outturns.value, at: outturns.loadedAt })
    .from(outturns)
    .where(inArray(outturns.indicatorId, ids));
  const by = await yearlyProvenance(db, "outturn", rows.map((r) => r.id));
  return new Map(rows.map((r) => [`${r.indicatorId}|${r.year}`, { id: r.id, value: r.value, at: r.at, by: by.get(r.id) ?? null }]));
}

export async function currentBenchmarks(
  db: Reader,
  records: readonly BenchmarkRecord[],
  idByCode: ReadonlyMap<string, number>,
): Promise<Map<string, CurrentYearly>> {
  const ids = [...new Set(records.map((r) => idByCode.get(r.indicator)!))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: benchmarks.id, indicatorId: benchmarks.indicatorId, kind: benchmarks.kind, year: benchmarks.year, value: benchmarks.value, at: benchmarks.loadedAt })
    .from(benchmarks)
    .where(inArray(benchmarks.indicatorId, ids));
  const by = await yearlyProvenance(db, "benchmark", rows.map((r) => r.id));
  return new Map(rows.map((r) => [`${r.indicatorId}|${r.kind}|${r.year}`, { id: r.id, value: r.value, at: r.at, by: by.get(r.id) ?? null }]));
}

export async function currentCommentaries(
  db: Reader,
  records: readonly CommentaryRecord[],
  idByCode: ReadonlyMap<string, number>,
): Promise<Map<string, CurrentCommentary>> {
  const ids = [...new Set(records.map((r) => idByCode.get(r.indicator)!))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: commentaries.id,
      indicatorId: commentaries.indicatorId,
      period: commentaries.period,
      body: commentaries.body,
      status: commentaries.status,
      version: commentaries.version,
      authorId: commentaries.authorId,
      by: personName,
      at: commentaries.updatedAt,
    })
    .from(commentaries)
    .leftJoin(users, eq(users.id, commentaries.authorId))
    .where(inArray(commentaries.indicatorId, ids));
  return new Map(rows.map(({ indicatorId, period, ...c }) => [`${indicatorId}|${period}`, c]));
}

export async function currentIndicators(db: Reader, authorityId: number): Promise<Map<string, CurrentIndicator>> {
  const owner = alias(users, "owner");
  const reporter = alias(users, "reporter");
  const rows = await db
    .select({
      id: indicators.id,
      code: indicators.code,
      title: indicators.title,
      service: indicators.serviceKey,
      polarity: indicators.polarity,
      unit: indicators.unit,
      aggregation: indicators.aggregation,
      decimals: indicators.decimals,
      frequency: indicators.frequency,
      basis: indicators.basis,
      greenMin: indicators.greenMin,
      greenMax: indicators.greenMax,
      amberMin: indicators.amberMin,
      amberMax: indicators.amberMax,
      target: indicators.target,
      outcome: indicators.outcome,
      definition: indicators.definition,
      owner: sql<string | null>`lower(${owner.email})`,
      reporter: sql<string | null>`lower(${reporter.email})`,
      councilPlan: indicators.councilPlan,
      formula: indicators.formula,
      partOf: indicators.partOf,
      sortOrder: indicators.sortOrder,
      ownerId: indicators.ownerId,
      reporterId: indicators.reporterId,
      bandsIllustrative: indicators.bandsIllustrative,
      at: indicators.updatedAt,
    })
    .from(indicators)
    .leftJoin(owner, eq(owner.id, indicators.ownerId))
    .leftJoin(reporter, eq(reporter.id, indicators.reporterId))
    .where(eq(indicators.authorityId, authorityId));
  const sets = await db.select().from(indicatorBandSets).orderBy(indicatorBandSets.effectiveFrom);
  const setsBy = new Map<number, BandSet[]>();
  for (const s of sets) setsBy.set(s.indicatorId, [...(setsBy.get(s.indicatorId) ?? []), s]);
  return new Map(rows.map((r) => [r.code, { ...r, service: r.service as CurrentIndicator["service"], by: null, bandSets: setsBy.get(r.id) ?? [] }]));
}

/** The indicators and months a file of counts (breakdowns, cohorts) names. */
export function namedIn<R extends { period: string }>(records: readonly R[], idOf: (r: R) => number): { ids: number[]; periods: string[] } {
  return { ids: [...new Set(records.map(idOf))], periods: [...new Set(records.map((r) => r.period))] };
}

/** The current figures of those indicators in those months, by valueKey: what their counts must add up to. */
export async function currentFigures(db: Reader, ids: readonly number[], periods: readonly string[]): Promise<Map<string, number | null>> {
  const rows = await db
    .select({ indicatorId: indicatorValues.indicatorId, period: indicatorValues.period, value: indicatorValues.value })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.isCurrent, true), inArray(indicatorValues.indicatorId, ids), inArray(indicatorValues.period, periods)));
  return new Map(rows.map((f) => [valueKey(f.indicatorId, f.period), f.value]));
}

/** The stored counts of every category of the dimensions a breakdown file names, and the figures they must add up to. */
export async function currentBreakdowns(
  db: Reader,
  records: readonly BreakdownRecord[],
  idByCode: ReadonlyMap<string, number>,
): Promise<CurrentBreakdowns> {
  const { ids, periods } = namedIn(records, (r) => idByCode.get(r.indicator)!);
  if (ids.length === 0) return { counts: new Map(), figures: new Map() };
  const [counts, figures] = await Promise.all([
    db
      .select({
        id: breakdownValues.id,
        indicatorId: breakdownValues.indicatorId,
        period: breakdownValues.period,
        dimension: breakdownDimensions.key,
        category: breakdownCategories.key,
        value: breakdownValues.value,
        at: breakdownValues.loadedAt,
      })
      .from(breakdownValues)
      .innerJoin(breakdownCategories, eq(breakdownCategories.id, breakdownValues.categoryId))
      .innerJoin(breakdownDimensions, eq(breakdownDimensions.id, breakdownCategories.dimensionId))
      .where(and(inArray(breakdownValues.indicatorId, ids), inArray(breakdownValues.period, periods))),
    currentFigures(db, ids, periods),
  ]);
  return {
    counts: new Map(counts.map((c) => [breakdownKey(c.indicatorId, c.period, c.dimension, c.category), { id: c.id, value: c.value, at: c.at, by: null }])),
    figures,
  };
}
