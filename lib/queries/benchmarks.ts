import "server-only";
// Read models of benchmarks: `benchmarks show`, the admin page,
// the indicator page's "How we compare" and the overview's bottom-quartile
// marks. Each reads the current release of an indicator computed with the
// authority's current model.
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authorityPopulations, benchmarkAuthority, benchmarkMappings, benchmarks, benchmarkReleases, benchmarkResults, indicators, outturns, snModelAuthorities, snModelNeighbours, snModels } from "@/db/schema";
import { compareWithLocal } from "@/lib/benchmarks/compute";
import type { BenchmarkResult } from "@/lib/benchmarks/types";
import { latestEndedBy, periodEndOf } from "@/lib/benchmarks/as-of";
import { compareTimePeriods } from "@/lib/benchmarks/years";
import { benchmarkNumber } from "@/lib/benchmarks/words";

export interface StoredBenchmark {
  indicatorId: number;
  code: string;
  year: string;
  yearLabel: string;
  model: string;
  fileName: string;
  tolerance: number;
  /** the release's EES time identifier ("Reporting year"), for when its years end */
  timeIdentifier: string;
  result: BenchmarkResult;
}

/** the last month of the period a stored year is about */
const endOf = (s: StoredBenchmark) => periodEndOf(s.year, s.timeIdentifier);

/** every computed year of the given indicators (all when omitted), oldest first */
async function currentBenchmarks({ db, indicatorIds }: { db: Executor; indicatorIds?: number[] }): Promise<StoredBenchmark[]> {
  const rows = await db
    .select({
      indicatorId: benchmarkResults.indicatorId,
      code: indicators.code,
      year: benchmarkResults.year,
      yearLabel: benchmarkResults.yearLabel,
      model: snModels.name,
      fileName: benchmarkReleases.fileName,
      tolerance: benchmarkReleases.tolerance,
      timeIdentifier: benchmarkReleases.timeIdentifier,
      result: benchmarkResults.result,
    })
    .from(benchmarkResults)
    .innerJoin(benchmarkReleases, and(eq(benchmarkReleases.id, benchmarkResults.releaseId), isNull(benchmarkReleases.supersededAt)))
    .innerJoin(
      benchmarkAuthority,
      and(eq(benchmarkAuthority.modelId, benchmarkResults.modelId), eq(benchmarkAuthority.laCode, benchmarkResults.laCode)),
    )
    .innerJoin(snModels, eq(snModels.id, benchmarkResults.modelId))
    .innerJoin(indicators, eq(indicators.id, benchmarkResults.indicatorId))
    .where(indicatorIds ? inArray(benchmarkResults.indicatorId, indicatorIds.length ? indicatorIds : [-1]) : undefined)
    .orderBy(asc(indicators.sortOrder), asc(benchmarkResults.indicatorId));
  return rows
    .map((r) => ({ ...r, result: r.result as BenchmarkResult }))
    .sort((a, b) => a.indicatorId - b.indicatorId || compareTimePeriods(a.year, b.year));
}

/** An authority left out, with the DfE symbol that says why ("c", "x", "z", "low", …; "blank" for an empty cell; null: no row that year). */
interface ShownLeftOut {
  code: string;
  name: string;
  symbol: string | null;
  reason: string;
}

/** The document `benchmarks show --json` prints: exactly these keys; missing is null; figures rounded as the pages show them (2 decimals). */
export interface BenchmarkShow {
  indicator: string;
  year: number;
  yearLabel: string;
  model: string;
  authority: { code: string; name: string; value: number | null };
  england: number | null;
  region: { name: string | null; value: number | null };
  snAverage: number | null;
  snMedian: number | null;
  snBest: number | null;
  snWithData: number;
  snLeftOut: ShownLeftOut[];
  topQuartile: number | null;
  rankAll: { rank: number; of: number } | null;
  rankSn: { rank: number; of: number } | null;
  nationalWithData: number;
  nationalLeftOut: ShownLeftOut[];
  /** a rate Lantern made from counts (the file published none): the population estimate and its release; null for a figure as published */
  rateFrom: { populationYear: number; fileName: string; importedAt: string } | null;
}

const leftOut = (l: BenchmarkResult["snLeftOut"][number]): ShownLeftOut => ({ code: l.code, name: l.name, symbol: l.symbol ?? null, reason: l.reason });

