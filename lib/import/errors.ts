// Import errors: one problem in one place of one file, in plain English.
//
// Position rules (the same for every file kind):
// - `row` is the 1-based line number in the file where the record starts; the
//   header is row 1 (or the line it is really on, if blank lines come first).
//   A quoted cell spanning several lines does not shift the rows after it.
// - `column` is the 1-based position of the cell at fault in that record.
//   When no single cell is at fault (empty file, no data rows, a missing
//   column, a row with the wrong number of cells) the column is 1.
// - The validator always sets `column`; `null` is allowed for callers (e.g. the
//   database step) that report a problem without a position in the row, and is
//   then left out of the formatted message.

export interface ImportError {
  file: string;
  row: number;
  column: number | null;
  reason: string;
}

/** "values.csv:3:3: "abc" in column "value" is not a number" */
export function formatImportError(error: ImportError): string {
  const position = error.column === null ? `${error.row}` : `${error.row}:${error.column}`;
  return `${error.file}:${position}: ${error.reason}`;
}

/** Errors in file order: by row, then by column (stable for equal positions). */
export function sortImportErrors(errors: ImportError[]): ImportError[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort(
      (a, b) =>
        a.error.row - b.error.row ||
        (a.error.column ?? 0) - (b.error.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ error }) => error);
}

/**
 * A cell's text as it appears inside a reason: in double quotes, on one line,
 * cut short when long (a whole commentary body would drown the message).
 */
export function quoteCell(text: string, maxLength = 40): string {
  const shortened = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return JSON.stringify(shortened);
}
