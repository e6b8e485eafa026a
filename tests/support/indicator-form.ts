// The indicator editor's form as an admin would send it: every field as
// stored for the indicator with this code, with `changes` over it.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicators } from "@/db/schema";

export async function indicatorForm(db: Db, code: string, changes: Record<string, unknown> = {}) {
  const [i] = await db.select().from(indicators).where(eq(indicators.code, code));
  return {
    indicatorId: i.id, code: i.code, title: i.title, service: i.serviceKey, polarity: i.polarity, unit: i.unit, aggregation: i.aggregation,
    decimals: i.decimals, frequency: i.frequency, greenMin: i.greenMin, greenMax: i.greenMax, amberMin: i.amberMin, amberMax: i.amberMax,
    target: i.target, outcome: i.outcome, definition: i.definition, ownerId: i.ownerId ?? "", reporterId: i.reporterId ?? "", councilPlan: i.councilPlan,
    partOf: i.partOf ?? "",
    ...changes,
  };
}
