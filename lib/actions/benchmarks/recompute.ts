// Computing the authority's benchmarks from the current releases and its
// model, and keeping them where the scorecard reads comparators. Run after
// every step that changes an input: a model, the populations, the authority
// or model chosen, or a release of an indicator's figures.
import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  benchmarkAuthority,
  benchmarkFigures,
  benchmarkReleases,
  benchmarkResults,
  benchmarks,
  indicators,
  snModelAuthorities,
  snModelNeighbours,
  snModels,
} from "@/db/schema";
import { byYear, computeBenchmarks } from "@/lib/benchmarks/compute";
import { indexPopulations, ratesPer10k } from "@/lib/benchmarks/population";
import type { AreaFigure, BenchmarkResult, GeoLevel, MissingReason, Polarity } from "@/lib/benchmarks/types";
import { periodEndOf } from "@/lib/benchmarks/as-of";
import { measureKind } from "@/lib/benchmarks/measure-kind";
import { populationYearFor, yearLabel } from "@/lib/benchmarks/years";
import { rateSourceText } from "@/lib/benchmarks/words";
import type { Basis, BenchmarkKind, Unit } from "@/lib/figures/vocabulary";

const BATCH = 500;


/** the release's figures as the engine reads them */
export async function releaseFigures(tx: Tx, releaseIds: number[]): Promise<Map<number, AreaFigure[]>> {
  const byRelease = new Map<number, AreaFigure[]>(releaseIds.map((id) => [id, []]));
  if (releaseIds.length === 0) return byRelease;
  const rows = await tx.select().from(benchmarkFigures).where(inArray(benchmarkFigures.releaseId, releaseIds));
  for (const r of rows) {
    byRelease.get(r.releaseId)!.push({
      year: r.year,
      level: r.level as GeoLevel,
      code: r.code,
      newCode: r.newCode,
      name: r.name,
      regionCode: r.regionCode,
      regionName: r.regionName,
      value: r.value,
      missing: r.missing as MissingReason | null,
    });
  }
  return byRelease;
}

/** the authority's model, code and named neighbours; null until set-authority has run */
async function benchmarkSetup(tx: Tx) {
  const [setup] = await tx
    .select({
      authorityId: benchmarkAuthority.authorityId,
      modelId: benchmarkAuthority.modelId,
      modelName: snModels.name,
      laCode: benchmarkAuthority.laCode,
      name: benchmarkAuthority.name,
    })
    .from(benchmarkAuthority)
    .innerJoin(snModels, eq(snModels.id, benchmarkAuthority.modelId))
    .limit(1);
  if (!setup) return null;
  const neighbours = await tx
    .select({ code: snModelNeighbours.neighbourCode, name: snModelAuthorities.name, closeness: snModelNeighbours.closeness })
    .from(snModelNeighbours)
    .innerJoin(
      snModelAuthorities,
      and(eq(snModelAuthorities.modelId, snModelNeighbours.modelId), eq(snModelAuthorities.laCode, snModelNeighbours.neighbourCode)),
    )
    .where(and(eq(snModelNeighbours.modelId, setup.modelId), eq(snModelNeighbours.laCode, setup.laCode)))
    .orderBy(asc(snModelNeighbours.position));
  return { ...setup, neighbours };
}

const KINDS: [BenchmarkKind, (r: BenchmarkResult) => number | null][] = [
  ["sn_average", (r) => r.snAverage],
  ["sn_best", (r) => r.snBest],
  ["england", (r) => r.england],
  ["england_top_quartile", (r) => r.topQuartile],
  ["region", (r) => r.region.value],
];

/**
 * Recomputes the benchmarks of the given indicators (all with a current
 * release when omitted) and returns how many indicator-years were computed.
 */
