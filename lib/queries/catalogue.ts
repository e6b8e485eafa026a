import "server-only";
// The indicator catalogue for the admin console: every indicator by service
// (in the scorecards' order, retired ones too), and one indicator with its
// last 12 months of figures for the editor's preview.
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicatorBandSets, indicators, indicatorValues, serviceAreas, users } from "@/db/schema";
import { EARLIEST_PERIOD } from "@/lib/import/limits";
import { addMonths } from "@/lib/figures/periods";
import type { CatalogueEntry } from "@/lib/figures/relations";

export interface CatalogueRow {
  id: number;
  code: string;
  title: string;
  serviceKey: string;
  unit: string;
  polarity: string;
  hasBands: boolean;
  target: number | null;
  retiredFrom: string | null;
  latestPeriod: string | null;
}

export async function catalogueByService({ db }: { db: Executor }) {
  const rows = await db
    .select({
      id: indicators.id,
      code: indicators.code,
      title: indicators.title,
      serviceKey: indicators.serviceKey,
      serviceName: serviceAreas.name,
      unit: indicators.unit,
      polarity: indicators.polarity,
      hasBands: sql<boolean>`coalesce(${indicators.greenMin}, ${indicators.greenMax}, ${indicators.amberMin}, ${indicators.amberMax}) is not null`,
      target: indicators.target,
      retiredFrom: indicators.retiredFrom,
      latestPeriod: sql<string | null>`(select max(v.period) from ${indicatorValues} v where v.indicator_id = ${indicators.id} and v.is_current)`,
    })
    .from(indicators)
    .innerJoin(serviceAreas, eq(serviceAreas.key, indicators.serviceKey))
    .orderBy(asc(serviceAreas.sortOrder), asc(indicators.sortOrder), asc(indicators.code));
  const services: { key: string; name: string; rows: CatalogueRow[] }[] = [];
  for (const { serviceName, ...row } of rows) {
    let service = services.at(-1);
    if (!service || service.key !== row.serviceKey) services.push((service = { key: row.serviceKey, name: serviceName, rows: [] }));
    service.rows.push(row);
  }
  return services;
}

/** The newest month with any figure (retiring from the month after it keeps every month loaded so far). */
export async function newestLoadedMonth({ db }: { db: Executor }): Promise<string | null> {
  const [row] = await db.select({ period: sql<string | null>`max(${indicatorValues.period})` }).from(indicatorValues);
  return row?.period ?? null;
}

export async function indicatorForEdit({ db, code }: { db: Executor; code: string }) {
  const [indicator] = await db.select().from(indicators).where(eq(indicators.code, code));
  if (!indicator) return null;
  const recent = await db
    .select({ period: indicatorValues.period, value: indicatorValues.value })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, indicator.id), eq(indicatorValues.isCurrent, true)))
    .orderBy(desc(indicatorValues.period))
    .limit(12);
  const last = recent[0]?.period;
  const [newestSet] = await db
    .select({ from: indicatorBandSets.effectiveFrom })
    .from(indicatorBandSets)
    .where(eq(indicatorBandSets.indicatorId, indicator.id))
    .orderBy(desc(indicatorBandSets.effectiveFrom))
    .limit(1);
  // The last 12 months up to the newest figure, a missing month shown as n/a.
  const months = last ? Array.from({ length: 12 }, (_, i) => addMonths(last, i - 11)) : [];
  const byPeriod = new Map(recent.map((r) => [r.period, r.value]));
  return {
    indicator,
    recent: months.map((period) => ({ period, value: byPeriod.get(period) ?? null })),
    /** the month the set of bands in force now applies from (with none stored: the first month of figures, else this month) */
    newestSetFrom: newestSet?.from ?? months[0] ?? EARLIEST_PERIOD,
  };
}

/** The count indicators another may be declared a part of (lib/figures/relations.ts), in catalogue order, leaving out `code` itself. */
export async function countIndicatorsBut({ db, code }: { db: Executor; code: string }) {
  const rows = await db
    .select({ code: indicators.code, title: indicators.title })
    .from(indicators)
    .where(eq(indicators.unit, "count"))
    .orderBy(asc(indicators.sortOrder), asc(indicators.code));
  return rows.filter((r) => r.code !== code).map((r) => ({ value: r.code, label: `${r.code}: ${r.title}` }));
}

/** Each indicator's facts its relations to others are read from (lib/figures/relations.ts). */
export async function catalogueRelationFacts({ db }: { db: Executor }): Promise<CatalogueEntry[]> {
  return db.select({ code: indicators.code, unit: indicators.unit, partOf: indicators.partOf, formula: indicators.formula }).from(indicators);
}

/** Active people, to choose an indicator's owner and reporter from. */
export async function peopleToChoose({ db }: { db: Executor }) {
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(isNull(users.disabledAt)).orderBy(asc(sql`lower(${users.name})`));
}
