import "server-only";
// What the new-paper page offers to pick from: the month's indicators (those
// in use that month), by service, in the scorecards' order.
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicators, serviceAreas } from "@/db/schema";
import { inUseIn } from "./retired";

export async function indicatorsToPick({ db, period }: { db: Executor; period: string }) {
  return await db
    .select({ code: indicators.code, title: indicators.title, serviceKey: indicators.serviceKey })
    .from(indicators)
    .innerJoin(serviceAreas, eq(serviceAreas.key, indicators.serviceKey))
    .where(inUseIn(period))
    .orderBy(asc(serviceAreas.sortOrder), asc(indicators.sortOrder), asc(indicators.code));
}
