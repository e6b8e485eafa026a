// Reading an EES local-authority CSV through a mapping: one measure column,
// with filter values that leave one row per area and year. The whole file is
// checked first; any problem is an error naming the row and column, and
// nothing is returned to write.
import { readCsv, type CsvRow } from "@/lib/import/csv";
import { quoteCell, type ImportError } from "@/lib/import/errors";
import { readCell } from "./symbols";
import type { AreaFigure, GeoLevel, MeasureMapping } from "./types";

/** columns every EES file has, that are neither filters nor measures */
const EES_GEOGRAPHY_COLUMNS = [
  "time_period",
  "time_identifier",
  "geographic_level",
  "country_code",
  "country_name",
  "region_code",
  "region_name",
  "old_la_code",
  "new_la_code",
  "la_name",
] as const;

const REQUIRED = ["time_period", "time_identifier", "geographic_level"] as const;

const LEVELS: Record<string, GeoLevel> = {
  national: "national",
  regional: "regional",
  "local authority": "local_authority",
};

/** errors listed before "… and N more" (a wrong mapping can fail every row) */
const MAX_ERRORS = 25;

export interface EesReading {
  figures: AreaFigure[];
  /** time periods found, oldest first */
  years: string[];
  timeIdentifier: string;
  /** rows of the file read (before filtering) */
  rowsRead: number;
}

export type EesResult = ({ ok: true } & EesReading) | { ok: false; errors: ImportError[] };

/** The measure and filter columns a file offers, for a page to choose from. */
export function describeEesFile(
  text: string,
  file: string,
): { ok: true; columns: { name: string; values: string[] | null }[]; rows: number } | { ok: false; errors: ImportError[] } {
  const read = readCsv(text, file);
  if (read.fatal) return { ok: false, errors: [read.fatal] };
  const { header, rows } = read.table;
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) return { ok: false, errors: [notEes(file, read.table.headerLine, missing)] };
  const geography = new Set<string>(EES_GEOGRAPHY_COLUMNS);
  const columns = header
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => name !== "" && !geography.has(name))
    .map(({ name, index }) => {
      const distinct = new Set<string>();
      for (const row of rows) {
        distinct.add(row.cells[index]);
        if (distinct.size > 30) break;
      }
      // a column with a few text values is a filter; one of numbers is a measure
      const numeric = [...distinct].every((v) => readCell(v).kind !== "invalid");
      return { name, values: numeric || distinct.size > 30 ? null : [...distinct].sort() };
    });
  return { ok: true, columns, rows: rows.length };
}

