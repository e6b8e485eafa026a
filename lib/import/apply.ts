import "server-only";
// The import engine: a file's bytes in, its rows written in one transaction
// or nothing at all. Three steps, shared by the CLI, the demo seed and the
// admin pages:
//   readImport   bytes → table (CSV or XLSX; pure apart from exceljs), kind
//                chosen or recognised from the header;
//   planImport   table → validated records → what each row would do
//                (reads the database, writes nothing: the preview);
//   importFile / writePlanned   the same, under the kind's lock, in a
//                transaction: the plan written, the batch and its changes
//                recorded, the audit event appended.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { bumpDataVersion } from "@/lib/data-version";
import type { Db, Tx } from "@/db/client";
import { importBatches } from "@/db/schema";
import { appendAudit, type AuditEntry } from "@/lib/audit/append";
import type { ImportKind } from "./columns";
import type { CsvTable } from "./csv";
import { currentBenchmarks, currentBreakdowns, currentCommentaries, currentIndicators, currentOutturns, currentValues, openPeriods, readCatalogue, type Catalogue } from "./current";
import { detectKind } from "./detect";
import type { ImportError } from "./errors";
import { latestAllowedPeriod } from "./limits";
import { planBenchmarks, planBreakdowns, planCommentary, planDigest, planIndicators, planOutturns, planValues, type ImportPlan, type PartsPlanner } from "./plan";
import type { ImportRecords } from "./records";
import { readSource, type ImportFormat } from "./source";
import { recomputeFormulaValues } from "./formulas";
import { writeIndicators } from "./store-catalogue";
import { writeBreakdowns } from "./store-breakdowns";
import { writeCohorts } from "./store-cohorts";
import { currentCohorts } from "./current-cohorts";
import { planCohorts } from "./plan-cohorts";
import { writeCommentary } from "./store-commentary";
import type { WriteArgs } from "./store-shared";
import { writeValues } from "./store-values";
import { writeBenchmarks, writeOutturns } from "./store-yearly";
import { validateTable } from "./validate";
import type { SheetInfo } from "./xlsx";

export interface ImportSummary {
  batchId: number;
  kind: ImportKind;
  file: string;
  format: ImportFormat;
  sheet: string | null;
  sha256: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** months the import opened for commentary */
  opened: string[];
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; errors: ImportError[] };

/** A file read into a table, its kind known. */
export interface ReadFile {
  file: string;
  kind: ImportKind;
  format: ImportFormat;
  sheet: string | null;
  sheets: SheetInfo[];
  sha256: string;
  table: CsvTable;
  rowErrors: ImportError[];
}

export type ReadOutcome =
  | ({ ok: true } & ReadFile)
  | { ok: false; errors: ImportError[]; format: ImportFormat; kind: ImportKind | null; sheet: string | null; sheets: SheetInfo[]; sha256: string };

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function readImport({
  bytes,
  file,
  kind = null,
  sheet = null,
}: {
  bytes: Uint8Array;
  file: string;
  kind?: ImportKind | null;
  sheet?: string | null;
}): Promise<ReadOutcome> {
  const sha256 = sha256Of(bytes);
  const source = await readSource(bytes, file, { sheet });
  if (!source.ok) return { ok: false, errors: source.errors, format: source.format, kind, sheet, sheets: source.sheets, sha256 };
  let chosen = kind;
  if (!chosen) {
    const detected = detectKind(source.table.header);
    if (!detected.ok) {
      const error = { file, row: source.table.headerLine, column: null, reason: detected.reason };
      return { ok: false, errors: [error], format: source.format, kind: null, sheet: source.sheet, sheets: source.sheets, sha256 };
    }
    chosen = detected.kind;
  }
  return { ok: true, file, kind: chosen, format: source.format, sheet: source.sheet, sheets: source.sheets, sha256, table: source.table, rowErrors: source.rowErrors };
}

export type Planned = { ok: true; records: unknown[]; plan: ImportPlan; digest: string; catalogue: Catalogue } | { ok: false; errors: ImportError[] };

/** Validates the table against the stored catalogue and works out what each row would do. Writes nothing. */
export async function planImport(db: Db | Tx, read: ReadFile, now: Date = new Date()): Promise<Planned> {
  const catalogue = await readCatalogue(db);
  const context = { ...catalogue.context, latestPeriod: latestAllowedPeriod(now) };
  // Rows the reader could not take (wrong cell count, formula or merged
  // cells) are reported with the rest, in file order.
  const validation = validateTable(read.kind, read.table, read.file, context, read.rowErrors);
  if (!validation.ok) return validation;
  // a breakdown's categories may not add up to more than the figure stored, a cohort's outcomes than the group's size
  if (read.kind === "breakdowns") return planParts(db, validation.records as ImportRecords["breakdowns"][], catalogue, read.file, currentBreakdowns, planBreakdowns);
  if (read.kind === "cohorts") return planParts(db, validation.records as ImportRecords["cohorts"][], catalogue, read.file, currentCohorts, planCohorts);
  const plan = await planFor(db, read.kind, validation.records, catalogue);
  return { ok: true, records: validation.records, plan, digest: planDigest(plan), catalogue };
}

/** Counts that split a stored figure, planned against what is stored: the errors, or the plan. */
async function planParts<R, C>(
  db: Db | Tx,
  records: R[],
  catalogue: Catalogue,
  file: string,
  current: (db: Db | Tx, records: readonly R[], idByCode: ReadonlyMap<string, number>) => Promise<C>,
  planner: PartsPlanner<R, C>,
): Promise<Planned> {
  const { plan, errors } = planner(records, catalogue.idByCode, await current(db, records, catalogue.idByCode), file);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, records, plan: plan as ImportPlan, digest: planDigest(plan as ImportPlan), catalogue };
}

