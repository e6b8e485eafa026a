import "server-only";
// Writing and undoing monthly figures. Loading a month that already has a
// figure is a revision: the old row stays (is_current = false) and the new
// one becomes current with revision + 1. Every row written carries the
// import's batch id, which is all an undo needs: delete the batch's rows and
// make the revision before each current again.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { commentaries, indicatorValues, reportingPeriods } from "@/db/schema";
import type { CurrentValue } from "./plan";
import type { ValueRecord } from "./records";
import { inBatches, type WriteArgs } from "./store-shared";

/** One figure to insert, in the table's column names (sent as JSON). */
interface NewFigure {
  indicator_id: number;
  period: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  revision: number;
  source_row: number;
}

/** Rows per JSON insert: a few MB of text at most. */
const JSON_ROWS = 10_000;

export async function writeValues({ tx, plan, idByCode, authorityId, batchId, actorId }: WriteArgs<ValueRecord, CurrentValue>): Promise<void> {
  const superseded: number[] = [];
  const inserts: NewFigure[] = [];
  for (const item of plan.items) {
    if (item.change === "unchanged") continue;
    if (item.before) superseded.push(item.before.id);
    const r = item.record;
    inserts.push({
      indicator_id: idByCode.get(r.indicator)!,
      period: r.period,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      note: r.note,
      revision: (item.before?.revision ?? 0) + 1,
      source_row: item.row,
    });
  }
  await inBatches(superseded, (chunk) => tx.update(indicatorValues).set({ isCurrent: false }).where(inArray(indicatorValues.id, chunk)));
  // Many rows to a statement, as one JSON parameter: a 60,000-row month
  // goes in six statements instead of 60,000 rows of bind parameters.
  await inBatches(
    inserts,
    (chunk) =>
      tx.execute(sql`
        insert into indicator_values (indicator_id, period, value, numerator, denominator, note, revision, source_row, is_current, batch_id, loaded_by)
        select r.indicator_id, r.period, r.value, r.numerator, r.denominator, r.note, r.revision, r.source_row, true, ${batchId}::int, ${actorId}::uuid
        from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(
          indicator_id int, period text, value double precision, numerator double precision,
          denominator double precision, note text, revision int, source_row int)`),
    JSON_ROWS,
  );
  // A month opens for commentary when its figures are first loaded.
  if (plan.opens.length > 0) {
    await tx
      .insert(reportingPeriods)
      .values(plan.opens.map((period) => ({ authorityId, period })))
      .onConflictDoNothing();
  }
}

/**
 * Puts figures back as they were before the batch: its rows go, and the
 * revision each one replaced is current again. Months the batch opened close
 * again when nothing else is in them.
 */
export async function undoValues(tx: Tx, batch: { id: number; openedPeriods: string[] }, authorityId: number): Promise<number> {
  const removed = await tx
    .delete(indicatorValues)
    .where(eq(indicatorValues.batchId, batch.id))
    .returning({ indicatorId: indicatorValues.indicatorId, period: indicatorValues.period, revision: indicatorValues.revision });
  const revised = removed.filter((r) => r.revision > 1);
  await inBatches(revised, (chunk) =>
    tx.execute(sql`
      update indicator_values v set is_current = true
      from (values ${sql.join(
        chunk.map((r) => sql`(${r.indicatorId}::int, ${r.period}::text, ${r.revision - 1}::int)`),
        sql`, `,
      )}) as back(indicator_id, period, revision)
      where v.indicator_id = back.indicator_id and v.period = back.period and v.revision = back.revision`),
  );
  if (batch.openedPeriods.length > 0) {
    await tx.delete(reportingPeriods).where(
      and(
        eq(reportingPeriods.authorityId, authorityId),
        inArray(reportingPeriods.period, batch.openedPeriods),
        sql`not exists (select 1 from ${indicatorValues} where ${indicatorValues.period} = ${reportingPeriods.period})`,
        sql`not exists (select 1 from ${commentaries} where ${commentaries.period} = ${reportingPeriods.period})`,
      ),
    );
  }
  return removed.length;
}
