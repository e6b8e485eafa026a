import "server-only";
// Every set of target and RAG bands of some indicators, oldest first
// (lib/figures/band-sets.ts picks the one in force in a month).
import { asc, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicatorBandSets } from "@/db/schema";
import type { BandSet } from "@/lib/figures/band-sets";

export async function bandSetsOf({ db, indicatorIds }: { db: Executor; indicatorIds: readonly number[] }): Promise<Map<number, BandSet[]>> {
  const by = new Map<number, BandSet[]>();
  if (indicatorIds.length === 0) return by;
  const rows = await db
    .select()
    .from(indicatorBandSets)
    .where(inArray(indicatorBandSets.indicatorId, [...indicatorIds]))
    .orderBy(asc(indicatorBandSets.indicatorId), asc(indicatorBandSets.effectiveFrom));
  for (const r of rows) {
    const set: BandSet = { effectiveFrom: r.effectiveFrom, greenMin: r.greenMin, greenMax: r.greenMax, amberMin: r.amberMin, amberMax: r.amberMax, target: r.target };
    by.set(r.indicatorId, [...(by.get(r.indicatorId) ?? []), set]);
  }
  return by;
}