export async function recomputeBenchmarks(tx: Tx, only?: number[]): Promise<{ indicators: number; years: number }> {
  const setup = await benchmarkSetup(tx);
  if (!setup) return { indicators: 0, years: 0 };
  const releases = await tx
    .select({
      id: benchmarkReleases.id,
      indicatorId: benchmarkReleases.indicatorId,
      fileName: benchmarkReleases.fileName,
      mapping: benchmarkReleases.mapping,
      timeIdentifier: benchmarkReleases.timeIdentifier,
      polarity: indicators.polarity,
    })
    .from(benchmarkReleases)
    .innerJoin(indicators, eq(indicators.id, benchmarkReleases.indicatorId))
    .where(
      and(
        eq(benchmarkReleases.kind, "measure"),
        isNull(benchmarkReleases.supersededAt),
        only ? inArray(benchmarkReleases.indicatorId, only.length ? only : [-1]) : undefined,
      ),
    );
  if (releases.length === 0) return { indicators: 0, years: 0 };

  const needsPopulation = releases.some((r) => r.mapping?.per10k);
  const [population] = needsPopulation
    ? await tx
        .select({ id: benchmarkReleases.id, fileName: benchmarkReleases.fileName, importedAt: benchmarkReleases.importedAt })
        .from(benchmarkReleases)
        .where(and(eq(benchmarkReleases.kind, "population"), isNull(benchmarkReleases.supersededAt)))
    : [];
  const figures = await releaseFigures(tx, [...releases.map((r) => r.id), ...(population ? [population.id] : [])]);
  const populations = indexPopulations(population ? figures.get(population.id)! : []);
  const subject = { code: setup.laCode, name: setup.name, regionCode: null, neighbours: setup.neighbours };

  const results: (typeof benchmarkResults.$inferInsert)[] = [];
  const comparators: (typeof benchmarks.$inferInsert)[] = [];
  for (const release of releases) {
    const raw = figures.get(release.id)!;
    const read = release.mapping?.per10k ? ratesPer10k(raw, populations, release.timeIdentifier) : raw;
    const grouped = byYear(read);
    const mapping = release.mapping;
    const inferred = mapping ? measureKind({ ...mapping, timeIdentifier: release.timeIdentifier }) : null;
    const unit = (mapping?.unit ?? inferred?.unit ?? null) as Unit | null;
    const basis = (mapping?.basis ?? inferred?.basis ?? null) as Basis | null;
    for (const year of grouped.years) {
      const computed = computeBenchmarks(subject, { year, figures: grouped.figuresOf(year), inRelease: grouped.inRelease }, release.polarity as Polarity);
      const populationYear = populationYearFor(year, release.timeIdentifier);
      // a rate Lantern made from counts says which population estimate it used
      const rateFrom =
        mapping?.per10k && population && populationYear !== null
          ? { populationYear, fileName: population.fileName, importedAt: new Date(population.importedAt).toISOString() }
          : null;
      const result: BenchmarkResult = { ...computed, rateFrom };
      const label = yearLabel(year, release.timeIdentifier);
      results.push({
        indicatorId: release.indicatorId!,
        releaseId: release.id,
        modelId: setup.modelId,
        laCode: setup.laCode,
        year,
        yearLabel: label,
        authorityValue: result.authority.value,
        quartile: result.quartile,
        result,
      });
      const source = `DfE ${release.fileName}, SN model ${setup.modelName}${rateFrom ? `; ${rateSourceText(rateFrom)}` : ""}`;
      const periodEnd = periodEndOf(year, release.timeIdentifier);
      for (const [kind, pick] of KINDS) {
        const value = pick(result);
        if (value !== null) comparators.push({ indicatorId: release.indicatorId!, kind, year: label, value, source, unit, basis, periodEnd });
      }
    }
  }

  for (const release of releases) {
    await tx
      .delete(benchmarkResults)
      .where(
        and(
          eq(benchmarkResults.indicatorId, release.indicatorId!),
          eq(benchmarkResults.releaseId, release.id),
          eq(benchmarkResults.modelId, setup.modelId),
          eq(benchmarkResults.laCode, setup.laCode),
        ),
      );
  }
  for (let i = 0; i < results.length; i += BATCH) await tx.insert(benchmarkResults).values(results.slice(i, i + BATCH));
  for (let i = 0; i < comparators.length; i += BATCH) {
    await tx
      .insert(benchmarks)
      .values(comparators.slice(i, i + BATCH))
      .onConflictDoUpdate({
        target: [benchmarks.indicatorId, benchmarks.kind, benchmarks.year],
        set: { value: sql`excluded.value`, source: sql`excluded.source`, unit: sql`excluded.unit`, basis: sql`excluded.basis`, periodEnd: sql`excluded.period_end`, loadedAt: sql`now()` },
      });
  }
  return { indicators: releases.length, years: results.length };
}
