// Checking a file's header against the columns its kind accepts, and finding
// each column's position. Columns may come in any order.

import type { CsvTable } from "./csv";
import { quoteCell, type ImportError } from "./errors";

/** Column name → 0-based position in the row. Only accepted columns appear. */
export type ColumnPositions = ReadonlyMap<string, number>;

export interface HeaderCheck {
  positions: ColumnPositions;
  errors: ImportError[];
}

/**
 * Reports unknown columns (by name, with a suggestion when it looks like a
 * typo of a column the file lacks), repeated columns and missing required
 * ones. An unnamed column is tolerated only while every cell under it is
 * empty: spreadsheets often carry a trailing empty column, which is no
 * typo; an unnamed column with figures in it is.
 */
export function checkHeader(
  table: CsvTable,
  file: string,
  accepted: readonly string[],
  required: readonly string[],
): HeaderCheck {
  const errors: ImportError[] = [];
  const positions = new Map<string, number>();
  const at = (index: number, reason: string) =>
    errors.push({ file, row: table.headerLine, column: index + 1, reason });

  table.header.forEach((name, index) => {
    if (name === "") {
      const used = table.rows.find((row) => row.cells[index] !== "");
      if (used) at(index, `column ${index + 1} has no name but row ${used.line} has a value in it`);
      return;
    }
    if (!accepted.includes(name)) {
      at(index, `unknown column ${quoteCell(name)}${unknownColumnHint(name, accepted, table.header)}`);
      return;
    }
    const first = positions.get(name);
    if (first !== undefined) {
      at(index, `column ${quoteCell(name)} appears twice (also column ${first + 1})`);
      return;
    }
    positions.set(name, index);
  });

  for (const name of required) {
    if (!positions.has(name)) {
      errors.push({ file, row: table.headerLine, column: 1, reason: `missing required column ${quoteCell(name)}` });
    }
  }
  return { positions, errors };
}

function unknownColumnHint(name: string, accepted: readonly string[], header: readonly string[]): string {
  if (name.includes(";") || name.includes("\t")) {
    const separator = name.includes(";") ? "semicolons" : "tabs";
    return ` (the file seems to be separated by ${separator}; save it as CSV with commas)`;
  }
  const spelledLike = name.replace(/[\s-]+/g, "_");
  const absent = accepted.filter((column) => !header.includes(column));
  const guess =
    absent.find((column) => column === spelledLike) ??
    absent.find((column) => editDistance(column, spelledLike) <= 2);
  return guess ? ` (did you mean ${quoteCell(guess)}?)` : "";
}

/** Levenshtein distance, enough for spotting a typo in a short column name. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}
