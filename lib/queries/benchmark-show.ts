import "server-only";
// `benchmarks show`: one indicator's computed benchmarks for a year, as the
// document the command prints.
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicators } from "@/db/schema";
import type { BenchmarkResult } from "@/lib/benchmarks/types";
import { benchmarkNumber } from "@/lib/benchmarks/words";
import { currentBenchmarks, type StoredBenchmark } from "./benchmarks";

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
