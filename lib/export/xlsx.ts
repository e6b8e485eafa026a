// An XLSX workbook with one sheet per table, named by its import kind, in the
// same columns as the CSV files. Numbers are number cells, text is string
// cells (never formulas) and is neutralised like the CSV, so a file opened
// in any spreadsheet runs nothing. Each sheet is ready to read in Excel: a
// bold, frozen header row with filters, columns as wide as their content
// (long text wrapped), and a percentage shown as one ("25.0%") while the
// cell keeps the figure the import reads (25), so the file still imports.
import ExcelJS from "exceljs";
import type { ExportCell, ExportTable } from "./cells";
import { neutraliseText } from "./neutralise";

/** Columns wider than this wrap their text instead. */
const MAX_WIDTH = 50;

function xlsxCell(cell: ExportCell): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  return neutraliseText(cell);
}

/** The number format of a figure in its unit: a percentage keeps its value (25) and shows "25.0%". */
export function figureFormat({ unit, decimals }: { unit: string; decimals: number }): string {
  const places = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  return unit === "percent" ? `0${places}"%"` : `#,##0${places}`;
}

export async function toXlsx(tables: ExportTable[], meta: { title: string; creator?: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator ?? "Lantern";
  workbook.title = meta.title;
  workbook.created = new Date(0); // a fixed date keeps exports of the same figures byte-comparable
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow([...table.columns]);
    sheet.getRow(1).font = { bold: true };
    const widths = table.columns.map((c) => c.length);
    table.rows.forEach((row, r) => {
      const cells = table.columns.map((c) => xlsxCell(row[c] ?? null));
      const added = sheet.addRow(cells);
      cells.forEach((cell, i) => {
        widths[i] = Math.max(widths[i], cell === null ? 0 : String(cell).length);
        const unit = table.units?.[r]?.[table.columns[i]];
        if (unit && typeof cell === "number") added.getCell(i + 1).numFmt = figureFormat(unit);
      });
    });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: table.columns.length } };
    widths.forEach((w, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(MAX_WIDTH, Math.max(10, w + 2));
      if (w + 2 > MAX_WIDTH) column.alignment = { wrapText: true, vertical: "top" };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
