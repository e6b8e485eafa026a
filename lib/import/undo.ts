import "server-only";
// Undoing the latest import of a kind: revised figures go back to what they
// were, new rows go. Refused, with the reason, when undoing would make the
// live data disagree with something people have signed off since: a board
// paper published with those figures, or a commentary or scorecard approved
// on them. Runs inside the caller's transaction, under the kind's lock.
import { and, desc, eq, sql } from "drizzle-orm";
import { executeRows, type Tx } from "@/db/client";
import { importBatches } from "@/db/schema";
import { isImportKind, type ImportKind } from "./columns";
import { CANNOT_UNDO_UNRECORDED, countsRecorded, type ImportCounts } from "./history-rules";
import { monthLabel as monthLabelOf } from "../format";
import { recomputeFormulaValues } from "./formulas";
import { undoIndicators } from "./store-catalogue";
import { undoBreakdowns } from "./store-breakdowns";
import { undoCohorts } from "./store-cohorts";
import { undoCommentary } from "./store-commentary";
import { undoValues } from "./store-values";
import { undoYearly } from "./store-yearly";

export interface UndoBatch extends ImportCounts {
  id: number;
  kind: string;
  fileName: string;
  loadedAt: Date;
  outcome: string;
  openedPeriods: string[];
}

export type UndoCheck = { ok: true; kind: ImportKind } | { ok: false; reason: string };

/**
 * Why this batch cannot be undone, or its kind when it can. A paper published
 * since blocks every kind (it froze the catalogue, outturns and benchmarks
 * too); an approval since blocks the monthly kinds (values, commentary) for
 * the months it covers.
 */
export async function checkUndo(tx: Tx, batch: UndoBatch): Promise<UndoCheck> {
  if (!isImportKind(batch.kind)) return { ok: false, reason: "This import is of an unknown kind." };
  if (batch.outcome !== "loaded") return { ok: false, reason: "This import has been undone already." };
  if (!countsRecorded(batch)) return { ok: false, reason: CANNOT_UNDO_UNRECORDED };
  const [latest] = await tx
    .select({ id: importBatches.id, fileName: importBatches.fileName })
    .from(importBatches)
    .where(and(eq(importBatches.kind, batch.kind), eq(importBatches.outcome, "loaded")))
    .orderBy(desc(importBatches.id))
    .limit(1);
  if (latest && latest.id !== batch.id) {
    return { ok: false, reason: `Only the latest ${batch.kind} import can be undone: undo ${latest.fileName} (import ${latest.id}) first.` };
  }
  const since = batch.loadedAt.toISOString();
  const touched = touchedSql(batch.kind, batch.id);

  const [paper] = await rows<{ title: string; published: string }>(
    tx,
    sql`with touched as (${touched})
      select s.title, to_char(s.published_at at time zone 'UTC', 'YYYY-MM-DD') as published
      from snapshots s join snapshot_rows r on r.snapshot_id = s.id join indicators i on i.code = r.indicator_code
      join touched t on t.indicator_id = i.id
      where s.status in ('published', 'superseded') and s.published_at >= ${since}::timestamptz
        and (t.period is null or t.period <= s.period)
      order by s.published_at limit 1`,
  );
  if (paper) {
    return { ok: false, reason: `The board paper "${paper.title}", published on ${paper.published}, froze figures from this import; the live figures must stay as the board saw them. Load a corrected file instead.` };
  }
  const [approved] = await rows<{ code: string; period: string }>(
    tx,
    sql`with touched as (${touched})
      select i.code, c.period from commentaries c join touched t on t.indicator_id = c.indicator_id and t.period = c.period
      join indicators i on i.id = c.indicator_id
      where c.status = 'approved' and c.reviewed_at >= ${since}::timestamptz order by c.period, i.code limit 1`,
  );
  if (approved) {
    return { ok: false, reason: `The commentary on ${approved.code} for ${monthLabelOf(approved.period)} was approved after this import, on its figures. Load a corrected file instead.` };
  }
  const [scorecard] = await rows<{ service: string; period: string }>(
    tx,
    sql`with touched as (${touched})
      select sa.service_key as service, sa.period from scorecard_approvals sa
      where sa.approved_at >= ${since}::timestamptz and exists (
        select 1 from touched t join indicators i on i.id = t.indicator_id
        where i.service_key = sa.service_key and t.period = sa.period)
      order by sa.period limit 1`,
  );
  if (scorecard) {
    return { ok: false, reason: `The ${scorecard.service} scorecard for ${monthLabelOf(scorecard.period)} was approved after this import, on its figures. Load a corrected file instead.` };
  }
  const extra = await kindSpecificRefusal(tx, batch);
  return extra ? { ok: false, reason: extra } : { ok: true, kind: batch.kind };
}

