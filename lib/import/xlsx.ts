// XLSX bytes → the same table the CSV reader makes (header + rows with their
// sheet row numbers), so one validator checks both. The zip's declared sizes
// are checked first (zip-check.ts); then only the parts needed are read
// (xlsx-fast.ts: exceljs's own part parsers and a scanner of the sheet's
// plain cells), or, for a sheet with merged or formula cells or anything else
// that path does not read, exceljs loads the whole workbook — the same cells,
// rules and messages either way.
//
// What this reader decides, and why:
// - the sheet: the one named, or else the first visible one; hidden sheets
//   (lookup lists, workings) are skipped, and naming one is refused;
// - formula cells are refused ("formula — paste values"), not read from the
//   result Excel cached: a workbook saved by a tool that does not recalculate
//   carries stale or missing results, and a figure must be what the sheet
//   shows. Copy the column and paste values;
// - merged cells are refused: only the top-left cell of a merge has a value;
// - cells showing an error (#N/A, #DIV/0!) are refused;
// - dates in the period column (a Date cell, or an Excel serial number such
//   as 43952) are read as the month they fall in ("2020-05"); dates elsewhere
//   become ISO text, which the column's own rule then judges;
// - numbers are written without exponents (0.0000001, not 1e-7);
//   true/false cells read as yes/no.
import ExcelJS from "exceljs";
import type { CsvRow, CsvTable } from "./csv";
import { quoteCell, type ImportError } from "./errors";
import { openFastWorkbook, type FastCell } from "./xlsx-fast";
import { checkZipSizes } from "./zip-check";

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

export type ReadXlsxResult =
  | { ok: true; table: CsvTable; rowErrors: ImportError[]; sheet: string; sheets: SheetInfo[] }
  | { ok: false; errors: ImportError[]; sheets: SheetInfo[] };

/** Excel serial day numbers from 1990-01-01 to 2099-12-31: outside, a number in the period column is not a date. */
const SERIAL_MIN = 32_874;
const SERIAL_MAX = 73_050;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readXlsx(bytes: Uint8Array, file: string, options: { sheet?: string | null; /** skip the quick path (tests compare the two) */ fullLoad?: boolean } = {}): Promise<ReadXlsxResult> {
  const fail = (reason: string, sheets: SheetInfo[] = [], row = 1): ReadXlsxResult => ({
    ok: false,
    errors: [{ file, row, column: null, reason }],
    sheets,
  });
  if (!looksLikeZip(bytes)) return fail(notAWorkbook(bytes));
  const sizes = checkZipSizes(bytes);
  if (!sizes.ok) return fail(sizes.reason);

  const fast = options.fullLoad ? null : await openFastWorkbook(bytes, sizes.parts);
  if (fast) {
    const sheets: SheetInfo[] = fast.sheets.map((s) => ({ name: s.name, hidden: s.hidden }));
    const chosen = chooseSheet(fast.sheets, sheets, options.sheet);
    if ("reason" in chosen) return fail(chosen.reason, sheets);
    const collector = new SheetCollector(file, fast.date1904);
    let read = false;
    try {
      read = await fast.readRows(chosen.sheet, (number, cells) => collector.row(number, cells));
    } catch {
      read = false;
    }
    if (read) return result(collector.finish(chosen.sheet.name), chosen.sheet.name, sheets);
    // Merged or formula cells, or XML this path does not expect: the full load says what is wrong.
  }

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return fail("the workbook cannot be read (it is damaged, or not an .xlsx workbook); open it in Excel and save it again as .xlsx");
  }
  const worksheets = workbook.worksheets.map((ws) => ({ name: ws.name, hidden: ws.state !== "visible", ws }));
  const sheets: SheetInfo[] = worksheets.map((s) => ({ name: s.name, hidden: s.hidden }));
  const chosen = chooseSheet(worksheets, sheets, options.sheet);
  if ("reason" in chosen) return fail(chosen.reason, sheets);
  const collector = new SheetCollector(file, workbook.properties?.date1904 === true);
  chosen.sheet.ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: ExcelJS.Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell) => void cells.push(cell));
    collector.row(row.number, cells);
  });
  return result(collector.finish(chosen.sheet.name), chosen.sheet.name, sheets);

  function result(read: ReturnType<SheetCollector["finish"]>, sheet: string, sheets: SheetInfo[]): ReadXlsxResult {
    if ("reason" in read) return fail(read.reason, sheets, read.row);
    return { ok: true, table: read.table, rowErrors: read.rowErrors, sheet, sheets };
  }
}

/** The sheet named, or else the first visible one. */
function chooseSheet<S extends SheetInfo>(all: S[], sheets: SheetInfo[], name: string | null | undefined): { sheet: S } | { reason: string } {
  if (name) {
    const sheet = all.find((s) => s.name === name);
    if (!sheet) return { reason: `the workbook has no sheet named ${quoteCell(name)}; its sheets are ${sheets.map((s) => quoteCell(s.name)).join(", ")}` };
    if (sheet.hidden) return { reason: `sheet ${quoteCell(sheet.name)} is hidden; unhide it in Excel or choose another sheet` };
    return { sheet };
  }
  const sheet = all.find((s) => !s.hidden);
  return sheet ? { sheet } : { reason: "the workbook has no visible sheet" };
}