export function showDocument(stored: StoredBenchmark): BenchmarkShow {
  const r = stored.result;
  const n = benchmarkNumber;
  return {
    indicator: stored.code,
    year: Number(stored.year),
    yearLabel: stored.yearLabel,
    model: stored.model,
    authority: { code: r.authority.code, name: r.authority.name, value: n(r.authority.value) },
    england: n(r.england),
    region: { name: r.region.name, value: n(r.region.value) },
    snAverage: n(r.snAverage),
    snMedian: n(r.snMedian),
    snBest: n(r.snBest),
    snWithData: r.snWithData,
    snLeftOut: r.snLeftOut.map(leftOut),
    topQuartile: n(r.topQuartile),
    rankAll: r.rankAll ? { rank: r.rankAll.rank, of: r.rankAll.of } : null,
    rankSn: r.rankSn ? { rank: r.rankSn.rank, of: r.rankSn.of } : null,
    nationalWithData: r.nationalWithData,
    nationalLeftOut: r.nationalLeftOut.map(leftOut).sort((a, b) => a.code.localeCompare(b.code)),
    rateFrom: r.rateFrom ?? null,
  };
}

/** one indicator's benchmarks for a year, or the years there are when that one is not computed */
export async function benchmarkFor({
  db,
  code,
  year,
}: {
  db: Executor;
  code: string;
  year: string;
}): Promise<{ found: StoredBenchmark | null; years: string[]; indicatorExists: boolean; computed: boolean }> {
  const [indicator] = await db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code));
  if (!indicator) return { found: null, years: [], indicatorExists: false, computed: false };
  const all = await currentBenchmarks({ db, indicatorIds: [indicator.id] });
  return { found: all.find((b) => b.year === year) ?? null, years: all.map((b) => b.year), indicatorExists: true, computed: all.length > 0 };
}

interface ComparisonYear {
  year: string;
  yearLabel: string;
  authority: number | null;
  england: number | null;
  snAverage: number | null;
  neighbours: (number | null)[];
  /** the authority's own published figure against Lantern's outturn for the year */
  local: ReturnType<typeof compareWithLocal>;
}

export interface HowWeCompare {
  model: string;
  fileName: string;
  authorityName: string;
  neighbours: { code: string; name: string }[];
  years: ComparisonYear[];
  /** the year shown in words: the reader's choice, else the month's (the latest that had ended by it) */
  selected: BenchmarkResult & { yearLabel: string };
  /** the month's own year (the default); null when no year had ended by the month */
  monthYear: string | null;
  tolerance: number;
}

/**
 * "How we compare" on the indicator page: the authority, each named
 * neighbour and England over the years, with one year in words: `year` (the
 * file's time period) when the reader picked one, else the month's year.
 */
export async function howWeCompare({
  db,
  indicatorId,
  period,
  year,
}: {
  db: Executor;
  indicatorId: number;
  period: string;
  year?: string | null;
}): Promise<HowWeCompare | null> {
  const [stored, local] = await Promise.all([
    currentBenchmarks({ db, indicatorIds: [indicatorId] }),
    db.select({ year: outturns.year, value: outturns.value }).from(outturns).where(eq(outturns.indicatorId, indicatorId)),
  ]);
  if (stored.length === 0) return null;
  const latest = stored.at(-1)!;
  const ofMonth = latestEndedBy(stored, period, endOf);
  const chosen = (year && stored.find((s) => s.year === year)) || ofMonth || stored[0];
  const neighbours = latest.result.neighbours.map(({ code, name }) => ({ code, name }));
  const outturnByYear = new Map(local.map((o) => [o.year, o.value]));
  return {
    model: latest.model,
    fileName: latest.fileName,
    authorityName: latest.result.authority.name,
    neighbours,
    tolerance: latest.tolerance,
    selected: { ...chosen.result, year: chosen.year, yearLabel: chosen.yearLabel },
    monthYear: ofMonth?.year ?? null,
    years: stored.map((s) => {
      const values = new Map(s.result.neighbours.map((n) => [n.code, n.value]));
      return {
        year: s.year,
        yearLabel: s.yearLabel,
        authority: s.result.authority.value,
        england: s.result.england,
        snAverage: s.result.snAverage,
        neighbours: neighbours.map((n) => values.get(n.code) ?? null),
        local: compareWithLocal(s.result.authority.value, outturnByYear.get(s.yearLabel) ?? null, s.tolerance),
      };
    }),
  };
}

/**
 * Indicators whose computed year for the month (the latest that had ended by
 * it; the latest of all when no month is given) puts the authority in the
 * national bottom quartile, with that year.
 */
export async function bottomQuartileIndicators({ db, period }: { db: Executor; period?: string }): Promise<Map<number, string>> {
  const rows = await currentBenchmarks({ db });
  const latest = new Map<number, StoredBenchmark>();
  for (const r of rows) {
    const end = endOf(r);
    if (period === undefined || (end !== null && end <= period)) latest.set(r.indicatorId, r);
  }
  return new Map([...latest.values()].filter((r) => r.result.quartile === 4).map((r) => [r.indicatorId, r.yearLabel]));
}

/** A computed indicator's latest year, as the admin page lists it. */
export interface LatestBenchmark {
  code: string;
  yearLabel: string;
  model: string;
  fileName: string;
  result: BenchmarkResult;
  local: ReturnType<typeof compareWithLocal>;
}

