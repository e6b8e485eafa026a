// CSV text → header and rows with their line numbers. Knows nothing about the
// file kinds; validate.ts gives the cells their meaning.
//
// What this reader does to the text, and why:
// - a UTF-8 byte order mark (Excel's "CSV UTF-8") is dropped;
// - CRLF and lone CR line ends become LF, so files from Windows and old Macs
//   read the same and line numbers count the way an editor counts them
//   (also inside quoted cells, whose line breaks become "\n");
// - quoted cells may span lines; a quote inside an unquoted cell (5" screen)
//   is kept as text rather than rejected;
// - header names are trimmed and lower-cased (column names are
//   case-insensitive); every cell is trimmed;
// - blank lines, and rows whose cells are all empty (Excel writes ",,,"
//   for rows it once touched), are skipped but still counted as lines.

import { parse } from "csv-parse/sync";
import { quoteCell, type ImportError } from "./errors";

export interface CsvRow {
  /** line of the file where the record starts (the header is on line 1) */
  line: number;
  /** trimmed cells, as many as the record has */
  cells: string[];
}

export interface CsvTable {
  /** trimmed, lower-cased column names */
  header: string[];
  /** line of the file the header is on: 1 unless blank lines come first */
  headerLine: number;
  rows: CsvRow[];
}

export type ParseCsvResult = ({ ok: true } & CsvTable) | { ok: false; errors: ImportError[] };

/**
 * Reads CSV text. Fails on a file that cannot be read as a table (empty, no
 * data rows, an unclosed quote) and on every row whose cell count differs
 * from the header's, listing all such rows at once.
 */
export function parseCsv(text: string, file: string): ParseCsvResult {
  const result = readCsv(text, file);
  if (result.fatal) return { ok: false, errors: [result.fatal] };
  if (result.rowErrors.length > 0) return { ok: false, errors: result.rowErrors };
  return { ok: true, ...result.table };
}

export type ReadCsvResult =
  | { fatal: ImportError; table: null; rowErrors: [] }
  | { fatal: null; table: CsvTable; rowErrors: ImportError[] };

/**
 * Like parseCsv, but hands back the well-formed rows alongside the errors of
 * the malformed ones, so the validator can check the good rows too and report
 * everything in one go. Malformed rows are left out of `table.rows`.
 */
export function readCsv(text: string, file: string): ReadCsvResult {
  const fail = (row: number, column: number, reason: string): ReadCsvResult => ({
    fatal: { file, row, column, reason },
    table: null,
    rowErrors: [],
  });

  if (text.includes("\u0000")) {
    // NUL bytes never occur in CSV text; this is usually an .xlsx saved with a .csv name.
    return fail(1, 1, "file is not CSV text (is it an Excel workbook? save it as CSV)");
  }
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (normalised.trim() === "") return fail(1, 1, "file is empty");

  let parsed: { record: string[]; raw: string }[];
  try {
    const output: unknown = parse(normalised, {
      raw: true,
      record_delimiter: "\n",
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
    if (!isRawRecords(output)) throw new Error("the parser did not return its raw records");
    parsed = output;
  } catch (error) {
    const unclosed = findUnclosedQuote(normalised);
    if (unclosed) {
      const where = columnLabel(unclosed.header, unclosed.column - 1);
      return fail(unclosed.line, unclosed.column, `unbalanced quotes: the quote opening the cell in ${where} is never closed`);
    }
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : 1;
    return fail(line, 1, `file cannot be read as CSV: ${(error as Error).message}`);
  }

  const records = withStartLines(parsed).filter((row) => row.cells.some((cell) => cell !== ""));
  if (records.length === 0) return fail(1, 1, "file is empty");

  const [headerRecord, ...dataRecords] = records;
  const header = headerRecord.cells.map((name) => name.toLowerCase());
  if (dataRecords.length === 0) return fail(headerRecord.line, 1, "no data rows");

  const rows: CsvRow[] = [];
  const rowErrors: ImportError[] = [];
  for (const row of dataRecords) {
    if (row.cells.length === header.length) {
      rows.push(row);
    } else {
      rowErrors.push({
        file,
        row: row.line,
        column: 1,
        reason: `row has ${row.cells.length} ${plural(row.cells.length, "cell")} but the header has ${header.length} ${plural(header.length, "column")}`,
      });
    }
  }
  return { fatal: null, table: { header, headerLine: headerRecord.line, rows }, rowErrors };
}

/** How a column is named in messages: by its header name when it has one. */
export function columnLabel(header: readonly string[], index: number): string {
  const name = header[index];
  return name ? `column ${quoteCell(name)}` : `column ${index + 1}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/**
 * csv-parse reports the line a record ends on; we want the line it starts
 * on. Each raw record text holds the blank lines skipped before it and the
 * line breaks inside its quoted cells, so counting "\n" in it keeps a running
 * line number exact.
 */
function withStartLines(parsed: { record: string[]; raw: string }[]): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = 1; // line on which the next raw text begins
  for (const { record, raw } of parsed) {
    let leadingBlankLines = 0;
    while (raw[leadingBlankLines] === "\n") leadingBlankLines += 1;
    rows.push({ line: line + leadingBlankLines, cells: record.map((cell) => cell.trim()) });
    for (let i = 0; i < raw.length; i += 1) if (raw.charCodeAt(i) === 10) line += 1;
  }
  return rows;
}

/**
 * Finds where the quote that never closes was opened. csv-parse only says
 * the file ended inside quotes, which points at the last line; the user needs
 * the line where the stray quote is. Follows the same rules as the parser
 * above: a quote opens a quoted cell only at the start of a cell, "" inside
 * quotes is a literal quote, and a closing quote ends the quoted part.
 */
function findUnclosedQuote(text: string): { line: number; column: number; header: string[] } | null {
  let line = 1;
  let column = 1;
  let inQuotes = false;
  let atCellStart = true;
  let opened = { line: 1, column: 1 };
  let onHeader = true;
  let cell = "";
  const header: string[] = [];

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === "\n") line += 1;
        cell += char;
      }
      continue;
    }
    if (char === '"' && atCellStart) {
      inQuotes = true;
      opened = { line, column };
      atCellStart = false;
    } else if (char === ",") {
      if (onHeader) header.push(cell.trim().toLowerCase());
      cell = "";
      column += 1;
      atCellStart = true;
    } else if (char === "\n") {
      if (onHeader && (header.length > 0 || cell.trim() !== "")) {
        header.push(cell.trim().toLowerCase());
        onHeader = false;
      }
      cell = "";
      line += 1;
      column = 1;
      atCellStart = true;
    } else {
      cell += char;
      atCellStart = false;
    }
  }
  if (!inQuotes) return null;
  // An unclosed quote on the header line itself: name columns by number only.
  return { ...opened, header: onHeader ? [] : header };
}

/** csv-parse's types do not describe `raw: true` (each row as { record, raw }); this checks that shape instead of asserting it. */
function isRawRecords(value: unknown): value is { record: string[]; raw: string }[] {
  return (
    Array.isArray(value) &&
    value.every((row: unknown) => typeof row === "object" && row !== null && "raw" in row && typeof row.raw === "string" && "record" in row && Array.isArray(row.record))
  );
}
