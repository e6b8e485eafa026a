// CSV as docs/data-formats.md reads it: a header row of column names, comma
// separated, cells quoted when they hold a comma, quote or line break
// (RFC 4180), blank for no value. Text that could run as a formula is
// neutralised; numbers are written plainly.
import { numberText, type ExportCell, type ExportTable } from "./cells";
import { neutraliseText } from "./neutralise";

export function csvCell(cell: ExportCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return numberText(cell);
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  const text = neutraliseText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(table: ExportTable): string {
  const lines = [table.columns.join(",")];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c] ?? null)).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
