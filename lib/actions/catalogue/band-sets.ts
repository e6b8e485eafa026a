import "server-only";
// Writing an indicator's sets of target and RAG bands (lib/figures/band-sets.ts),
// for the catalogue editor and the catalogue import alike. A set written from
// a month replaces only a set from that same month; earlier sets, and so the
// RAG of earlier months, stay. A trigger mirrors the newest set onto the
// indicator's own columns (db/migrations, indicator_band_sets).
import { and, desc, eq, min } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicatorBandSets, indicators, indicatorValues } from "@/db/schema";
import type { BandSet } from "@/lib/figures/band-sets";
import { EARLIEST_PERIOD } from "@/lib/import/limits";

export type BandValues = Omit<BandSet, "effectiveFrom">;

/** Where a set given without a month goes: over the newest set, else from the first month of figures, else from the start. */
export async function defaultEffectiveFrom(tx: Executor, indicatorId: number): Promise<string> {
  const [newest] = await tx
    .select({ from: indicatorBandSets.effectiveFrom })
    .from(indicatorBandSets)
    .where(eq(indicatorBandSets.indicatorId, indicatorId))
    .orderBy(desc(indicatorBandSets.effectiveFrom))
    .limit(1);
  if (newest) return newest.from;
  const [first] = await tx.select({ period: min(indicatorValues.period) }).from(indicatorValues).where(eq(indicatorValues.indicatorId, indicatorId));
  return first?.period ?? EARLIEST_PERIOD;
}

/**
 * An indicator added without a set (by the demo's seed, say) rates every month
 * by its own columns: before a first set from a later month is written, those
 * columns become a set from its first month, so earlier months keep their RAG.
 */
async function keepBaseline(tx: Executor, indicatorId: number, effectiveFrom: string): Promise<void> {
  const [any] = await tx.select({ id: indicatorBandSets.id }).from(indicatorBandSets).where(eq(indicatorBandSets.indicatorId, indicatorId)).limit(1);
  if (any) return;
  const from = await defaultEffectiveFrom(tx, indicatorId);
  if (effectiveFrom <= from) return;
  const [own] = await tx.select().from(indicators).where(eq(indicators.id, indicatorId));
  if (!own) return;
  await tx.insert(indicatorBandSets).values({ indicatorId, effectiveFrom: from, greenMin: own.greenMin, greenMax: own.greenMax, amberMin: own.amberMin, amberMax: own.amberMax, target: own.target });
}

/** Writes the set from `effectiveFrom`, returning the set it replaced there (null: a new set). */
export async function saveBandSet(tx: Executor, indicatorId: number, effectiveFrom: string, set: BandValues): Promise<BandValues | null> {
  await keepBaseline(tx, indicatorId, effectiveFrom);
  const [before] = await tx
    .select()
    .from(indicatorBandSets)
    .where(and(eq(indicatorBandSets.indicatorId, indicatorId), eq(indicatorBandSets.effectiveFrom, effectiveFrom)));
  const values = { greenMin: set.greenMin, greenMax: set.greenMax, amberMin: set.amberMin, amberMax: set.amberMax, target: set.target };
  await tx
    .insert(indicatorBandSets)
    .values({ indicatorId, effectiveFrom, ...values })
    .onConflictDoUpdate({ target: [indicatorBandSets.indicatorId, indicatorBandSets.effectiveFrom], set: values });
  return before ? { greenMin: before.greenMin, greenMax: before.greenMax, amberMin: before.amberMin, amberMax: before.amberMax, target: before.target } : null;
}

/** Puts a set back as it was before a write (null: the write added it, so it goes). */
export async function restoreBandSet(tx: Executor, indicatorId: number, effectiveFrom: string, before: BandValues | null): Promise<void> {
  if (before === null) {
    await tx.delete(indicatorBandSets).where(and(eq(indicatorBandSets.indicatorId, indicatorId), eq(indicatorBandSets.effectiveFrom, effectiveFrom)));
    return;
  }
  await saveBandSet(tx, indicatorId, effectiveFrom, before);
}
