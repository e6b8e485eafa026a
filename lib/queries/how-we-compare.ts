import "server-only";
// The indicator page's "How we compare": the authority, its neighbours and
// England over the computed years, against Lantern's own outturns.
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { outturns } from "@/db/schema";
import { compareWithLocal } from "@/lib/benchmarks/compute";
import type { BenchmarkResult } from "@/lib/benchmarks/types";
import { latestEndedBy } from "@/lib/benchmarks/as-of";
import { currentBenchmarks, endOf } from "./benchmarks";

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

