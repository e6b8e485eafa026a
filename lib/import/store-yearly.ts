import "server-only";
// Writing and undoing outturns and benchmarks: one figure per indicator and
// year (and benchmark kind). A revision overwrites the figure; the figure it
// replaced is kept in import_changes so an undo can put it back.
import { eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { benchmarks, importChanges, outturns } from "@/db/schema";
import type { CurrentYearly } from "./plan";
import type { BenchmarkRecord, OutturnRecord } from "./records";
import { inBatches, recordChanges, type ChangeRow, type WriteArgs } from "./store-shared";

type Yearly = typeof outturns | typeof benchmarks;

async function reviseValues(tx: Tx, table: Yearly, revised: { id: number; value: number }[]): Promise<void> {
  const name = table === outturns ? sql.raw("outturns") : sql.raw("benchmarks");
  await inBatches(revised, (chunk) =>
    tx.execute(sql`
      update ${name} t set value = v.value, loaded_at = now()
      from (values ${sql.join(chunk.map((r) => sql`(${r.id}::int, ${r.value}::double precision)`), sql`, `)}) as v(id, value)
      where t.id = v.id`),
  );
}

export async function writeOutturns({ tx, plan, idByCode, batchId }: WriteArgs<OutturnRecord, CurrentYearly>): Promise<void> {
  const changes: ChangeRow[] = [];
  const fresh = plan.items.filter((i) => i.change === "new");
  await inBatches(fresh, async (chunk) => {
    const rows = await tx
      .insert(outturns)
      .values(chunk.map(({ record: r }) => ({ indicatorId: idByCode.get(r.indicator)!, year: r.year, value: r.value })))
      .returning({ id: outturns.id, indicatorId: outturns.indicatorId, year: outturns.year });
    const idOf = new Map(rows.map((r) => [`${r.indicatorId}|${r.year}`, r.id]));
    for (const i of chunk) {
      const id = idOf.get(`${idByCode.get(i.record.indicator)}|${i.record.year}`)!;
      changes.push({ row: i.row, targetId: id, label: i.label, before: null, after: { value: i.record.value } });
    }
  });
  const revised = plan.items.filter((i) => i.change === "revised");
  await reviseValues(tx, outturns, revised.map((i) => ({ id: i.before!.id, value: i.record.value })));
  for (const i of revised) changes.push({ row: i.row, targetId: i.before!.id, label: i.label, before: { value: i.before!.value }, after: { value: i.record.value } });
  await recordChanges(tx, batchId, "outturn", changes);
}

export async function writeBenchmarks({ tx, plan, idByCode, batchId }: WriteArgs<BenchmarkRecord, CurrentYearly>): Promise<void> {
  const changes: ChangeRow[] = [];
  const fresh = plan.items.filter((i) => i.change === "new");
  await inBatches(fresh, async (chunk) => {
    const rows = await tx
      .insert(benchmarks)
      .values(chunk.map(({ record: r }) => ({ indicatorId: idByCode.get(r.indicator)!, kind: r.benchmark, year: r.year, value: r.value })))
      .returning({ id: benchmarks.id, indicatorId: benchmarks.indicatorId, kind: benchmarks.kind, year: benchmarks.year });
    const idOf = new Map(rows.map((r) => [`${r.indicatorId}|${r.kind}|${r.year}`, r.id]));
    for (const i of chunk) {
      const id = idOf.get(`${idByCode.get(i.record.indicator)}|${i.record.benchmark}|${i.record.year}`)!;
      changes.push({ row: i.row, targetId: id, label: i.label, before: null, after: { value: i.record.value } });
    }
  });
  const revised = plan.items.filter((i) => i.change === "revised");
  await reviseValues(tx, benchmarks, revised.map((i) => ({ id: i.before!.id, value: i.record.value })));
  for (const i of revised) changes.push({ row: i.row, targetId: i.before!.id, label: i.label, before: { value: i.before!.value }, after: { value: i.record.value } });
  await recordChanges(tx, batchId, "benchmark", changes);
}

/** New figures go; revised ones get their earlier value back. */
export async function undoYearly(tx: Tx, batchId: number, target: "outturn" | "benchmark"): Promise<number> {
  const table = target === "outturn" ? outturns : benchmarks;
  const changes = await tx
    .select({ targetId: importChanges.targetId, before: importChanges.before })
    .from(importChanges)
    .where(eq(importChanges.batchId, batchId));
  const fresh = changes.filter((c) => c.before === null).map((c) => c.targetId);
  await inBatches(fresh, (chunk) => tx.delete(table).where(inArray(table.id, chunk)));
  const revised = changes.filter((c) => c.before !== null).map((c) => ({ id: c.targetId, value: (c.before as { value: number }).value }));
  await reviseValues(tx, table, revised);
  return changes.length;
}
