// Shared helpers for the import tests (not a test file itself).
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatImportError, INDICATOR_COLUMNS, type ImportContext, type ImportError, type IndicatorFacts } from "@/lib/import";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/import");

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}

/** A context knowing the given codes (count/sum unless said otherwise). */
export function contextWith(codes: Record<string, Partial<IndicatorFacts>> | string[]): ImportContext {
  const entries = Array.isArray(codes) ? codes.map((code) => [code, {}] as const) : Object.entries(codes);
  return {
    indicators: new Map(entries.map(([code, facts]) => [code, { aggregation: "sum", unit: "count", ...facts }])),
  };
}

/** The formatted errors of a failed result; fails the test when it passed. */
export function messages(result: { ok: true } | { ok: false; errors: ImportError[] }): string[] {
  if (result.ok) throw new Error("expected the import to fail, but it passed");
  return result.errors.map(formatImportError);
}

/** The records of a passed result; fails the test with the errors when it failed. */
export function recordsOf<R>(result: { ok: true; records: R[] } | { ok: false; errors: ImportError[] }): R[] {
  if (!result.ok) throw new Error(`expected the import to pass:\n${result.errors.map(formatImportError).join("\n")}`);
  return result.records;
}

/** CSV text from lines (LF, trailing newline). */
export function csv(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

type IndicatorCells = Partial<Record<(typeof INDICATOR_COLUMNS)[number], string>>;

/**
 * An indicators.csv file maker: each row from named cells over the test's
 * `base` cells; unnamed cells are blank, and cells with quotes, commas or
 * newlines are quoted.
 */
export function indicatorsFile(base: IndicatorCells) {
  const row = (cells: IndicatorCells): string => {
    const all: Record<string, string> = { ...base, ...cells };
    return INDICATOR_COLUMNS.map((column) => {
      const cell = all[column] ?? "";
      return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    }).join(",");
  };
  const file = (...rows: string[]) => csv(INDICATOR_COLUMNS.join(","), ...rows);
  return { row, file };
}
