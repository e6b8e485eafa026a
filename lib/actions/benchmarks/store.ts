// The database steps of benchmarks, shared by the admin page's
// actions (./core.ts, through defineAction) and the CLI
// (lib/cli/benchmarks.ts): each reads its file with lib/benchmarks (pure),
// refuses bad input with every error, writes in the caller's transaction and
// returns its audit entries. Every step ends by recomputing what it changed.
import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  auditEvents,
  authorityPopulations,
  benchmarkAuthority,
  benchmarkFigures,
  benchmarkMappings,
  benchmarkReleases,
  indicators,
} from "@/db/schema";
import { readEesFile, type EesReading } from "@/lib/benchmarks/ees";
import { bumpDataVersion } from "@/lib/data-version";
import { readyMapping } from "@/lib/benchmarks/mappings";
import { readPopulationFile } from "@/lib/benchmarks/population";
import type { MeasureMapping } from "@/lib/benchmarks/types";
import { formatImportError, type ImportError } from "@/lib/import/errors";
import { recomputeFormulaValues } from "@/lib/import/formulas";
import type { AuditEntry } from "../define-action";
import { recomputeBenchmarks } from "./recompute";
import { ActionRefusal } from "../result";

export interface Step<T> {
  data: T;
  audit: AuditEntry[];
}

const BATCH = 1000;

/** Bad input: the message, and every error line in details.errors (nothing is written). */
export function refuse(message: string, errors: string[] = []): never {
  throw new ActionRefusal("invalid", message, { errors });
}

