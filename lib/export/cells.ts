// One exported table: column names in import order (lib/import/columns) and
// rows of plain cells. Numbers stay numbers; text is neutralised on writing.
export type ExportCell = string | number | boolean | null;

export interface ExportTable {
  /** the import kind, also the sheet and file name: "values" */
  name: string;
  columns: readonly string[];
  rows: Record<string, ExportCell>[];
  /** per row, the columns whose figure is in a unit a spreadsheet should show: "percent" (25 shown "25.0%") */
  units?: Record<string, { unit: string; decimals: number }>[];
}

/**
 * A number as the importer reads it: plain decimals with a dot, never an
 * exponent ("1e-7"), which the import refuses as a figure nobody writes.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  return n.toFixed(20).replace(/\.?0+$/, "");
}
