// XLSX templates, one per import kind: the data sheet (the headers, text
// formats where Excel would otherwise turn "2020-05" or "2019/20" into a
// date, drop-downs for every coded column), a "notes" sheet explaining each
// column with an example row, and a hidden "lists" sheet holding the
// indicator codes the drop-down offers (hidden sheets are never imported).
// A filled-in template imports as it is.
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, REQUIRED_COLUMNS, type ImportKind } from "./columns";
import { EARLIEST_PERIOD, MAX_NOTE_CHARS } from "./limits";
import {
  AGGREGATIONS,
  BENCHMARK_KINDS,
  COMMENTARY_STATUSES,
  FREQUENCIES,
  BASES,
  POLARITIES,
  SERVICE_KEYS,
  UNITS,
} from "./vocabulary";

/** Rows the drop-downs and text formats cover. */
const TEMPLATE_ROWS = 2000;

/** Coded columns and their words (the import's own lists). */
const CODED: Record<string, readonly string[]> = {
  polarity: POLARITIES,
  unit: UNITS,
  aggregation: AGGREGATIONS,
  frequency: FREQUENCIES,
  basis: BASES,
  benchmark: BENCHMARK_KINDS,
  status: COMMENTARY_STATUSES,
  council_plan: ["yes", "no"],
};

/** Columns kept as text so Excel leaves them as typed. */
const TEXT_COLUMNS = new Set(["code", "indicator", "cohort", "period", "year", "effective_from"]);

const MEANING: Record<string, string> = {
  code: "Stable reference for the indicator, unique: M1, CP6B-NI, 2.2, NI147.",
  title: "Full indicator name as the board sees it.",
  service: "Service area key.",
  polarity: "high: bigger is better; low: smaller is better; range: inside a band is best; info: context only.",
  unit: "count, percent, rate_per_10k, days or number.",
  aggregation: "How the year to date is made: sum (flows), ratio (summed numerators over summed denominators), point (stocks: no YTD), mean.",
  decimals: "Digits shown (0 to 6). Blank: 0 for counts, 1 otherwise.",
  frequency: "monthly (blank means monthly), quarterly, termly or annual.",
  basis:
    "What span the figure covers: month, ytd, rolling_12_months, year or snapshot (at a date). Blank: snapshot for point-in-time counts and rates, year for annual figures, else month. Benchmarks are compared only with figures of the same unit and basis.",
  green_min: "Lowest value of the green band (blank: unbounded).",
  green_max: "Highest value of the green band (blank: unbounded).",
  amber_min: "Lowest value of the amber band, checked when the value is not green.",
  amber_max: "Highest value of the amber band.",
  target: "A single headline target shown beside the value.",
  effective_from: "The first month (YYYY-MM) the bands and target apply to: a new set from then, earlier months keep theirs. Blank: they correct the set in force now.",
  outcome: "What good looks like for children.",
  definition: "How it is counted.",
  owner: "Email of the accountable manager.",
  reporter: "Email of the person who writes the monthly commentary.",
  council_plan: "yes if it is a council plan indicator.",
  formula: "Blank, or arithmetic over other indicators' codes and the 0–17 population: 100 * {M2} / {M1}, 10000 * {LAC1} / {population}. Its figures are then computed, never loaded.",
  part_of: "Blank, or the code of the count this indicator is a subset or a share of (CP4 (val) part of CP2; EH3a% part of EH3). Public releases then keep related figures from giving a small number away by arithmetic.",
  indicator: "Indicator code, exactly as in the catalogue (the drop-down lists them).",
  period: `The month the figure is for, YYYY-MM (${EARLIEST_PERIOD} to next month; quarter-end or term-end month for other frequencies).`,
  value: "The figure, with a dot for decimals; a trailing % is allowed. May be blank when numerator and denominator are given.",
  numerator: "For ratio indicators: the top of the fraction (972 of 1666 → 972).",
  denominator: "For ratio indicators: the bottom of the fraction (never zero).",
  note: `Data-quality note shown with the figure (at most ${MAX_NOTE_CHARS.toLocaleString("en-GB")} characters).`,
  year: "Financial year, YYYY/YY (2019/20); benchmarks may also use a calendar year, YYYY.",
  benchmark: "Which comparator.",
  author: "Email of the person who wrote the commentary.",
  body: "The commentary text.",
  status: "draft, submitted or approved.",
  dimension: "What the count is broken down by (gender, age band, placement type); new ones are added to the catalogue at the end of the order.",
  category: "One group of the dimension (male, female); its counts for a month add up to the indicator's figure, or the rest is shown as not recorded.",
  cohort: "The code of the count indicator whose figure is the group's size (how many the group has taken in so far).",
  within: "Blank, or the outcome this one is a part of (child in need level within did not become looked after), named on another row of the same month.",
};

