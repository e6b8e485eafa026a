// A scorecard as the five import files (docs/data-formats.md): the catalogue
// rows, every figure up to the month, outturns, benchmarks and the month's
// commentary. Loading them into an empty Lantern gives the same scorecard.
import {
  BENCHMARK_COLUMNS,
  COMMENTARY_COLUMNS,
  INDICATOR_COLUMNS,
  OUTTURN_COLUMNS,
  VALUE_COLUMNS,
} from "@/lib/import/columns";
import type { IndicatorSettings } from "@/lib/figures/types";
import { COMMENTARY_STATUSES } from "@/lib/import/vocabulary";
import type { ExportTable } from "./cells";

export const EXPORT_KINDS = ["indicators", "values", "outturns", "benchmarks", "commentary"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ScorecardExportData {
  indicators: (IndicatorSettings & {
    code: string;
    title: string;
    service: string;
    owner: string | null;
    reporter: string | null;
    councilPlan: boolean;
    formula?: string | null;
    partOf?: string | null;
  })[];
  values: { indicator: string; period: string; value: number | null; numerator: number | null; denominator: number | null; note: string | null }[];
  outturns: { indicator: string; year: string; value: number }[];
  benchmarks: { indicator: string; kind: string; year: string; value: number }[];
  commentary: { indicator: string; period: string; author: string | null; body: string; status: string }[];
}

const importableStatus = (status: string) => (COMMENTARY_STATUSES as readonly string[]).includes(status);

export function scorecardTables(data: ScorecardExportData): Record<ExportKind, ExportTable> {
  // the unit of each indicator's figures, so the XLSX shows a percentage as one
  const unitOf = new Map(data.indicators.map((i) => [i.code, { unit: i.unit, decimals: i.decimals }]));
  const unitsOf = (rows: readonly { indicator: string }[], column: string) => rows.map((r) => (unitOf.has(r.indicator) ? { [column]: unitOf.get(r.indicator)! } : {}));
  const values = data.values.filter((v) => v.value !== null || (v.numerator !== null && v.denominator !== null));
  return {
    indicators: {
      name: "indicators",
      columns: INDICATOR_COLUMNS,
      rows: data.indicators.map((i) => ({
        code: i.code,
        title: i.title,
        service: i.service,
        polarity: i.polarity,
        unit: i.unit,
        aggregation: i.aggregation,
        decimals: i.decimals,
        frequency: i.frequency,
        basis: i.basis,
        green_min: i.greenMin,
        green_max: i.greenMax,
        amber_min: i.amberMin,
        amber_max: i.amberMax,
        target: i.target,
        outcome: i.outcome,
        definition: i.definition,
        owner: i.owner,
        reporter: i.reporter,
        council_plan: i.councilPlan ? "yes" : null,
        formula: i.formula ?? null,
        part_of: i.partOf ?? null,
      })),
    },
    values: {
      name: "values",
      columns: VALUE_COLUMNS,
      // A figure with neither a value nor its parts cannot be imported, so it is left out.
      units: unitsOf(values, "value"),
      rows: values.map((v) => ({
          indicator: v.indicator,
          period: v.period,
          value: v.value,
          numerator: v.numerator,
          denominator: v.denominator,
          note: v.note,
        })),
    },
    outturns: {
      name: "outturns",
      columns: OUTTURN_COLUMNS,
      rows: data.outturns.map((o) => ({ indicator: o.indicator, year: o.year, value: o.value })),
      units: unitsOf(data.outturns, "value"),
    },
    benchmarks: {
      name: "benchmarks",
      columns: BENCHMARK_COLUMNS,
      rows: data.benchmarks.map((b) => ({ indicator: b.indicator, benchmark: b.kind, year: b.year, value: b.value })),
      units: unitsOf(data.benchmarks, "value"),
    },
    commentary: {
      name: "commentary",
      columns: COMMENTARY_COLUMNS,
      // commentary.csv takes draft, submitted and approved (history being
      // brought in); returned and not-needed are workflow states, not history.
      rows: data.commentary
        .filter((c) => importableStatus(c.status) && c.author !== null)
        .map((c) => ({ indicator: c.indicator, period: c.period, author: c.author, body: c.body, status: c.status })),
    },
  };
}
