import "server-only";
// The import history (/admin/imports) and one import's detail: who loaded
// what, when, with what effect, and whether it can still be undone.
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { importBatches, importChanges, indicators, indicatorValues, users } from "@/db/schema";
import { formatImportedFigure } from "@/lib/format";
import { countsRecorded, nextMonthToLoad } from "@/lib/import/history-rules";

export interface ImportHistoryRow {
  id: number;
  kind: string;
  fileName: string;
  format: string | null;
  sheet: string | null;
  sha256: string | null;
  loadedAt: string;
  loadedBy: string | null;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  opened: string[];
  outcome: "loaded" | "undone";
  undoneAt: string | null;
  undoneBy: string | null;
  /** the latest import of its kind still loaded: the one Undo applies to */
  latestOfKind: boolean;
  /** false for imports loaded before Lantern counted rows (lib/import/history-rules.ts) */
  countsRecorded: boolean;
}

const loader = alias(users, "loader");
const undoer = alias(users, "undoer");

function historySelect(db: Executor) {
  return db
    .select({
      id: importBatches.id,
      kind: importBatches.kind,
      fileName: importBatches.fileName,
      format: importBatches.format,
      sheet: importBatches.sheet,
      sha256: importBatches.sha256,
      loadedAt: importBatches.loadedAt,
      loadedBy: sql<string | null>`coalesce(${loader.name}, ${loader.email})`,
      rows: importBatches.rowCount,
      inserted: importBatches.inserted,
      updated: importBatches.updated,
      unchanged: importBatches.unchanged,
      opened: importBatches.openedPeriods,
      outcome: importBatches.outcome,
      undoneAt: importBatches.undoneAt,
      undoneBy: sql<string | null>`coalesce(${undoer.name}, ${undoer.email})`,
      latestOfKind: sql<boolean>`${importBatches.outcome} = 'loaded' and ${importBatches.id} = (
        select max(b.id) from import_batches b where b.kind = ${importBatches.kind} and b.outcome = 'loaded')`,
    })
    .from(importBatches)
    .leftJoin(loader, eq(loader.id, importBatches.loadedBy))
    .leftJoin(undoer, eq(undoer.id, importBatches.undoneBy));
}

type Raw = Awaited<ReturnType<ReturnType<typeof historySelect>["execute"]>>[number];

function shape(r: Raw): ImportHistoryRow {
  return {
    ...r,
    countsRecorded: countsRecorded(r),
    outcome: r.outcome === "undone" ? "undone" : "loaded",
    loadedAt: new Date(r.loadedAt).toISOString(),
    undoneAt: r.undoneAt ? new Date(r.undoneAt).toISOString() : null,
    latestOfKind: r.latestOfKind === true || String(r.latestOfKind) === "true",
  };
}

/** Newest first; one query. */
export async function importHistory({ db, limit = 200 }: { db: Executor; limit?: number }): Promise<ImportHistoryRow[]> {
  const rows = await historySelect(db).orderBy(desc(importBatches.id)).limit(limit);
  return rows.map(shape);
}

interface ImportChangeRow {
  row: number | null;
  label: string;
  change: "new" | "revised";
  before: string | null;
  after: string | null;
}

export interface ImportDetail {
  batch: ImportHistoryRow;
  changes: ImportChangeRow[];
  /** how many rows changed in all (the list shows the first DETAIL_ROWS) */
  changeCount: number;
}

export const DETAIL_ROWS = 500;

export async function importDetail({ db, batchId }: { db: Executor; batchId: number }): Promise<ImportDetail | null> {
  const [raw] = await historySelect(db).where(eq(importBatches.id, batchId));
  if (!raw) return null;
  const batch = shape(raw);
  if (batch.kind === "values") return { batch, ...(await valueChanges(db, batchId)) };
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(importChanges).where(eq(importChanges.batchId, batchId));
  const rows = await db
    .select({ row: importChanges.row, label: importChanges.label, before: importChanges.before, after: importChanges.after })
    .from(importChanges)
    .where(eq(importChanges.batchId, batchId))
    .orderBy(importChanges.row)
    .limit(DETAIL_ROWS);
  return {
    batch,
    changeCount: Number(n),
    changes: rows.map((r) => {
      const [before, after] = onlyChanged(r.before, r.after);
      return { row: r.row, label: r.label, change: r.before === null ? "new" : "revised", before: describe(before), after: describe(after) };
    }),
  };
}

