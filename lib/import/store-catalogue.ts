import "server-only";
// Writing and undoing the indicator catalogue. New indicators are added,
// changed ones updated in place; each change keeps the columns as they were,
// so an undo can put them back (or remove an indicator the import added).
import { inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { indicators, users } from "@/db/schema";
import { eq } from "drizzle-orm";
import type { CurrentIndicator } from "./plan";
import type { IndicatorRecord } from "./records";
import { inBatches, recordChanges, undoAdditions, type ChangeRow, type WriteArgs } from "./store-shared";
import { defaultEffectiveFrom, restoreBandSet, saveBandSet, type BandValues } from "@/lib/actions/catalogue/band-sets";
import { indicatorSettings } from "@/lib/figures/settings";

type IndicatorColumns = Omit<typeof indicators.$inferInsert, "id" | "createdAt">;

/** Owners, reporters and authors named by email become users (with no password until one is set). */
export async function userIdsFor(tx: Tx, emails: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(emails.filter((e): e is string => !!e).map((e) => e.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  await tx
    .insert(users)
    .values(wanted.map((email) => ({ email, name: nameFromEmail(email) })))
    .onConflictDoNothing();
  const rows = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, wanted));
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

/** "head.of.mash@lantern.example" → "Head Of Mash": a placeholder an admin can correct. */
function nameFromEmail(email: string): string {
  return email
    .split("@")[0]
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(" ");
}

function columnsOf(r: IndicatorRecord, index: number, authorityId: number, people: Map<string, string>): IndicatorColumns {
  return {
    authorityId,
    code: r.code,
    title: r.title,
    serviceKey: r.service,
    ...indicatorSettings(r),
    bandsIllustrative: false,
    ownerId: r.owner ? (people.get(r.owner.toLowerCase()) ?? null) : null,
    reporterId: r.reporter ? (people.get(r.reporter.toLowerCase()) ?? null) : null,
    councilPlan: r.councilPlan,
    formula: r.formula ?? null,
    partOf: r.partOf ?? null,
    sortOrder: index + 1,
  };
}

function storedColumns(c: CurrentIndicator): Partial<IndicatorColumns> {
  return {
    title: c.title,
    serviceKey: c.service,
    ...indicatorSettings(c),
    bandsIllustrative: c.bandsIllustrative,
    ownerId: c.ownerId,
    reporterId: c.reporterId,
    councilPlan: c.councilPlan,
    formula: c.formula ?? null,
    partOf: c.partOf ?? null,
    sortOrder: c.sortOrder,
  };
}

export async function writeIndicators({ tx, plan, authorityId, batchId }: WriteArgs<IndicatorRecord, CurrentIndicator>): Promise<void> {
  const people = await userIdsFor(
    tx,
    plan.items.flatMap((i) => [i.record.owner, i.record.reporter]),
  );
  const changes: ChangeRow[] = [];
  const positioned = plan.items.map((item, index) => ({ item, columns: columnsOf(item.record, index, authorityId, people) }));
  const fresh = positioned.filter((p) => p.item.change === "new");
  await inBatches(fresh, async (chunk) => {
    const rows = await tx
      .insert(indicators)
      .values(chunk.map((p) => p.columns))
      .returning({ id: indicators.id, code: indicators.code });
    const idOf = new Map(rows.map((r) => [r.code, r.id]));
    for (const { item } of chunk) {
      const indicatorId = idOf.get(item.record.code)!;
      await writeBandSet(tx, indicatorId, item.record);
      changes.push({ row: item.row, targetId: indicatorId, label: item.label, before: null, after: null });
    }
  });
  for (const { item, columns } of positioned.filter((p) => p.item.change === "revised")) {
    const { authorityId: _a, code: _c, ...set } = columns;
    await tx.update(indicators).set({ ...set, updatedAt: new Date() }).where(eq(indicators.id, item.before!.id));
    // after the columns: the set's trigger puts the newest set back on them when this one is older
    const bandSet = await writeBandSet(tx, item.before!.id, item.record);
    changes.push({ row: item.row, targetId: item.before!.id, label: item.label, before: { ...storedColumns(item.before!), bandSet }, after: set });
  }
  await recordChanges(tx, batchId, "indicator", changes);
}

/** The row's bands and target as a set from its effective_from (blank: over the newest set); what it replaced, for an undo. */
async function writeBandSet(tx: Tx, indicatorId: number, r: IndicatorRecord): Promise<{ effectiveFrom: string; replaced: BandValues | null }> {
  const effectiveFrom = r.effectiveFrom ?? (await defaultEffectiveFrom(tx, indicatorId));
  const replaced = await saveBandSet(tx, indicatorId, effectiveFrom, { greenMin: r.greenMin, greenMax: r.greenMax, amberMin: r.amberMin, amberMax: r.amberMax, target: r.target });
  return { effectiveFrom, replaced };
}

/** Indicators the import added go; changed ones get their columns back. */
export async function undoIndicators(tx: Tx, batchId: number): Promise<number> {
  const { changes, revised } = await undoAdditions(tx, batchId, (chunk) => tx.delete(indicators).where(inArray(indicators.id, chunk)));
  for (const c of revised) {
    const { bandSet, ...columns } = c.before as Partial<IndicatorColumns> & { bandSet?: { effectiveFrom: string; replaced: BandValues | null } };
    await tx
      .update(indicators)
      .set({ ...columns, updatedAt: new Date() })
      .where(eq(indicators.id, c.targetId));
    // last: the trigger then mirrors the newest set that is left onto the columns
    if (bandSet) await restoreBandSet(tx, c.targetId, bandSet.effectiveFrom, bandSet.replaced);
  }
  return changes.length;
}
