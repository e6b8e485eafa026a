import "server-only";
// Writes a validated file to the database: the whole file in one transaction,
// in set-based batches, or nothing at all. Validation (lib/import/validate*)
// has already checked every row; this step only decides insert / revise /
// unchanged and appends the audit event.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  auditEvents,
  authorities,
  benchmarks,
  commentaries,
  commentaryVersions,
  importBatches,
  indicators,
  indicatorValues,
  outturns,
  reportingPeriods,
  users,
} from "@/db/schema";
import type { ImportError } from "./errors";
import type {
  BenchmarkRecord,
  CommentaryRecord,
  IndicatorRecord,
  OutturnRecord,
  ValueRecord,
} from "./records";
import type { ImportKind } from "./columns";
import { validateImport } from "./validate";

export interface ImportSummary {
  kind: ImportKind;
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; errors: ImportError[] };

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters. */
const BATCH = 1000;

export async function importFile({
  db,
  kind,
  text,
  file,
  actorId = null,
}: {
  db: Db;
  kind: ImportKind;
  text: string;
  file: string;
  actorId?: string | null;
}): Promise<ImportOutcome> {
  const catalogue = await db
    .select({ id: indicators.id, code: indicators.code, aggregation: indicators.aggregation, unit: indicators.unit })
    .from(indicators);
  const validation = validateImport(kind, text, file, {
    indicators: new Map(catalogue.map((i) => [i.code, { aggregation: i.aggregation, unit: i.unit }])),
  });
  if (!validation.ok) return { ok: false, errors: validation.errors };
  const idByCode = new Map(catalogue.map((i) => [i.code, i.id]));

  return db.transaction(async (tx) => {
    const [authority] = await tx.select({ id: authorities.id }).from(authorities).orderBy(asc(authorities.id)).limit(1);
    if (!authority) throw new Error("The database has no authority row: run `lantern migrate` first.");
    const records = validation.records;
    const [batch] = await tx
      .insert(importBatches)
      .values({ kind, fileName: file, rowCount: records.length, loadedBy: actorId })
      .returning({ id: importBatches.id });
    const counts = await writers[kind]({
      tx,
      records: records as never,
      idByCode,
      authorityId: authority.id,
      batchId: batch.id,
      actorId,
    });
    const summary: ImportSummary = { kind, file, rows: records.length, ...counts };
    await tx.insert(auditEvents).values({
      actorId,
      action: `import.${kind}`,
      entityType: "import_batch",
      entityId: String(batch.id),
      summary: `Loaded ${file}: ${summary.inserted} new, ${summary.updated} changed, ${summary.unchanged} unchanged`,
      after: summary,
    });
    return { ok: true as const, summary };
  });
}

interface WriterArgs<R> {
  tx: Tx;
  records: R[];
  idByCode: Map<string, number>;
  authorityId: number;
  batchId: number;
  actorId: string | null;
}
type Counts = { inserted: number; updated: number; unchanged: number };

const writers: Record<ImportKind, (args: WriterArgs<never>) => Promise<Counts>> = {
  indicators: writeIndicators as never,
  values: writeValues as never,
  outturns: writeOutturns as never,
  benchmarks: writeBenchmarks as never,
  commentary: writeCommentary as never,
};

async function inBatches<T>(items: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await write(items.slice(i, i + BATCH));
}