/** Where a kind's column means something else than the same name elsewhere. */
const KIND_MEANING: Partial<Record<ImportKind, Record<string, string>>> = {
  cohorts: {
    outcome: "What had happened to some of the group by the month (did not become looked after); new outcomes are added to the cohort's at the end of the order.",
    value: "How many of the group had that outcome by the month: a whole count, at most the group's size (or the outcome it is within); the rest is shown as outcome not yet known.",
  },
};

const EXAMPLE: Record<ImportKind, Record<string, string | number>> = {
  indicators: { code: "M1", title: "Number of contacts received", service: "front-door", polarity: "info", unit: "count", aggregation: "sum", owner: "head.of.mash@example.gov.uk" },
  values: { indicator: "M1", period: "2020-05", value: 1102, note: "" },
  outturns: { indicator: "M1", year: "2019/20", value: 14210 },
  benchmarks: { indicator: "CP6", benchmark: "england", year: "2018/19", value: 21.9 },
  commentary: { indicator: "M1", period: "2020-04", author: "head.of.mash@example.gov.uk", body: "Contacts fell by 4% on March.", status: "approved" },
  breakdowns: { indicator: "LAC1", period: "2022-01", dimension: "gender", category: "male", value: 270 },
  cohorts: { cohort: "EOC1", period: "2022-01", outcome: "did not become looked after", value: 37, within: "" },
};

export function templateFileName(kind: ImportKind): string {
  return `lantern-${kind}-template.xlsx`;
}

/**
 * The template workbook for one kind; `codes` fill the indicator drop-down.
 * `serviceKeys`: the areas in use (/admin/service-areas); the demo's when left out.
 * `prefill`: rows already made out (a values template: each loaded indicator and the month to load), to be completed.
 */
export async function buildTemplate(
  kind: ImportKind,
  codes: readonly string[] = [],
  serviceKeys: readonly string[] = SERVICE_KEYS,
  prefill: readonly Record<string, string>[] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Lantern";
  const columns = IMPORT_COLUMNS[kind];
  const data = wb.addWorksheet(kind, { views: [{ state: "frozen", ySplit: 1 }] });
  data.columns = columns.map((name) => ({ header: name, key: name, width: Math.max(12, name.length + 4) }));
  data.getRow(1).font = { bold: true };
  for (const row of prefill) data.addRow(row);
  if (codes.length > 0 && columns.includes("indicator")) {
    const lists = wb.addWorksheet("lists", { state: "hidden" });
    codes.forEach((code, i) => (lists.getCell(i + 1, 1).value = code));
  }
  columns.forEach((name, index) => {
    const column = data.getColumn(index + 1);
    if (TEXT_COLUMNS.has(name)) column.numFmt = "@";
    const words = name === "service" ? serviceKeys : CODED[name];
    const list = words ? [`"${words.join(",")}"`] : name === "indicator" && codes.length > 0 ? [`lists!$A$1:$A$${codes.length}`] : null;
    if (!list) return;
    const letter = column.letter;
    // exceljs has range validations (worksheet.dataValidations) but no types for them.
    (data as ExcelJS.Worksheet & { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: list,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: name,
      error: words ? `Choose one of: ${words.join(", ")}` : "Choose an indicator code from the list",
    });
  });
  addNotes(wb, kind, prefill.length > 0);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addNotes(wb: ExcelJS.Workbook, kind: ImportKind, prefilled: boolean): void {
  const notes = wb.addWorksheet("notes");
  notes.columns = [
    { header: "column", key: "column", width: 16 },
    { header: "required", key: "required", width: 10 },
    { header: "meaning", key: "meaning", width: 80 },
    { header: "allowed values", key: "allowed", width: 50 },
  ];
  notes.getRow(1).font = { bold: true };
  const required = REQUIRED_COLUMNS[kind];
  for (const name of IMPORT_COLUMNS[kind]) {
    notes.addRow({
      column: name,
      required: required.includes(name) ? "yes" : kind === "values" && name === "value" ? "yes*" : "no",
      meaning: KIND_MEANING[kind]?.[name] ?? MEANING[name] ?? "",
      allowed: CODED[name]?.join(", ") ?? "",
    });
  }
  notes.getColumn("meaning").alignment = { wrapText: true, vertical: "top" };
  notes.addRow([]);
  notes.addRow([
    `Fill in the "${kind}" sheet: one row per ${kind === "indicators" ? "indicator" : "figure"}, from row 2. Column names are case-insensitive; leave unknown columns out. Type values, not formulas (formula cells are refused). This sheet and hidden sheets are never imported.`,
  ]);
  if (prefilled) {
    notes.addRow([
      `The "${kind}" sheet already has a row for each indicator whose figures are loaded, with the month to load next: fill in each value (or its numerator and denominator), change the month if you are loading another, and delete the rows you are not loading (a row without a figure is refused).`,
    ]);
  }
  notes.addRow([]);
  const example = notes.addRow(["Example row (copy it to the first sheet):"]);
  example.font = { italic: true };
  const columns = IMPORT_COLUMNS[kind];
  notes.addRow([...columns]).font = { bold: true };
  notes.addRow(columns.map((c) => EXAMPLE[kind][c] ?? ""));
}
