import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicatorValues, reportingPeriods, serviceAreas } from "@/db/schema";

/** The newest month with any figure, or null on an empty database. */
export async function latestPeriod({ db }: { db: Executor }): Promise<string | null> {
  const [row] = await db
    .select({ period: sql<string | null>`max(${indicatorValues.period})` })
    .from(indicatorValues)
    .where(eq(indicatorValues.isCurrent, true));
  return row?.period ?? null;
}

/** Months that have been opened by a load of figures, newest first. */
export async function openPeriods({ db }: { db: Executor }): Promise<string[]> {
  const rows = await db
    .select({ period: reportingPeriods.period })
    .from(reportingPeriods)
    .orderBy(desc(reportingPeriods.period));
  return rows.map((r) => r.period);
}

export async function listServiceAreas({ db }: { db: Executor }) {
  return db.select().from(serviceAreas).orderBy(serviceAreas.sortOrder);
}
