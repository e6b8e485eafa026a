import "server-only";
// The authority settings page: the authority as stored, and the months whose
// scorecards a change would touch.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authorities, indicators, indicatorValues, reportingPeriods } from "@/db/schema";
import { effectiveSettings } from "@/lib/settings";
import { theAuthority } from "./authority";

/** Months with any current figure (of indicators of this unit, when given), oldest first. */
export async function monthsWithFigures({ db, unit }: { db: Executor; unit?: "rate_per_10k" }): Promise<string[]> {
  const rows = await db
    .selectDistinct({ period: indicatorValues.period })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicatorValues.isCurrent, true), unit ? eq(indicators.unit, unit) : undefined))
    .orderBy(asc(indicatorValues.period));
  return rows.map((r) => r.period);
}

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
