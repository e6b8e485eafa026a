import "server-only";
// Writing and undoing outturns and benchmarks: one figure per indicator and
// year (and benchmark kind). A revision overwrites the figure; the figure it
// replaced is kept in import_changes so an undo can put it back.
import type { Tx } from "@/db/client";
import { benchmarks, outturns } from "@/db/schema";
import type { CurrentYearly } from "./plan";
import type { BenchmarkRecord, OutturnRecord } from "./records";
import { reviseInPlace, undoInPlace } from "./store-in-place";
import { inBatches, recordChanges, type ChangeRow, type WriteArgs } from "./store-shared";

/**
 * New figures are inserted (`insert` gives each new row's id under `keyOf`'s
 * key), revised ones overwritten; each change is recorded for undo.
 */
async function writeYearly<R extends { indicator: string; value: number }>(
  { tx, plan, batchId }: WriteArgs<R, CurrentYearly>,
  target: "outturn" | "benchmark",
  insert: (records: R[]) => Promise<Map<string, number>>,
  keyOf: (record: R) => string,
): Promise<void> {
  const changes: ChangeRow[] = [];
  const fresh = plan.items.filter((i) => i.change === "new");
  await inBatches(fresh, async (chunk) => {
    const idOf = await insert(chunk.map((i) => i.record));
    for (const i of chunk) changes.push({ row: i.row, targetId: idOf.get(keyOf(i.record))!, label: i.label, before: null, after: { value: i.record.value } });
  });
  await reviseInPlace(tx, target === "outturn" ? outturns : benchmarks, plan.items, changes);
  await recordChanges(tx, batchId, target, changes);
}

export async function writeOutturns(args: WriteArgs<OutturnRecord, CurrentYearly>): Promise<void> {
  const { tx, idByCode } = args;
  await writeYearly(
    args,
    "outturn",
    async (records) => {
      const rows = await tx
        .insert(outturns)
        .values(records.map((r) => ({ indicatorId: idByCode.get(r.indicator)!, year: r.year, value: r.value })))
        .returning({ id: outturns.id, indicatorId: outturns.indicatorId, year: outturns.year });
      return new Map(rows.map((r) => [`${r.indicatorId}|${r.year}`, r.id]));
    },
    (r) => `${idByCode.get(r.indicator)}|${r.year}`,
  );
}

export async function writeBenchmarks(args: WriteArgs<BenchmarkRecord, CurrentYearly>): Promise<void> {
  const { tx, idByCode } = args;
  await writeYearly(
    args,
    "benchmark",
    async (records) => {
      const rows = await tx
        .insert(benchmarks)
        .values(records.map((r) => ({ indicatorId: idByCode.get(r.indicator)!, kind: r.benchmark, year: r.year, value: r.value })))
        .returning({ id: benchmarks.id, indicatorId: benchmarks.indicatorId, kind: benchmarks.kind, year: benchmarks.year });
      return new Map(rows.map((r) => [`${r.indicatorId}|${r.kind}|${r.year}`, r.id]));
    },
    (r) => `${idByCode.get(r.indicator)}|${r.benchmark}|${r.year}`,
  );
}

/** New figures go; revised ones get their earlier value back. */
export function undoYearly(tx: Tx, batchId: number, target: "outturn" | "benchmark"): Promise<number> {
  return undoInPlace(tx, target === "outturn" ? outturns : benchmarks, batchId);
}
