// Runs one kind's rules over a whole table: the header, then every row,
// then duplicates, collecting every error rather than stopping at the first.

import { IndicatorCodes, type ImportContext } from "./context";
import type { CsvTable } from "./csv";
import { quoteCell, sortImportErrors, type ImportError } from "./errors";
import { checkHeader } from "./header";
import type { KindRules } from "./kind-rules";
import { RowReader } from "./row-reader";

export type ValidationResult<R> = { ok: true; records: R[] } | { ok: false; errors: ImportError[] };

export function runKindRules<R>(
  rules: KindRules<R>,
  table: CsvTable,
  file: string,
  context: ImportContext | null,
  earlierErrors: readonly ImportError[] = [],
): ValidationResult<R> {
  const header = checkHeader(table, file, rules.columns, rules.required);
  const errors: ImportError[] = [...earlierErrors, ...header.errors];
  const extraHeaderProblem = rules.checkHeader?.(header.positions);
  if (extraHeaderProblem) errors.push({ file, row: table.headerLine, column: 1, reason: extraHeaderProblem });

  const codes = rules.needsIndicators ? new IndicatorCodes(context?.indicators ?? new Map()) : null;
  const keyIndexes = rules.keyColumns.map((column) => header.positions.get(column));
  const keyColumnNumber = (keyIndexes[0] ?? 0) + 1;
  const foldCase = rules.keyColumns.map((column) => rules.caseInsensitiveKeyColumns?.includes(column) ?? false);
  const firstRowOfKey = new Map<string, number>();
  const records: R[] = [];

  for (const row of table.rows) {
    const reader = new RowReader(file, row, header.positions, errors);
    const record = rules.readRow(reader, codes);
    if (record !== null) records.push(record);

    // Duplicates are judged on the key cells as written, even in rows with
    // other errors, so one run shows them all.
    if (keyIndexes.some((index) => index === undefined)) continue;
    const parts = keyIndexes.map((index, i) => {
      const text = row.cells[index as number];
      return foldCase[i] ? text.toLowerCase() : text;
    });
    if (parts.some((part) => part === "")) continue;
    const key = parts.join("\u0000");
    const first = firstRowOfKey.get(key);
    if (first === undefined) {
      firstRowOfKey.set(key, row.line);
    } else {
      const described = rules.keyColumns.map((column, i) => `${column} ${quoteCell(parts[i])}`).join(", ");
      errors.push({
        file,
        row: row.line,
        column: keyColumnNumber,
        reason: `duplicate row: ${described} already appears in row ${first}`,
      });
    }
  }

  return errors.length > 0 ? { ok: false, errors: sortImportErrors(errors) } : { ok: true, records };
}