export function readEesFile(text: string, file: string, mapping: MeasureMapping): EesResult {
  const read = readCsv(text, file);
  if (read.fatal) return { ok: false, errors: [read.fatal] };
  if (read.rowErrors.length) return { ok: false, errors: capped(read.rowErrors) };
  const { header, headerLine, rows } = read.table;
  const col = (name: string) => header.indexOf(name.toLowerCase());

  const missing = REQUIRED.filter((c) => col(c) < 0);
  if (missing.length) return { ok: false, errors: [notEes(file, headerLine, missing)] };
  const measure = mapping.measure.trim().toLowerCase();
  const errors: ImportError[] = [];
  const measureIndex = col(measure);
  if (measureIndex < 0) {
    errors.push({
      file,
      row: headerLine,
      column: 1,
      reason: `the measure column ${quoteCell(mapping.measure)} is not in the file; its columns are ${offered(header)}`,
    });
  }
  const filters = Object.entries(mapping.where).map(([name, value]) => ({ name, value: value.trim(), index: col(name.trim()) }));
  for (const f of filters.filter((f) => f.index < 0)) {
    errors.push({ file, row: headerLine, column: 1, reason: `the filter column ${quoteCell(f.name)} is not in the file; its columns are ${offered(header)}` });
  }
  if (errors.length) return { ok: false, errors };

  const levelIndex = col("geographic_level");
  const la = (row: CsvRow) => LEVELS[row.cells[levelIndex].toLowerCase()] === "local_authority";
  if (!rows.some(la)) {
    return {
      ok: false,
      errors: [{ file, row: headerLine, column: levelIndex + 1, reason: 'the file has no local-authority rows (geographic_level "Local authority"): benchmarks need every authority\'s figure' }],
    };
  }

  // Filter values are matched ignoring case; a value no row has is an error listing those it has.
  for (const f of filters) {
    const wanted = f.value.toLowerCase();
    if (!rows.some((r) => r.cells[f.index].toLowerCase() === wanted)) {
      const values = [...new Set(rows.map((r) => r.cells[f.index]))].sort();
      errors.push({ file, row: headerLine, column: f.index + 1, reason: `no row has ${f.name} = ${quoteCell(f.value, 80)}; its values are ${values.slice(0, 12).map((v) => quoteCell(v, 80)).join(", ")}${values.length > 12 ? ", …" : ""}` });
    }
  }
  if (errors.length) return { ok: false, errors };

  const at = (row: CsvRow, name: string) => {
    const i = col(name);
    return i < 0 ? "" : row.cells[i];
  };
  const figures: AreaFigure[] = [];
  const seen = new Map<string, CsvRow>();
  const duplicates: { first: CsvRow; again: CsvRow }[] = [];
  const identifiers = new Set<string>();
  for (const row of rows) {
    const level = LEVELS[row.cells[levelIndex].toLowerCase()];
    if (!level) continue;
    if (!filters.every((f) => row.cells[f.index].toLowerCase() === f.value.toLowerCase())) continue;
    const year = at(row, "time_period");
    const code =
      level === "local_authority" ? at(row, "old_la_code") : level === "regional" ? at(row, "region_code") : at(row, "country_code") || "E92000001";
    if (level === "local_authority" && !code) {
      errors.push({ file, row: row.line, column: col("old_la_code") + 1 || 1, reason: "a local-authority row has no old_la_code" });
      continue;
    }
    const key = `${year}|${level}|${code}`;
    const first = seen.get(key);
    if (first) {
      duplicates.push({ first, again: row });
      continue;
    }
    seen.set(key, row);
    identifiers.add(at(row, "time_identifier"));
    const cell = readCell(row.cells[measureIndex]);
    if (cell.kind === "invalid") {
      errors.push({
        file,
        row: row.line,
        column: measureIndex + 1,
        reason: `${quoteCell(row.cells[measureIndex])} in column ${quoteCell(measure)} is neither a number nor a DfE symbol (c, z, x, :, low, k, u): map a numeric measure column`,
      });
      continue;
    }
    figures.push({
      year,
      level,
      code,
      newCode: level === "local_authority" ? at(row, "new_la_code") || null : null,
      name: level === "local_authority" ? at(row, "la_name") : level === "regional" ? at(row, "region_name") : at(row, "country_name") || "England",
      regionCode: level === "national" ? null : at(row, "region_code") || null,
      regionName: level === "national" ? null : at(row, "region_name") || null,
      value: cell.kind === "number" ? cell.value : null,
      missing: cell.kind === "missing" ? cell.reason : null,
    });
  }
  if (duplicates.length) errors.push(...duplicateErrors(file, header, duplicates, filters.map((f) => f.index), measureIndex));
  if (errors.length) return { ok: false, errors: capped(errors) };
  if (!figures.some((f) => f.level === "local_authority")) {
    return { ok: false, errors: [{ file, row: headerLine, column: 1, reason: "no local-authority row matches the filters: check the --where values" }] };
  }
  const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => Number(a) - Number(b));
  return { ok: true, figures, years, timeIdentifier: [...identifiers].join(", "), rowsRead: rows.length };
}

/**
 * Two rows for the same area and year mean a filter is missing: name the
 * columns whose values differ between them, so the user knows what to add.
 */
function duplicateErrors(
  file: string,
  header: string[],
  duplicates: { first: CsvRow; again: CsvRow }[],
  filterIndexes: number[],
  measureIndex: number,
): ImportError[] {
  const geography = new Set<string>(EES_GEOGRAPHY_COLUMNS);
  const differing = new Set<string>();
  for (const { first, again } of duplicates.slice(0, 50)) {
    header.forEach((name, i) => {
      if (i === measureIndex || filterIndexes.includes(i) || geography.has(name)) return;
      if (first.cells[i] !== again.cells[i] && readCell(first.cells[i]).kind === "invalid") differing.add(name);
    });
  }
  const columns = header.filter((name) => differing.has(name));
  const hint = columns.length
    ? `add a filter for ${columns.map((d) => quoteCell(d)).join(" and ")} (e.g. --where ${columns[0]}=VALUE)`
    : "add a filter so that one row is left per area and year";
  return [
    {
      file,
      row: duplicates[0].again.line,
      column: 1,
      reason: `${duplicates.length} rows repeat an area and year already given on row ${duplicates[0].first.line}: ${hint}`,
    },
  ];
}

function notEes(file: string, row: number, missing: readonly string[]): ImportError {
  return {
    file,
    row,
    column: 1,
    reason: `not an EES data file: it has no ${missing.map((m) => quoteCell(m)).join(", ")} column${missing.length === 1 ? "" : "s"}`,
  };
}

function offered(header: string[]): string {
  const geography = new Set<string>(EES_GEOGRAPHY_COLUMNS);
  return header.filter((h) => h && !geography.has(h)).map((h) => quoteCell(h)).join(", ");
}

function capped(errors: ImportError[]): ImportError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const last = errors[MAX_ERRORS - 1];
  return [...errors.slice(0, MAX_ERRORS), { file: last.file, row: last.row, column: null, reason: `… and ${errors.length - MAX_ERRORS} more errors like these` }];
}
