import "server-only";
// The benchmarks computed from the current DfE releases with the authority's
// current model, as stored, which the other benchmark read models build on
// (./benchmark-show.ts, ./how-we-compare.ts, ./benchmarks-admin.ts); and the
// overview's bottom-quartile marks.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { benchmarkAuthority, benchmarkReleases, benchmarkResults, indicators, snModels } from "@/db/schema";
import type { BenchmarkResult } from "@/lib/benchmarks/types";
import { periodEndOf } from "@/lib/benchmarks/as-of";
import { compareTimePeriods } from "@/lib/benchmarks/years";

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
export const endOf = (s: StoredBenchmark) => periodEndOf(s.year, s.timeIdentifier);

/** every computed year of the given indicators (all when omitted), oldest first */
export async function currentBenchmarks({ db, indicatorIds }: { db: Executor; indicatorIds?: number[] }): Promise<StoredBenchmark[]> {
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

