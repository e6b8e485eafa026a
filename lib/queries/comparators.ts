import "server-only";
// The outturns and benchmarks of some indicators in one round trip, as the
// figures engine reads them (./figures-input.ts): the same query for the
// scorecard and the indicator page.
import { inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { benchmarks, outturns } from "@/db/schema";

export function storedComparators(db: Executor, indicatorIds: number[]) {
  return db
    .select({
      indicatorId: outturns.indicatorId,
      kind: sql<string>`'outturn'`.as("kind"),
      year: outturns.year,
      value: outturns.value,
      source: sql<string | null>`null::text`.as("source"),
      unit: sql<string | null>`null::text`.as("unit"),
      basis: sql<string | null>`null::text`.as("basis"),
      periodEnd: sql<string | null>`null::text`.as("period_end"),
    })
    .from(outturns)
    .where(inArray(outturns.indicatorId, indicatorIds))
    .unionAll(
      db
        .select({
          indicatorId: benchmarks.indicatorId,
          kind: sql<string>`${benchmarks.kind}::text`.as("kind"),
          year: benchmarks.year,
          value: benchmarks.value,
          source: benchmarks.source,
          unit: sql<string | null>`${benchmarks.unit}::text`.as("unit"),
          basis: sql<string | null>`${benchmarks.basis}::text`.as("basis"),
          periodEnd: benchmarks.periodEnd,
        })
        .from(benchmarks)
        .where(inArray(benchmarks.indicatorId, indicatorIds)),
    );
}