export function refuseFile(file: string, errors: ImportError[]): never {
  refuse(`${errors.length} error${errors.length === 1 ? "" : "s"} in ${file}: nothing was loaded.`, errors.map(formatImportError));
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Runs a step in one transaction with its audit events (the CLI's path; the page's goes through defineAction). */
export async function runStep<T>(db: Db, actorId: string | null, step: (tx: Tx) => Promise<Step<T>>): Promise<T> {
  return db.transaction(async (tx) => {
    const { data, audit } = await step(tx);
    if (audit.length) await tx.insert(auditEvents).values(audit.map((a) => ({ actorId, ...a, before: a.before ?? null, after: a.after ?? null })));
    await bumpDataVersion(tx); // last: cached scorecards are keyed by it (lib/data-version.ts)
    return data;
  });
}

/** Inserts a release and its figures, superseding the current one of the same kind and indicator. */
async function storeRelease(
  tx: Tx,
  release: Omit<typeof benchmarkReleases.$inferInsert, "years" | "figureCount" | "timeIdentifier">,
  reading: EesReading,
): Promise<{ id: number; superseded: number | null }> {
  const [previous] = await tx
    .select({ id: benchmarkReleases.id })
    .from(benchmarkReleases)
    .where(
      and(
        eq(benchmarkReleases.kind, release.kind),
        release.indicatorId ? eq(benchmarkReleases.indicatorId, release.indicatorId) : isNull(benchmarkReleases.indicatorId),
        isNull(benchmarkReleases.supersededAt),
      ),
    );
  if (previous) await tx.update(benchmarkReleases).set({ supersededAt: sql`now()` }).where(eq(benchmarkReleases.id, previous.id));
  const [row] = await tx
    .insert(benchmarkReleases)
    .values({ ...release, timeIdentifier: reading.timeIdentifier, years: reading.years, figureCount: reading.figures.length })
    .returning({ id: benchmarkReleases.id });
  if (previous) await tx.update(benchmarkReleases).set({ supersededBy: row.id }).where(eq(benchmarkReleases.id, previous.id));
  const rows = reading.figures.map((f) => ({ releaseId: row.id, ...f }));
  for (let i = 0; i < rows.length; i += BATCH) await tx.insert(benchmarkFigures).values(rows.slice(i, i + BATCH));
  return { id: row.id, superseded: previous?.id ?? null };
}

export async function importPopulation(
  tx: Tx,
  input: { text: string; fileName: string },
  actorId: string | null,
): Promise<Step<{ years: string[]; figures: number; recomputed: number }>> {
  const read = readPopulationFile(input.text, input.fileName);
  if (!read.ok) refuseFile(input.fileName, read.errors);
  const release = await storeRelease(tx, { kind: "population", fileName: input.fileName, sha256: sha256(input.text), importedBy: actorId }, read);
  await fillAuthorityFromFigures(tx);
  await recomputeFormulaValues(tx, { actorId });
  const { years } = await recomputeBenchmarks(tx);
  return {
    data: { years: read.years, figures: read.figures.length, recomputed: years },
    audit: [
      {
        action: "benchmarks.population",
        entityType: "benchmark_release",
        entityId: String(release.id),
        summary: `Imported 0–17 populations from ${input.fileName}: ${read.years[0]}–${read.years.at(-1)}`,
        after: { fileName: input.fileName, years: read.years, supersedes: release.superseded },
      },
    ],
  };
}

/**
 * The authority's ONS code and its 0–17 populations (the scorecard's rates
 * per 10,000) from the current population release, when both are known.
 */
export async function fillAuthorityFromFigures(tx: Tx): Promise<void> {
  const [setup] = await tx.select().from(benchmarkAuthority).limit(1);
  if (!setup) return;
  const rows = await tx
    .select({ year: benchmarkFigures.year, value: benchmarkFigures.value, newCode: benchmarkFigures.newCode })
    .from(benchmarkFigures)
    .innerJoin(benchmarkReleases, eq(benchmarkReleases.id, benchmarkFigures.releaseId))
    .where(
      and(
        isNull(benchmarkReleases.supersededAt),
        eq(benchmarkFigures.level, "local_authority"),
        eq(benchmarkFigures.code, setup.laCode),
      ),
    )
    .orderBy(desc(benchmarkReleases.kind), desc(benchmarkFigures.year));
  const newCode = rows.find((r) => r.newCode)?.newCode ?? null;
  if (newCode && newCode !== setup.newLaCode) {
    await tx.update(benchmarkAuthority).set({ newLaCode: newCode }).where(eq(benchmarkAuthority.authorityId, setup.authorityId));
  }
  const [population] = await tx
    .select({ id: benchmarkReleases.id })
    .from(benchmarkReleases)
    .where(and(eq(benchmarkReleases.kind, "population"), isNull(benchmarkReleases.supersededAt)));
  if (!population) return;
  const estimates = await tx
    .select({ year: benchmarkFigures.year, value: benchmarkFigures.value })
    .from(benchmarkFigures)
    .where(and(eq(benchmarkFigures.releaseId, population.id), eq(benchmarkFigures.level, "local_authority"), eq(benchmarkFigures.code, setup.laCode)));
  const values = estimates
    .filter((e) => e.value !== null && /^\d{4}$/.test(e.year))
    .map((e) => ({ authorityId: setup.authorityId, year: Number(e.year), population: Math.round(e.value!) }));
  if (values.length === 0) return;
  await tx
    .insert(authorityPopulations)
    .values(values)
    .onConflictDoUpdate({ target: [authorityPopulations.authorityId, authorityPopulations.year], set: { population: sql`excluded.population` } });
}

export interface ImportMeasureInput {
  text: string;
  fileName: string;
  indicator: string;
  /** a ready-made or saved mapping's name, or … */
  mapping?: string | null;
  /** … a measure column with its filter values */
  measure?: string | null;
  where?: Record<string, string>;
  per10k?: boolean;
  /** published vs local outturn tolerance (absolute); default 1 */
  tolerance?: number | null;
  /** the name to save a new mapping under (default: the indicator's code) */
  saveAs?: string | null;
}

async function resolveMapping(tx: Tx, input: ImportMeasureInput): Promise<MeasureMapping & { name: string | null }> {
  if (input.mapping) {
    const ready = readyMapping(input.mapping);
    if (ready) return { name: ready.name, measure: ready.measure, where: ready.where, per10k: ready.per10k };
    const [saved] = await tx.select().from(benchmarkMappings).where(eq(benchmarkMappings.name, input.mapping.trim()));
    if (!saved) refuse(`--mapping: no mapping called "${input.mapping}" (ready-made ones are listed by benchmarks mappings; saved ones are named when first used).`);
    return { name: saved.name, measure: saved.measure, where: saved.filters, per10k: saved.per10k };
  }
  if (!input.measure?.trim()) refuse("--measure: name the measure column to read (or give --mapping NAME).");
  return { name: null, measure: input.measure.trim(), where: input.where ?? {}, per10k: input.per10k ?? false };
}

export async function importMeasure(
  tx: Tx,
  input: ImportMeasureInput,
  actorId: string | null,
): Promise<Step<{ indicator: string; mapping: string | null; years: string[]; figures: number; recomputed: number; supersedes: number | null }>> {
  const [indicator] = await tx
    .select({ id: indicators.id, code: indicators.code })
    .from(indicators)
    .where(eq(indicators.code, input.indicator.trim()));
  if (!indicator) refuse(`--indicator: no indicator has the code "${input.indicator}".`);
  const mapping = await resolveMapping(tx, input);
  const read = readEesFile(input.text, input.fileName, mapping);
  if (!read.ok) refuseFile(input.fileName, read.errors);
  if (mapping.per10k) {
    const [population] = await tx
      .select({ id: benchmarkReleases.id })
      .from(benchmarkReleases)
      .where(and(eq(benchmarkReleases.kind, "population"), isNull(benchmarkReleases.supersededAt)));
    if (!population) refuse("This mapping makes rates per 10,000 from counts: import the ONS 0–17 population file first (benchmarks import-population FILE).");
  }
  let name = mapping.name;
  if (!name) {
    name = (input.saveAs ?? indicator.code).trim();
    const saved = { name, indicatorId: indicator.id, fileName: input.fileName, measure: mapping.measure, filters: mapping.where, per10k: mapping.per10k, updatedBy: actorId };
    await tx
      .insert(benchmarkMappings)
      .values(saved)
      .onConflictDoUpdate({ target: benchmarkMappings.name, set: { ...saved, updatedAt: sql`now()` } });
  }
  const release = await storeRelease(
    tx,
    {
      kind: "measure",
      indicatorId: indicator.id,
      fileName: input.fileName,
      sha256: sha256(input.text),
      mapping: { name, measure: mapping.measure, where: mapping.where, per10k: mapping.per10k },
      tolerance: input.tolerance ?? 1,
      importedBy: actorId,
    },
    read,
  );
  await fillAuthorityFromFigures(tx);
  const { years } = await recomputeBenchmarks(tx, [indicator.id]);
  return {
    data: { indicator: indicator.code, mapping: name, years: read.years, figures: read.figures.length, recomputed: years, supersedes: release.superseded },
    audit: [
      {
        action: "benchmarks.import",
        entityType: "benchmark_release",
        entityId: String(release.id),
        summary: `Imported ${input.fileName} for ${indicator.code} (${mapping.measure}): ${read.years[0]}–${read.years.at(-1)}${release.superseded ? `, superseding release ${release.superseded}` : ""}`,
        after: { fileName: input.fileName, indicator: indicator.code, mapping: name, measure: mapping.measure, where: mapping.where, years: read.years },
      },
    ],
  };
}