/** Rows of one sheet, in order, into the table the validator checks. */
class SheetCollector {
  private header: string[] | null = null;
  private headerLine = 1;
  private periodColumn = -1;
  private readonly rows: CsvRow[] = [];
  private readonly rowErrors: ImportError[] = [];
  private readonly reportedMerges = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly date1904: boolean,
  ) {}

  /** One row's non-empty cells, in column order. */
  row(number: number, rowCells: readonly (ExcelJS.Cell | FastCell)[]): void {
    const { file, date1904 } = this;
    const cells: string[] = [];
    const problems: ImportError[] = [];
    let merged = false;
    const at = (reason: string, r: number, c: number) => problems.push({ file, row: r, column: c, reason });
    for (const cell of rowCells) {
      const column = Number(cell.col);
      if (cell.isMerged) {
        merged = true;
        const master = cell.master;
        if (!this.reportedMerges.has(master.address)) {
          this.reportedMerges.add(master.address);
          at(`merged cells (from ${master.address}): unmerge them so that every cell holds its own value`, Number(master.row), Number(master.col));
        }
        continue;
      }
      const text = cellText(cell, this.header !== null && column - 1 === this.periodColumn, date1904);
      if (typeof text !== "string") {
        at(text.problem, number, column);
        continue;
      }
      cells[column - 1] = text.trim();
    }
    for (let i = 0; i < cells.length; i += 1) cells[i] ??= "";
    if (problems.length === 0 && cells.every((c) => c === "")) return;
    if (this.header === null) {
      this.header = cells.map((c) => c.toLowerCase());
      this.headerLine = number;
      this.periodColumn = this.header.indexOf("period");
      this.rowErrors.push(...problems);
      return;
    }
    // A row with a merged cell is reported once, at the merge's first cell.
    if (problems.length > 0 || merged) this.rowErrors.push(...problems);
    else this.rows.push({ line: number, cells });
  }

  finish(name: string): { table: CsvTable; rowErrors: ImportError[] } | { reason: string; row: number } {
    const { header, headerLine, rows, rowErrors } = this;
    if (header === null) return { reason: `sheet ${quoteCell(name)} is empty`, row: 1 };
    const head: string[] = header;
    if (rows.length === 0 && rowErrors.length === 0) return { reason: "no data rows", row: headerLine };
    // Every row as wide as the widest, so an unnamed column with figures in it
    // is seen by the header check, as in a CSV file.
    let width = head.length;
    for (const r of rows) width = Math.max(width, r.cells.length);
    while (head.length < width) head.push("");
    for (const r of rows) while (r.cells.length < width) r.cells.push("");
    return { table: { header: head, headerLine, rows }, rowErrors };
  }
}

type CellText = string | { problem: string };

function cellText(cell: ExcelJS.Cell | FastCell, inPeriodColumn: boolean, date1904: boolean): CellText {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (inPeriodColumn && Number.isInteger(value) && value >= SERIAL_MIN && value <= SERIAL_MAX) {
      return monthOfDate(serialToDate(value, date1904));
    }
    return numberText(value);
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { problem: "the date in this cell cannot be read" };
    return inPeriodColumn ? monthOfDate(value) : value.toISOString().slice(0, 10);
  }
  if ("formula" in value || "sharedFormula" in value) {
    const formula = "formula" in value && value.formula ? value.formula : "formula" in cell ? cell.formula : "";
    return { problem: `formula — paste values (the cell holds =${formula.slice(0, 40)}; copy the column and paste it as values)` };
  }
  if ("error" in value) return { problem: `the cell shows the error ${value.error}; put a figure in it or leave it blank` };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return typeof value.text === "string" ? value.text : textOf(cell);
  return textOf(cell);
}

/** exceljs's own text of a cell (the fast path gives only the values above, never these). */
function textOf(cell: ExcelJS.Cell | FastCell): string {
  return "text" in cell ? cell.text : "";
}

function serialToDate(serial: number, date1904: boolean): Date {
  // Day 25,569 is 1970-01-01 in the 1900 system (which counts a 29 Feb 1900 that never was).
  const days = serial - (date1904 ? 24_107 : 25_569);
  return new Date(days * 86_400_000);
}

function monthOfDate(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** A number as plain decimal text, never with an exponent. */
function numberText(n: number): string {
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  if (Math.abs(n) >= 1e21) return plain; // too large to be a figure: the number rule says so
  return n.toFixed(20).replace(/\.?0+$/, "");
}

/** Why bytes named .xlsx are not a workbook. */
function notAWorkbook(bytes: Uint8Array): string {
  if (bytes.length === 0) return "file is empty";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return "file is an old Excel 97-2003 workbook (.xls); save it as .xlsx (Excel Workbook) or as CSV UTF-8";
  }
  const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1");
  if (!head.includes("\u0000") && /[,;\t]/.test(head)) return "file is named .xlsx but is text, not an Excel workbook (is it a CSV file? name it .csv)";
  return "file is named .xlsx but is not an Excel workbook";
}
