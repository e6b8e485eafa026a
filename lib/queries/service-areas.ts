import "server-only";
// The council's service areas as data (/admin/service-areas): every list,
// form and import asks these instead of a fixed list in code.
import { asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicators, serviceAreas } from "@/db/schema";

export interface ServiceAreaRow {
  key: string;
  name: string;
  sortOrder: number;
  retiredAt: string | null;
  /** indicators filed under it (retired ones too) */
  indicators: number;
}

/** Every area in the council's order, retired ones too, with how many indicators each holds. */
export async function serviceAreaList({ db }: { db: Executor }): Promise<ServiceAreaRow[]> {
  const rows = await db
    .select({
      key: serviceAreas.key,
      name: serviceAreas.name,
      sortOrder: serviceAreas.sortOrder,
      retiredAt: serviceAreas.retiredAt,
      indicators: sql<number>`(select count(*)::int from ${indicators} where ${indicators.serviceKey} = ${serviceAreas.key})`,
    })
    .from(serviceAreas)
    .orderBy(asc(serviceAreas.sortOrder), asc(serviceAreas.key));
  return rows.map((r) => ({ ...r, retiredAt: r.retiredAt ? new Date(r.retiredAt).toISOString() : null }));
}

/** Areas in use (not retired), in order: what forms offer and imports accept for new indicators. */
export async function activeServiceAreas({ db }: { db: Executor }): Promise<{ key: string; name: string }[]> {
  return db.select({ key: serviceAreas.key, name: serviceAreas.name }).from(serviceAreas).where(isNull(serviceAreas.retiredAt)).orderBy(asc(serviceAreas.sortOrder));
}

/** One area by its key, retired or not; null when there is none. */
export async function serviceAreaByKey({ db, key }: { db: Executor; key: string }) {
  const [row] = await db.select().from(serviceAreas).where(eq(serviceAreas.key, key));
  return row ?? null;
}