async function planFor(db: Db | Tx, kind: Exclude<ImportKind, "breakdowns" | "cohorts">, records: unknown[], catalogue: Catalogue): Promise<ImportPlan> {
  const { idByCode, authorityId } = catalogue;
  switch (kind) {
    case "values": {
      const rs = records as ImportRecords["values"][];
      const [current, open] = [await currentValues(db, rs, idByCode), await openPeriods(db, authorityId)];
      return planValues(rs, idByCode, current, open) as ImportPlan;
    }
    case "outturns": {
      const rs = records as ImportRecords["outturns"][];
      return planOutturns(rs, idByCode, await currentOutturns(db, rs, idByCode)) as ImportPlan;
    }
    case "benchmarks": {
      const rs = records as ImportRecords["benchmarks"][];
      return planBenchmarks(rs, idByCode, await currentBenchmarks(db, rs, idByCode)) as ImportPlan;
    }
    case "commentary": {
      const rs = records as ImportRecords["commentary"][];
      return planCommentary(rs, idByCode, await currentCommentaries(db, rs, idByCode)) as ImportPlan;
    }
    case "indicators":
      return planIndicators(records as ImportRecords["indicators"][], await currentIndicators(db, authorityId)) as ImportPlan;
  }
}

const writers: Record<ImportKind, (args: WriteArgs<never, never>) => Promise<void>> = {
  indicators: writeIndicators as never,
  values: writeValues as never,
  outturns: writeOutturns as never,
  benchmarks: writeBenchmarks as never,
  commentary: writeCommentary as never,
  breakdowns: writeBreakdowns as never,
  cohorts: writeCohorts as never,
};

/**
 * One import of a kind at a time: a second waits for the first to commit.
 * A transaction-scoped advisory lock serialises PostgreSQL sessions (and
 * processes); PGlite runs one transaction at a time in any case.
 */
export async function lockImports(tx: Tx, kind: ImportKind): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('lantern.import'), hashtext(${kind}))`);
}


/**
 * Inside a transaction that holds the kind's lock: plans again against what
 * is stored now and writes it. `expectDigest` refuses (returns "moved") when
 * the plan differs from the one previewed.
 */
export async function writePlanned(
  tx: Tx,
  read: ReadFile,
  actorId: string | null,
  expectDigest: string | null = null,
): Promise<{ ok: true; summary: ImportSummary; audit: AuditEntry } | { ok: false; errors: ImportError[] } | { ok: false; moved: true }> {
  const planned = await planImport(tx, read);
  if (!planned.ok) return planned;
  if (expectDigest !== null && planned.digest !== expectDigest) return { ok: false, moved: true };
  const { plan, catalogue } = planned;
  const [batch] = await tx
    .insert(importBatches)
    .values({
      kind: read.kind,
      fileName: read.file,
      rowCount: plan.items.length,
      loadedBy: actorId,
      sha256: read.sha256,
      format: read.format,
      sheet: read.sheet,
      inserted: plan.counts.new,
      updated: plan.counts.revised,
      unchanged: plan.counts.unchanged,
      openedPeriods: plan.opens,
    })
    .returning({ id: importBatches.id });
  await writers[read.kind]({ tx, plan: plan as never, idByCode: catalogue.idByCode, authorityId: catalogue.authorityId, batchId: batch.id, actorId });
  // formula indicators follow their inputs (lib/import/formulas.ts)
  if (read.kind === "values" || read.kind === "indicators") await recomputeFormulaValues(tx, { batchId: batch.id, actorId });
  const summary: ImportSummary = {
    batchId: batch.id,
    kind: read.kind,
    file: read.file,
    format: read.format,
    sheet: read.sheet,
    sha256: read.sha256,
    rows: plan.items.length,
    inserted: plan.counts.new,
    updated: plan.counts.revised,
    unchanged: plan.counts.unchanged,
    opened: plan.opens,
  };
  const audit: AuditEntry = {
    action: `import.${read.kind}`,
    entityType: "import_batch",
    entityId: String(batch.id),
    summary: `Loaded ${read.file}: ${summary.inserted} new, ${summary.updated} revised, ${summary.unchanged} unchanged`,
    after: summary,
  };
  return { ok: true, summary, audit };
}

/**
 * Validates a whole file and loads it in one transaction (the CLI and the
 * demo seed). `text` is taken as UTF-8; `bytes` may be CSV or XLSX.
 */
export async function importFile({
  db,
  kind,
  text,
  bytes,
  file,
  sheet = null,
  actorId = null,
}: {
  db: Db;
  kind: ImportKind | null;
  text?: string;
  bytes?: Uint8Array;
  file: string;
  sheet?: string | null;
  actorId?: string | null;
}): Promise<ImportOutcome> {
  const data = bytes ?? new TextEncoder().encode(text ?? "");
  const read = await readImport({ bytes: data, file, kind, sheet });
  if (!read.ok) return { ok: false, errors: read.errors };
  return db.transaction(async (tx) => {
    await lockImports(tx, read.kind);
    const written = await writePlanned(tx, read, actorId);
    if (!written.ok) return { ok: false as const, errors: "errors" in written ? written.errors : [] };
    await appendAudit(tx, [{ ...written.audit, actorId }]);
    await bumpDataVersion(tx); // last: cached scorecards are keyed by it (lib/data-version.ts)
    return { ok: true as const, summary: written.summary };
  });
}
