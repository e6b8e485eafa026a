import "server-only";
// One indicator's monthly figures over a span of months, for the API
// (GET /api/v1/indicators/{code}/values): the current figure of each month,
// whether it was revised, and its note. Two queries.
import { and, asc, eq, gte, lte } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicators, indicatorValues } from "@/db/schema";

export interface IndicatorValuesDocument {
  code: string;
  title: string;
  service: string;
  unit: string;
  polarity: string;
  decimals: number;
  from: string;
  to: string;
  values: { period: string; value: number | null; numerator: number | null; denominator: number | null; revised: boolean; note: string | null }[];
}

export async function indicatorByCode({ db, code }: { db: Executor; code: string }) {
  const [row] = await db.select().from(indicators).where(eq(indicators.code, code));
  return row ?? null;
}

export async function indicatorValuesFor({ db, indicator, from, to }: { db: Executor; indicator: typeof indicators.$inferSelect; from: string; to: string }): Promise<IndicatorValuesDocument> {
  const rows = await db
    .select({
      period: indicatorValues.period,
      value: indicatorValues.value,
      numerator: indicatorValues.numerator,
      denominator: indicatorValues.denominator,
      revision: indicatorValues.revision,
      note: indicatorValues.note,
    })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, indicator.id), eq(indicatorValues.isCurrent, true), gte(indicatorValues.period, from), lte(indicatorValues.period, to)))
    .orderBy(asc(indicatorValues.period));
  return {
    code: indicator.code,
    title: indicator.title,
    service: indicator.serviceKey,
    unit: indicator.unit,
    polarity: indicator.polarity,
    decimals: indicator.decimals,
    from,
    to,
    values: rows.map((r) => ({ period: r.period, value: r.value, numerator: r.numerator, denominator: r.denominator, revised: r.revision > 1, note: r.note })),
  };
}
