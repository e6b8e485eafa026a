import "server-only";
// Each service area's months with figures, oldest first: what a missing
// scorecard month offers instead. One query, kept per data version.
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicators, indicatorValues } from "@/db/schema";
import { keep } from "./scorecard-cache";

export function monthsByService({ db, version }: { db: Executor; version: number }): Promise<Record<string, string[]>> {
  return keep(db, version, "months-by-service", async () => {
    const rows = await db
      .select({ service: indicators.serviceKey, months: sql<string[]>`array_agg(distinct ${indicatorValues.period} order by ${indicatorValues.period})` })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .where(eq(indicatorValues.isCurrent, true))
      .groupBy(indicators.serviceKey);
    return Object.fromEntries(rows.map((r) => [r.service, r.months]));
  });
}
