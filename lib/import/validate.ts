// The import validator's entry points: text or table in, typed records or
// every error out. Pure: no database, no files; the caller reads the file and
// writes the records (lib/import/apply.ts) only when there are no errors.

import type { ImportKind } from "./columns";
import type { ImportContext } from "./context";
import type { ImportError } from "./errors";
import { readCsv, type CsvTable } from "./csv";
import type { KindRules } from "./kind-rules";
import type { ImportRecords } from "./records";
import { benchmarkRules } from "./validate-benchmarks";
import { breakdownRules } from "./validate-breakdowns";
import { cohortRules } from "./validate-cohorts";
import { commentaryRules } from "./validate-commentary";
import { indicatorRules } from "./validate-indicators";
import { outturnRules } from "./validate-outturns";
import { runKindRules, type ValidationResult } from "./validate-table";
import { valueRules } from "./validate-values";

export type { ImportKind, ValidationResult };

const RULES: { [K in ImportKind]: KindRules<ImportRecords[K]> } = {
  indicators: indicatorRules,
  values: valueRules,
  outturns: outturnRules,
  benchmarks: benchmarkRules,
  commentary: commentaryRules,
  breakdowns: breakdownRules,
  cohorts: cohortRules,
};

/**
 * Validates a whole CSV file of one kind. `file` is the name used in error
 * messages. An indicator catalogue needs no context; every other kind checks
 * its indicator codes against `context`.
 */
export function validateImport(
  kind: "indicators",
  text: string,
  file: string,
  context?: ImportContext,
): ValidationResult<ImportRecords["indicators"]>;
export function validateImport<K extends ImportKind>(
  kind: K,
  text: string,
  file: string,
  context: ImportContext,
): ValidationResult<ImportRecords[K]>;
export function validateImport<K extends ImportKind>(
  kind: K,
  text: string,
  file: string,
  context?: ImportContext,
): ValidationResult<ImportRecords[K]> {
  const csv = readCsv(text, file);
  if (csv.fatal) return { ok: false, errors: [csv.fatal] };
  return runKindRules(RULES[kind], csv.table, file, context ?? null, csv.rowErrors);
}

/**
 * Validates a table already split into cells, e.g. a worksheet read from an
 * XLSX file: `header` lower-cased and trimmed, cells trimmed, each row with
 * the line (sheet row) it came from. `rowErrors` are rows the reader could
 * not take (reported with the rest, in file order).
 */
export function validateTable<K extends ImportKind>(
  kind: K,
  table: CsvTable,
  file: string,
  context: ImportContext | null,
  rowErrors: readonly ImportError[] = [],
): ValidationResult<ImportRecords[K]> {
  return runKindRules(RULES[kind], table, file, context, rowErrors);
}