/** (indicator_id, period) pairs the batch wrote; period null for kinds without months. */
function touchedSql(kind: string, batchId: number) {
  switch (kind) {
    case "values":
      return sql`select distinct indicator_id, period from indicator_values where batch_id = ${batchId}`;
    case "indicators":
      return sql`select target_id::int as indicator_id, null::text as period from import_changes where batch_id = ${batchId}`;
    case "outturns":
      return sql`select o.indicator_id, null::text as period from import_changes ic join outturns o on o.id = ic.target_id where ic.batch_id = ${batchId}`;
    case "benchmarks":
      return sql`select b.indicator_id, null::text as period from import_changes ic join benchmarks b on b.id = ic.target_id where ic.batch_id = ${batchId}`;
    case "breakdowns":
      return sql`select b.indicator_id, b.period from import_changes ic join breakdown_values b on b.id = ic.target_id where ic.batch_id = ${batchId}`;
    case "cohorts":
      return sql`select o.indicator_id, v.period from import_changes ic join cohort_values v on v.id = ic.target_id join cohort_outcomes o on o.id = v.outcome_id where ic.batch_id = ${batchId}`;
    default:
      return sql`select c.indicator_id, c.period from import_changes ic join commentaries c on c.id = ic.target_id where ic.batch_id = ${batchId}`;
  }
}

async function kindSpecificRefusal(tx: Tx, batch: UndoBatch): Promise<string | null> {
  if (batch.kind === "indicators") {
    const [used] = await rows<{ code: string }>(
      tx,
      sql`select i.code from import_changes ic join indicators i on i.id = ic.target_id
        where ic.batch_id = ${batch.id} and ic.before is null and (
          (i.formula is null and exists (select 1 from indicator_values v where v.indicator_id = i.id)) or
          exists (select 1 from outturns o where o.indicator_id = i.id) or
          exists (select 1 from benchmarks b where b.indicator_id = i.id) or
          exists (select 1 from commentaries c where c.indicator_id = i.id))
        order by i.code limit 1`,
    );
    // (a formula indicator's figures are computed, not loaded: they go with it)
    if (used) return `Indicator ${used.code}, added by this import, has figures or commentary loaded since; undo those imports first.`;
  }
  if (batch.kind === "commentary") {
    const [changed] = await rows<{ code: string; period: string }>(
      tx,
      sql`select i.code, c.period from import_changes ic join commentaries c on c.id = ic.target_id join indicators i on i.id = c.indicator_id
        where ic.batch_id = ${batch.id} and c.version <> (ic.after->>'version')::int order by c.period, i.code limit 1`,
    );
    if (changed) return `The commentary on ${changed.code} for ${monthLabelOf(changed.period)} has been changed since this import; undoing it would lose that work.`;
  }
  return null;
}

async function rows<T>(tx: Tx, query: ReturnType<typeof sql>): Promise<T[]> {
  return executeRows<T>(tx, query);
}

/**
 * Puts everything the batch changed back; returns how many rows it touched.
 * Formula indicators then follow their inputs and formulas as they are again
 * (the batch's own computed rows went with it, but later recomputations and
 * changed formulas did not).
 */
export async function undoBatch(tx: Tx, batch: UndoBatch, kind: ImportKind, authorityId: number): Promise<number> {
  const rows = await undoRows(tx, batch, kind, authorityId);
  if (kind === "values" || kind === "indicators") await recomputeFormulaValues(tx);
  return rows;
}

async function undoRows(tx: Tx, batch: UndoBatch, kind: ImportKind, authorityId: number): Promise<number> {
  switch (kind) {
    case "values":
      return undoValues(tx, batch, authorityId);
    case "outturns":
      return undoYearly(tx, batch.id, "outturn");
    case "benchmarks":
      return undoYearly(tx, batch.id, "benchmark");
    case "commentary":
      return undoCommentary(tx, batch.id);
    case "indicators":
      return undoIndicators(tx, batch.id);
    case "breakdowns":
      return undoBreakdowns(tx, batch.id);
    case "cohorts":
      return undoCohorts(tx, batch.id);
  }
}
