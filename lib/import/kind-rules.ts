// The shape every file kind's validator fills in; validate-table.ts runs it.

import { IMPORT_COLUMNS, REQUIRED_COLUMNS, type ImportKind } from "./columns";
import type { ImportContext, IndicatorCodes } from "./context";
import type { ImportError } from "./errors";
import type { ColumnPositions } from "./header";
import type { RowReader } from "./row-reader";

export interface KindRules<R> {
  /** every accepted column, in export order */
  columns: readonly string[];
  /** columns the header must have */
  required: readonly string[];
  /** a header rule beyond required columns: the reason it fails, or null */
  checkHeader?: (positions: ColumnPositions) => string | null;
  /**
   * Columns that identify a row: two rows with the same cells here are
   * duplicates. The first is where the duplicate error points.
   */
  keyColumns: readonly string[];
  /** key columns holding a fixed word, compared without regard to case */
  caseInsensitiveKeyColumns?: readonly string[];
  /**
   * Reads one row into a record, reporting every problem through the reader;
   * returns null when the row has any. `codes` is null for the catalogue.
   */
  readRow: (reader: RowReader, codes: IndicatorCodes | null, context: ImportContext | null) => R | null;
  /** whether rows refer to existing indicators (every kind but the catalogue) */
  needsIndicators: boolean;
  /**
   * Checks across the whole file once every row has read cleanly (e.g. the
   * catalogue's formulas: references, cycles); errors as for rows.
   */
  checkRecords?: RecordsCheck<R>;
}

/** A check across the whole file's records (KindRules' checkRecords). */
export type RecordsCheck<R> = (records: readonly R[], check: { file: string; context: ImportContext | null; columnOf: (name: string) => number }) => ImportError[];

/**
 * The rules of a kind whose every row names an existing indicator: its
 * columns and required columns are the ones columns.ts lists for the kind.
 */
export function indicatorRowRules<R>(kind: Exclude<ImportKind, "indicators">, rules: Omit<KindRules<R>, "columns" | "required" | "needsIndicators">): KindRules<R> {
  return { columns: IMPORT_COLUMNS[kind], required: REQUIRED_COLUMNS[kind], needsIndicators: true, ...rules };
}
