import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicatorValues, serviceAreas } from "@/db/schema";

/** The newest month with any figure, or null on an empty database. */
export async function latestPeriod({ db }: { db: Executor }): Promise<string | null> {
  const [row] = await db
    .select({ period: sql<string | null>`max(${indicatorValues.period})` })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.isCurrent, true), isNotNull(indicatorValues.value)));
  return row?.period ?? null;
}

export async function listServiceAreas({ db }: { db: Executor }) {
  return db.select().from(serviceAreas).orderBy(serviceAreas.sortOrder);
}