/** Values carry their batch: each row written, beside the revision it replaced. */
async function valueChanges(db: Executor, batchId: number): Promise<{ changes: ImportChangeRow[]; changeCount: number }> {
  const previous = alias(indicatorValues, "previous");
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(indicatorValues).where(eq(indicatorValues.batchId, batchId));
  const rows = await db
    .select({
      code: indicators.code,
      period: indicatorValues.period,
      value: indicatorValues.value,
      before: previous.value,
      revision: indicatorValues.revision,
      row: indicatorValues.sourceRow,
    })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .leftJoin(
      previous,
      and(
        eq(previous.indicatorId, indicatorValues.indicatorId),
        eq(previous.period, indicatorValues.period),
        eq(previous.revision, sql`${indicatorValues.revision} - 1`),
      ),
    )
    .where(eq(indicatorValues.batchId, batchId))
    .orderBy(indicatorValues.sourceRow, indicators.sortOrder, indicatorValues.period)
    .limit(DETAIL_ROWS);
  return {
    changeCount: Number(n),
    changes: rows.map((r) => ({
      row: r.row,
      label: `${r.code} ${r.period}`,
      change: r.revision > 1 ? "revised" : "new",
      before: r.revision > 1 ? figureText(r.before) : null,
      after: figureText(r.value),
    })),
  };
}

const figureText = (v: number | null) => (v === null ? "blank" : formatImportedFigure(v));

/** For a catalogue revision, just the columns that changed. */
function onlyChanged(before: unknown, after: unknown): [unknown, unknown] {
  if (!before || !after || typeof before !== "object" || typeof after !== "object") return [before, after];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = Object.keys(a).filter((k) => k in b && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (keys.length === 0) return [before, after];
  return [Object.fromEntries(keys.map((k) => [k, b[k] ?? "blank"])), Object.fromEntries(keys.map((k) => [k, a[k] ?? "blank"]))];
}

function describe(state: unknown): string | null {
  if (state === null || state === undefined) return null;
  if (typeof state !== "object") return String(state);
  const s = state as Record<string, unknown>;
  if ("value" in s && Object.keys(s).length === 1) return typeof s.value === "number" ? formatImportedFigure(s.value) : String(s.value);
  if ("body" in s && "status" in s) {
    const body = String(s.body);
    return `${s.status}: ${body.length > 80 ? `${body.slice(0, 79)}…` : body}`;
  }
  return Object.entries(s)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k}: ${String(v).slice(0, 40)}`)
    .join("; ");
}

/**
 * What a values template is filled in with: the indicators whose figures are
 * loaded (not computed from a formula, not retired), in the catalogue's
 * order, and the month to load next (the one after the newest figures).
 */
export async function valuesTemplateRows({ db, today }: { db: Executor; today: string }): Promise<{ codes: string[]; period: string }> {
  const [rows, [newest]] = await Promise.all([
    db
      .select({ code: indicators.code })
      .from(indicators)
      .where(and(isNull(indicators.formula), isNull(indicators.retiredFrom)))
      .orderBy(indicators.sortOrder, indicators.code),
    db.select({ period: sql<string | null>`max(${indicatorValues.period})` }).from(indicatorValues),
  ]);
  return { codes: rows.map((r) => r.code), period: nextMonthToLoad(newest?.period ?? null, today) };
}

/** The catalogue's codes in its order, for the templates' drop-down. */
export async function indicatorCodes({ db }: { db: Executor }): Promise<string[]> {
  const rows = await db.select({ code: indicators.code }).from(indicators).orderBy(indicators.sortOrder, indicators.code);
  return rows.map((r) => r.code);
}