/** What the admin page shows: the set-up, the models, the populations, each indicator's release and latest benchmarks. */
export async function benchmarksAdmin({ db }: { db: Executor }) {
  const [setup, models, modelAuthorities, releases, list, mappings, stored, local, onScorecards, ownPopulations] = await Promise.all([
    db
      .select({ laCode: benchmarkAuthority.laCode, newLaCode: benchmarkAuthority.newLaCode, name: benchmarkAuthority.name, region: benchmarkAuthority.region, model: snModels.name, setAt: benchmarkAuthority.setAt })
      .from(benchmarkAuthority)
      .innerJoin(snModels, eq(snModels.id, benchmarkAuthority.modelId))
      .limit(1),
    db.select({ id: snModels.id, name: snModels.name, fileName: snModels.fileName, importedAt: snModels.importedAt }).from(snModels).orderBy(asc(snModels.name)),
    db
      .selectDistinctOn([snModelAuthorities.laCode], { code: snModelAuthorities.laCode, name: snModelAuthorities.name })
      .from(snModelAuthorities)
      .orderBy(asc(snModelAuthorities.laCode), desc(snModelAuthorities.modelId)),
    db
      .select({
        id: benchmarkReleases.id,
        kind: benchmarkReleases.kind,
        indicator: indicators.code,
        fileName: benchmarkReleases.fileName,
        mapping: benchmarkReleases.mapping,
        years: benchmarkReleases.years,
        importedAt: benchmarkReleases.importedAt,
        supersededAt: benchmarkReleases.supersededAt,
      })
      .from(benchmarkReleases)
      .leftJoin(indicators, eq(indicators.id, benchmarkReleases.indicatorId))
      .orderBy(desc(benchmarkReleases.importedAt), desc(benchmarkReleases.id)),
    db.select({ id: indicators.id, code: indicators.code, title: indicators.title, polarity: indicators.polarity }).from(indicators).orderBy(asc(indicators.sortOrder)),
    db.select({ name: benchmarkMappings.name, measure: benchmarkMappings.measure, filters: benchmarkMappings.filters, per10k: benchmarkMappings.per10k }).from(benchmarkMappings).orderBy(asc(benchmarkMappings.name)),
    currentBenchmarks({ db }),
    db.select({ indicatorId: outturns.indicatorId, year: outturns.year, value: outturns.value }).from(outturns),
    // What the scorecards show, whichever way it came: a file at /admin/import (no source) or computed here.
    db
      .select({
        indicators: sql<number>`count(distinct ${benchmarks.indicatorId})::int`,
        imported: sql<number>`count(*) filter (where ${benchmarks.source} is null)::int`,
        computed: sql<number>`count(*) filter (where ${benchmarks.source} is not null)::int`,
      })
      .from(benchmarks),
    db.select({ year: authorityPopulations.year }).from(authorityPopulations).orderBy(asc(authorityPopulations.year)),
  ]);
  const latestByIndicator = new Map<number, StoredBenchmark>();
  for (const s of stored) latestByIndicator.set(s.indicatorId, s);
  const outturn = new Map(local.map((o) => [`${o.indicatorId}|${o.year}`, o.value]));
  const latest: LatestBenchmark[] = [...latestByIndicator.values()].map((s) => ({
    code: s.code,
    yearLabel: s.yearLabel,
    model: s.model,
    fileName: s.fileName,
    result: s.result,
    local: compareWithLocal(s.result.authority.value, outturn.get(`${s.indicatorId}|${s.yearLabel}`) ?? null, s.tolerance),
  }));
  const neighbours = setup[0]
    ? await db
        .select({ code: snModelNeighbours.neighbourCode, name: snModelAuthorities.name, closeness: snModelNeighbours.closeness })
        .from(snModelNeighbours)
        .innerJoin(snModels, eq(snModels.id, snModelNeighbours.modelId))
        .innerJoin(snModelAuthorities, and(eq(snModelAuthorities.modelId, snModelNeighbours.modelId), eq(snModelAuthorities.laCode, snModelNeighbours.neighbourCode)))
        .where(and(eq(snModels.name, setup[0].model), eq(snModelNeighbours.laCode, setup[0].laCode)))
        .orderBy(asc(snModelNeighbours.position))
    : [];
  return {
    setup: setup[0] ? { ...setup[0], neighbours } : null,
    models,
    authorities: modelAuthorities,
    releases,
    indicators: list,
    mappings,
    latest,
    onScorecards: { indicators: Number(onScorecards[0]?.indicators ?? 0), imported: Number(onScorecards[0]?.imported ?? 0), computed: Number(onScorecards[0]?.computed ?? 0) },
    ownPopulationYears: ownPopulations.map((p) => String(p.year)),
  };
}