/** Owners, reporters and authors named by email become users (with no password until one is set). */
async function userIdsFor(tx: Tx, emails: (string | null)[]): Promise<Map<string, string>> {
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
export function nameFromEmail(email: string): string {
  return email
    .split("@")[0]
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(" ");
}

async function writeIndicators({ tx, records, authorityId }: WriterArgs<IndicatorRecord>): Promise<Counts> {
  const people = await userIdsFor(
    tx,
    records.flatMap((r) => [r.owner, r.reporter]),
  );
  const existing = new Set(
    (await tx.select({ code: indicators.code }).from(indicators).where(eq(indicators.authorityId, authorityId))).map(
      (r) => r.code,
    ),
  );
  const rows = records.map((r, index) => ({
    authorityId,
    code: r.code,
    title: r.title,
    serviceKey: r.service,
    polarity: r.polarity,
    unit: r.unit,
    aggregation: r.aggregation,
    decimals: r.decimals,
    frequency: r.frequency,
    greenMin: r.greenMin,
    greenMax: r.greenMax,
    amberMin: r.amberMin,
    amberMax: r.amberMax,
    bandsIllustrative: false,
    target: r.target,
    outcome: r.outcome,
    definition: r.definition,
    ownerId: r.owner ? (people.get(r.owner.toLowerCase()) ?? null) : null,
    reporterId: r.reporter ? (people.get(r.reporter.toLowerCase()) ?? null) : null,
    councilPlan: r.councilPlan,
    sortOrder: index + 1,
  }));
  await inBatches(rows, (chunk) =>
    tx
      .insert(indicators)
      .values(chunk)
      .onConflictDoUpdate({
        target: [indicators.authorityId, indicators.code],
        set: Object.fromEntries(
          Object.keys(chunk[0])
            .filter((k) => k !== "authorityId" && k !== "code")
            .map((k) => [k, sql.raw(`excluded.${toSnake(k)}`)]),
        ),
      }),
  );
  const updated = records.filter((r) => existing.has(r.code)).length;
  return { inserted: records.length - updated, updated, unchanged: 0 };
}

function toSnake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Loading a month that already has a figure is a revision: the old row stays
 * (is_current = false) and the new one becomes current with revision + 1.
 * A row identical to the current figure changes nothing.
 */
async function writeValues({ tx, records, idByCode, authorityId, batchId, actorId }: WriterArgs<ValueRecord>): Promise<Counts> {
  const ids = [...new Set(records.map((r) => idByCode.get(r.indicator)!))];
  const periods = [...new Set(records.map((r) => r.period))];
  const current = await tx
    .select({
      id: indicatorValues.id,
      indicatorId: indicatorValues.indicatorId,
      period: indicatorValues.period,
      value: indicatorValues.value,
      numerator: indicatorValues.numerator,
      denominator: indicatorValues.denominator,
      note: indicatorValues.note,
      revision: indicatorValues.revision,
    })
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.isCurrent, true),
        inArray(indicatorValues.indicatorId, ids),
        inArray(indicatorValues.period, periods),
      ),
    );
  const currentByKey = new Map(current.map((c) => [`${c.indicatorId}|${c.period}`, c]));
  const superseded: number[] = [];
  const inserts: (typeof indicatorValues.$inferInsert)[] = [];
  let unchanged = 0;
  let updated = 0;
  for (const r of records) {
    const indicatorId = idByCode.get(r.indicator)!;
    const before = currentByKey.get(`${indicatorId}|${r.period}`);
    if (
      before &&
      before.value === r.value &&
      before.numerator === r.numerator &&
      before.denominator === r.denominator &&
      (before.note ?? null) === (r.note ?? null)
    ) {
      unchanged++;
      continue;
    }
    if (before) {
      superseded.push(before.id);
      updated++;
    }
    inserts.push({
      indicatorId,
      period: r.period,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      note: r.note,
      revision: (before?.revision ?? 0) + 1,
      isCurrent: true,
      batchId,
      loadedBy: actorId,
    });
  }
  await inBatches(superseded, (chunk) =>
    tx.update(indicatorValues).set({ isCurrent: false }).where(inArray(indicatorValues.id, chunk)),
  );
  await inBatches(inserts, (chunk) => tx.insert(indicatorValues).values(chunk));
  // A month opens for commentary when its figures are first loaded.
  await tx
    .insert(reportingPeriods)
    .values(periods.map((period) => ({ authorityId, period })))
    .onConflictDoNothing();
  return { inserted: inserts.length - updated, updated, unchanged };
}

async function writeOutturns({ tx, records, idByCode }: WriterArgs<OutturnRecord>): Promise<Counts> {
  const rows = records.map((r) => ({ indicatorId: idByCode.get(r.indicator)!, year: r.year, value: r.value }));
  const existing = await tx
    .select({ indicatorId: outturns.indicatorId, year: outturns.year, value: outturns.value })
    .from(outturns)
    .where(inArray(outturns.indicatorId, [...new Set(rows.map((r) => r.indicatorId))]));
  const counts = compare(rows, existing, (r) => `${r.indicatorId}|${r.year}`);
  await inBatches(rows, (chunk) =>
    tx
      .insert(outturns)
      .values(chunk)
      .onConflictDoUpdate({
        target: [outturns.indicatorId, outturns.year],
        set: { value: sql`excluded.value`, loadedAt: sql`now()` },
        setWhere: sql`${outturns.value} is distinct from excluded.value`,
      }),
  );
  return counts;
}

