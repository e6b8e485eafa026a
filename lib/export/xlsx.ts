// An XLSX workbook with one sheet per table, named by its import kind, in the
// same columns as the CSV files. Numbers are number cells, text is string
// cells (never formulas) and is neutralised like the CSV, so a file opened
// in any spreadsheet runs nothing.
import ExcelJS from "exceljs";
import type { ExportCell, ExportTable } from "./cells";
import { neutraliseText } from "./neutralise";

function xlsxCell(cell: ExportCell): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  return neutraliseText(cell);
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
    for (const row of table.rows) sheet.addRow(table.columns.map((c) => xlsxCell(row[c] ?? null)));
    table.columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, c.length + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
