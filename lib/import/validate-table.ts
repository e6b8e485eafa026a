// Runs one kind's rules over a whole table: the header, then every row,
// then duplicates, collecting every error rather than stopping at the first
// (up to MAX_ERRORS: then it stops and says how many rows it did not check).

import { IndicatorCodes, type ImportContext } from "./context";
import type { CsvTable } from "./csv";
import { quoteCell, sortImportErrors, type ImportError } from "./errors";
import { checkHeader } from "./header";
import type { KindRules } from "./kind-rules";
import { latestAllowedPeriod, MAX_ERRORS } from "./limits";
import { RowReader } from "./row-reader";

export type ValidationResult<R> = { ok: true; records: R[] } | { ok: false; errors: ImportError[] };

export function runKindRules<R>(
  rules: KindRules<R>,
  table: CsvTable,
  file: string,
  context: ImportContext | null,
  earlierErrors: readonly ImportError[] = [],
  maxErrors: number = MAX_ERRORS,
): ValidationResult<R> {
  const header = checkHeader(table, file, rules.columns, rules.required);
  const errors: ImportError[] = [...header.errors];
  const extraHeaderProblem = rules.checkHeader?.(header.positions);
  if (extraHeaderProblem) errors.push({ file, row: table.headerLine, column: 1, reason: extraHeaderProblem });

  const latestPeriod = context?.latestPeriod ?? latestAllowedPeriod();
  const codes = rules.needsIndicators ? new IndicatorCodes(context?.indicators ?? new Map()) : null;
  const keyIndexes = rules.keyColumns.map((column) => header.positions.get(column));
  const keyColumnNumber = (keyIndexes[0] ?? 0) + 1;
  const foldCase = rules.keyColumns.map((column) => rules.caseInsensitiveKeyColumns?.includes(column) ?? false);
  const firstRowOfKey = new Map<string, number>();
  const records: R[] = [];
  // Rows the reader could not split (wrong cell count) come in file order;
  // they are merged in as the rows pass, so the error cap stops at one place.
  const malformed = sortImportErrors([...earlierErrors]);
  let nextMalformed = 0;

  for (let index = 0; index < table.rows.length; index += 1) {
    const row = table.rows[index];
    while (nextMalformed < malformed.length && malformed[nextMalformed].row < row.line) errors.push(malformed[nextMalformed++]);
    if (errors.length >= maxErrors) {
      return stopped(errors, file, row.line, table.rows.length - index + malformed.length - nextMalformed, maxErrors);
    }
    const reader = new RowReader(file, row, header.positions, errors, latestPeriod);
    const record = rules.readRow(reader, codes, context);
    if (record !== null) records.push(record);

    // Duplicates are judged on the key cells as written, even in rows with
    // other errors, so one run shows them all.
    if (keyIndexes.some((i) => i === undefined)) continue;
    const parts = keyIndexes.map((i, k) => {
      const text = row.cells[i as number];
      return foldCase[k] ? text.toLowerCase() : text;
    });
    if (parts.some((part) => part === "")) continue;
    const key = parts.join("\u0000");
    const first = firstRowOfKey.get(key);
    if (first === undefined) {
      firstRowOfKey.set(key, row.line);
    } else {
      const described = rules.keyColumns.map((column, k) => `${column} ${quoteCell(parts[k])}`).join(", ");
      errors.push({
        file,
        row: row.line,
        column: keyColumnNumber,
        reason: `duplicate row: ${described} already appears in row ${first}`,
      });
    }
  }
  while (nextMalformed < malformed.length) {
    if (errors.length >= maxErrors) {
      return stopped(errors, file, malformed[nextMalformed].row, malformed.length - nextMalformed, maxErrors);
    }
    errors.push(malformed[nextMalformed++]);
  }

  if (errors.length === 0 && rules.checkRecords) {
    errors.push(...rules.checkRecords(records, { file, context, columnOf: (name) => (header.positions.get(name) ?? 0) + 1 }));
  }
  return errors.length > 0 ? { ok: false, errors: sortImportErrors(errors) } : { ok: true, records };
}

/**
 * The cap was reached before `fromRow`: the errors so far, then one that says
 * where checking stopped and how many rows were left unchecked.
 */
function stopped<R>(
  errors: ImportError[],
  file: string,
  fromRow: number,
  unchecked: number,
  maxErrors: number,
): ValidationResult<R> {
  const kept = sortImportErrors(errors).slice(0, maxErrors);
  kept.push({
    file,
    row: fromRow,
    column: null,
    reason:
      `stopped after ${maxErrors.toLocaleString("en-GB")} errors: ${unchecked.toLocaleString("en-GB")} more ` +
      `${unchecked === 1 ? "row, this one, was" : "rows, from this one on, were"} not checked; ` +
      "fix the errors above and load the file again",
  });
  return { ok: false, errors: kept };
}