async function writeBenchmarks({ tx, records, idByCode }: WriterArgs<BenchmarkRecord>): Promise<Counts> {
  const rows = records.map((r) => ({
    indicatorId: idByCode.get(r.indicator)!,
    kind: r.benchmark,
    year: r.year,
    value: r.value,
  }));
  const existing = await tx
    .select({ indicatorId: benchmarks.indicatorId, kind: benchmarks.kind, year: benchmarks.year, value: benchmarks.value })
    .from(benchmarks)
    .where(inArray(benchmarks.indicatorId, [...new Set(rows.map((r) => r.indicatorId))]));
  const counts = compare(rows, existing, (r) => `${r.indicatorId}|${r.kind}|${r.year}`);
  await inBatches(rows, (chunk) =>
    tx
      .insert(benchmarks)
      .values(chunk)
      .onConflictDoUpdate({
        target: [benchmarks.indicatorId, benchmarks.kind, benchmarks.year],
        set: { value: sql`excluded.value`, loadedAt: sql`now()` },
        setWhere: sql`${benchmarks.value} is distinct from excluded.value`,
      }),
  );
  return counts;
}

function compare<T extends { value: number }>(rows: T[], existing: T[], key: (r: T) => string): Counts {
  const before = new Map(existing.map((e) => [key(e), e.value]));
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  for (const r of rows) {
    const old = before.get(key(r));
    if (old === undefined) inserted++;
    else if (old === r.value) unchanged++;
    else updated++;
  }
  return { inserted, updated, unchanged };
}

/**
 * Historical commentary comes in as a version by its author; an identical
 * body and status changes nothing, anything else is a new version.
 */
async function writeCommentary({ tx, records, idByCode }: WriterArgs<CommentaryRecord>): Promise<Counts> {
  const people = await userIdsFor(
    tx,
    records.map((r) => r.author),
  );
  const ids = [...new Set(records.map((r) => idByCode.get(r.indicator)!))];
  const existing = await tx
    .select()
    .from(commentaries)
    .where(inArray(commentaries.indicatorId, ids));
  const byKey = new Map(existing.map((c) => [`${c.indicatorId}|${c.period}`, c]));
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  const versions: (typeof commentaryVersions.$inferInsert)[] = [];
  const fresh: { record: CommentaryRecord; indicatorId: number; authorId: string | null }[] = [];
  for (const r of records) {
    const indicatorId = idByCode.get(r.indicator)!;
    const authorId = people.get(r.author.toLowerCase()) ?? null;
    const before = byKey.get(`${indicatorId}|${r.period}`);
    if (!before) {
      fresh.push({ record: r, indicatorId, authorId });
      continue;
    }
    if (before.body === r.body && before.status === r.status) {
      unchanged++;
      continue;
    }
    // Conditional on the version read above, as every commentary write is.
    const [row] = await tx
      .update(commentaries)
      .set({ body: r.body, status: r.status, authorId, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(commentaries.id, before.id), eq(commentaries.version, before.version)))
      .returning({ id: commentaries.id, version: commentaries.version });
    if (!row) throw new Error(`Commentary for ${r.indicator} ${r.period} changed while importing; load the file again.`);
    versions.push({ commentaryId: row.id, version: row.version, body: r.body, status: r.status, authorId, reason: "import" });
    updated++;
  }
  await inBatches(fresh, async (chunk) => {
    const rows = await tx
      .insert(commentaries)
      .values(
        chunk.map(({ record, indicatorId, authorId }) => ({
          indicatorId,
          period: record.period,
          status: record.status,
          body: record.body,
          version: 1,
          authorId,
          submittedAt: record.status === "draft" ? null : new Date(),
          reviewedAt: record.status === "approved" ? new Date() : null,
        })),
      )
      .returning({ id: commentaries.id, indicatorId: commentaries.indicatorId, period: commentaries.period });
    const byIndicatorPeriod = new Map(rows.map((row) => [`${row.indicatorId}|${row.period}`, row.id]));
    for (const { record, indicatorId, authorId } of chunk) {
      versions.push({
        commentaryId: byIndicatorPeriod.get(`${indicatorId}|${record.period}`)!,
        version: 1,
        body: record.body,
        status: record.status,
        authorId,
        reason: "import",
      });
    }
    inserted += chunk.length;
  });
  await inBatches(versions, (chunk) => tx.insert(commentaryVersions).values(chunk));
  return { inserted, updated, unchanged };
}
