// The import file kinds and their columns (docs/data-formats.md). The column
// lists are in the order Lantern writes them on export, so an exported file
// imports back unchanged.

export const IMPORT_KINDS = ["indicators", "values", "outturns", "benchmarks", "commentary", "breakdowns", "cohorts"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(word: string): word is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(word);
}

export const INDICATOR_COLUMNS = [
  "code",
  "title",
  "service",
  "polarity",
  "unit",
  "aggregation",
  "decimals",
  "frequency",
  "green_min",
  "green_max",
  "amber_min",
  "amber_max",
  "target",
  "outcome",
  "definition",
  "owner",
  "reporter",
  "council_plan",
  // computed from other indicators (lib/figures/formula.ts); its figures are never imported
  "formula",
  // the code of the count this indicator is a subset or a share of (lib/figures/relations.ts)
  "part_of",
  // the span a figure covers (month, ytd, rolling_12_months, year, snapshot); blank: from frequency, aggregation and unit
  "basis",
  // the first month ("YYYY-MM") the bands and target apply to; blank: they correct the set in force now
  "effective_from",
] as const;
export const VALUE_COLUMNS = ["indicator", "period", "value", "numerator", "denominator", "note"] as const;
export const OUTTURN_COLUMNS = ["indicator", "year", "value"] as const;
export const BENCHMARK_COLUMNS = ["indicator", "benchmark", "year", "value"] as const;
export const COMMENTARY_COLUMNS = ["indicator", "period", "author", "body", "status"] as const;
export const BREAKDOWN_COLUMNS = ["indicator", "period", "dimension", "category", "value"] as const;
// "within": the outcome this one is a part of (blank: a part of the whole group)
export const COHORT_COLUMNS = ["cohort", "period", "outcome", "value", "within"] as const;

/** Every column each kind accepts, in export order. */
export const IMPORT_COLUMNS: { readonly [K in ImportKind]: readonly string[] } = {
  indicators: INDICATOR_COLUMNS,
  values: VALUE_COLUMNS,
  outturns: OUTTURN_COLUMNS,
  benchmarks: BENCHMARK_COLUMNS,
  commentary: COMMENTARY_COLUMNS,
  breakdowns: BREAKDOWN_COLUMNS,
  cohorts: COHORT_COLUMNS,
};

/**
 * Columns the header must have. For values, "value" may be left out when the
 * file has both "numerator" and "denominator" (every value is then computed);
 * the values validator checks that case itself.
 */
export const REQUIRED_COLUMNS: { readonly [K in ImportKind]: readonly string[] } = {
  indicators: ["code", "title", "service", "polarity", "unit", "aggregation"],
  values: ["indicator", "period"],
  outturns: ["indicator", "year", "value"],
  benchmarks: ["indicator", "benchmark", "year", "value"],
  commentary: ["indicator", "period", "author", "body", "status"],
  breakdowns: ["indicator", "period", "dimension", "category", "value"],
  cohorts: ["cohort", "period", "outcome", "value"],
};
