// Any uploaded file → a table, whatever its format: CSV (UTF-8 only) or XLSX.
// The name's extension says which; the bytes must agree. Pure apart from
// exceljs's parsing.
import { readCsv, type CsvTable } from "./csv";
import { decodeCsvBytes } from "./decode";
import type { ImportError } from "./errors";
import { looksLikeZip, readXlsx, type SheetInfo } from "./xlsx";

export type ImportFormat = "csv" | "xlsx";

export type ReadSourceResult =
  | { ok: true; format: ImportFormat; table: CsvTable; rowErrors: ImportError[]; sheet: string | null; sheets: SheetInfo[] }
  | { ok: false; format: ImportFormat; errors: ImportError[]; sheets: SheetInfo[] };

function formatOf(fileName: string, bytes: Uint8Array): ImportFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) return "xlsx";
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  return looksLikeZip(bytes) ? "xlsx" : "csv";
}

export async function readSource(
  bytes: Uint8Array,
  file: string,
  options: { sheet?: string | null } = {},
): Promise<ReadSourceResult> {
  const format = formatOf(file, bytes);
  if (format === "xlsx") {
    const result = await readXlsx(bytes, file, options);
    return result.ok ? { ...result, format } : { ...result, format };
  }
  if (looksLikeZip(bytes)) {
    const reason = "file is an Excel workbook (or another zip file) named as CSV; name it .xlsx, or save it from Excel as CSV UTF-8";
    return { ok: false, format, errors: [{ file, row: 1, column: null, reason }], sheets: [] };
  }
  const decoded = decodeCsvBytes(bytes, file);
  if (!decoded.ok) return { ok: false, format, errors: [decoded.error], sheets: [] };
  const csv = readCsv(decoded.text, file);
  if (csv.fatal) return { ok: false, format, errors: [csv.fatal], sheets: [] };
  return { ok: true, format, table: csv.table, rowErrors: csv.rowErrors, sheet: null, sheets: [] };
}
