import "server-only";
// The authority settings page: the authority as stored, and the months open
// for commentary (the months with figures: ./scorecard-cache.ts).
import { asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authorities, indicators, reportingPeriods } from "@/db/schema";
import { effectiveSettings } from "@/lib/settings";
import { theAuthority } from "./authority";

/** Months open for commentary now. */
export async function openMonths({ db }: { db: Executor }): Promise<string[]> {
  const rows = await db.select({ period: reportingPeriods.period }).from(reportingPeriods).where(isNull(reportingPeriods.closedAt)).orderBy(asc(reportingPeriods.period));
  return rows.map((r) => r.period);
}

export async function authoritySettingsPage({ db }: { db: Executor }) {
  const authority = await theAuthority({ db });
  if (!authority) return null;
  const [row] = await db
    .select({ laCode: authorities.laCode, onsCode: authorities.onsCode, neighbours: authorities.statisticalNeighbours, rateIndicators: sql<number>`(select count(*) from ${indicators} where unit = 'rate_per_10k')::int` })
    .from(authorities)
    .where(eq(authorities.id, authority.id));
  return {
    name: authority.name,
    laCode: row.laCode,
    onsCode: row.onsCode,
    neighbours: row.neighbours,
    populations: Object.entries(authority.populations).sort(([a], [b]) => a.localeCompare(b)),
    rateIndicators: row.rateIndicators,
    settings: effectiveSettings(authority.settings),
  };
}
