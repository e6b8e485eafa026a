import "server-only";
// The benchmarks admin page (/admin/benchmarks): the set-up, the models, the
// releases and mappings, and each computed indicator's latest year.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authorityPopulations, benchmarkAuthority, benchmarkMappings, benchmarks, benchmarkReleases, indicators, outturns, snModelAuthorities, snModelNeighbours, snModels } from "@/db/schema";
import { compareWithLocal } from "@/lib/benchmarks/compute";
import type { BenchmarkResult } from "@/lib/benchmarks/types";
import { currentBenchmarks, type StoredBenchmark } from "./benchmarks";

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

