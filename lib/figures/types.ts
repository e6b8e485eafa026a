// Shared types of the figures engine. Pure data: no database, no React.
// The scorecard query (lib/queries) builds these from rows and passes them to
// `figuresFor` (lib/figures/row.ts); the CLI, pages and snapshots all read the result.

// The stored sets of words (polarity, unit, aggregation, frequency, benchmark
// kind) are defined once, with the database enums, in ./vocabulary.
import type { Aggregation, Basis, BenchmarkKind, Frequency, Polarity, Unit } from "./vocabulary";

export type { Aggregation, Basis, BenchmarkKind, Frequency, Polarity, Unit };

export type Direction = "up" | "down" | "same";
export type Judgement = "better" | "worse" | "same" | "neutral";
export type Rag = "green" | "amber" | "red";

/** A month as "YYYY-MM". */
export type Period = string;
/** A financial year as "2019/20" (April 2019 to March 2020). */
export type FinancialYear = string;

export interface Bands {
  greenMin: number | null;
  greenMax: number | null;
  amberMin: number | null;
  amberMax: number | null;
}

/**
 * What an indicator's figures are and how they are judged, apart from who it
 * belongs to: the fields the catalogue file, the edit form and the export share.
 */
export interface IndicatorSettings extends Bands {
  polarity: Polarity;
  unit: Unit;
  aggregation: Aggregation;
  decimals: number;
  frequency: Frequency;
  basis: Basis;
  target: number | null;
  outcome: string | null;
  definition: string | null;
}

export interface IndicatorDef {
  code: string;
  polarity: Polarity;
  unit: Unit;
  aggregation: Aggregation;
  decimals: number;
  frequency: Frequency;
  /** the span a figure covers; absent: from frequency, aggregation and unit (lib/benchmarks/kind.ts defaultBasis) */
  basis?: Basis;
  /** the newest set (or the only one) */
  bands: Bands;
  target: number | null;
  /** every set by effective-from month (./band-sets.ts); absent or empty: `bands` and `target` apply to every month */
  bandSets?: import("./band-sets").BandSet[];
}

/** The current figure for one period (the latest revision). */
export interface PeriodValue {
  period: Period;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** true when this period's figure has been loaded more than once */
  revised: boolean;
}

export interface Benchmark {
  kind: BenchmarkKind;
  /** as imported: "2018/19" or "2019" */
  year: string;
  value: number;
  /** where a computed benchmark came from ("DfE file.csv, SN model 2021"); absent when typed in */
  source?: string | null;
  /** the benchmark's unit and basis; absent or null: the indicator's own */
  unit?: Unit | null;
  basis?: Basis | null;
  /** the last month ("YYYY-MM") of the period the year is about; absent or null: read from the year */
  periodEnd?: string | null;
}

export interface Outturn {
  year: FinancialYear;
  value: number;
}

export interface SpcSettings {
  /** run length N for shifts and trends, 6–8 */
  runLength: number;
  /** leave out moving ranges ≥ 3.267 × mean mR before setting limits */
  screenMovingRanges: boolean;
  /** optional fixed baseline: the first `baselinePoints` points set mean and limits */
  baselinePoints?: number | null;
}

export interface FiguresInput {
  indicator: IndicatorDef;
  /** the month M the row is for */
  period: Period;
  /** every period's current value known for this indicator, any order, may have gaps */
  values: PeriodValue[];
  outturns: Outturn[];
  benchmarks: Benchmark[];
  /** 0–17 population by financial year start (e.g. {2019: 41230}) or calendar year; see populationFor */
  population: Record<string, number>;
  spc: SpcSettings;
}

export type SpcSpecial = "improvement" | "concern" | "neither" | null;
/** which special-cause rule flagged a point (the first that applies, in NHSRplotthedots' order) */
export type SpcRule = "outside_limits" | "trend" | "two_in_three" | "shift";
export type SpcVariation = "common_cause" | "improvement" | "concern" | "neither";
export type SpcAssurance = "pass" | "fail" | "hit_and_miss" | null;

export interface SpcResult {
  kind: "xmr" | "run";
  runLength: number;
  screenMovingRanges: boolean;
  /** the rule set used, recorded with every chart, e.g. "NHSE-SPC-SQL-2.6" */
  ruleVersion: string;
  /** the first N points set mean and limits (a fixed baseline); null: all points do */
  baselinePoints: number | null;
  mean: number | null;
  upper: number | null;
  lower: number | null;
  upperTwoSigma: number | null;
  lowerTwoSigma: number | null;
  points: { period: Period; value: number; special: SpcSpecial; rule: SpcRule | null }[];
  variation: SpcVariation | null;
  assurance: SpcAssurance;
}

export interface BenchmarkComparison {
  kind: BenchmarkKind;
  year: string;
  value: number;
  /** better | worse | same by polarity; null for info/range or no value */
  comparison: "better" | "worse" | "same" | null;
  /** where a computed benchmark came from; absent when typed in */
  source?: string;
}

export interface Figures {
  value: number | null;
  previous: number | null;
  previousPeriod: Period | null;
  changeFromPreviousPct: number | null;
  /** now − previous in points, for percentages and rates (null for counts): change.ts, THE CHANGE RULE */
  changeFromPreviousPoints: number | null;
  lastYear: number | null;
  /** the period "last year" was read from (M−12; termly may be a month either side) */
  lastYearPeriod: Period | null;
  changeFromLastYearPct: number | null;
  changeFromLastYearPoints: number | null;
  direction: Direction | null;
  judgement: Judgement | null;
  rag: Rag | null;
  /** the previous figure's RAG by the set in force in its own month ("new red" compares the two) */
  previousRag?: Rag | null;
  ytd: number | null;
  /** why YTD is null or partial, in words, e.g. "no YTD for point-in-time figures" */
  ytdNote: string | null;
  /** how many periods the year to date was made from, and how many it had up to M (null: no YTD); fewer is a partial YTD */
  ytdMonths: number | null;
  ytdMonthsExpected: number | null;
  /** the 12-month average and maximum, over the figures present in M−11 … M */
  average12: number | null;
  max12: number | null;
  /** how many figures the 12-month average and maximum were taken over (a whole window: 12 months, 4 quarters) */
  average12Months: number;
  /** last five financial years, keyed "2019/20" */
  outturns: Record<FinancialYear, number>;
  /** keyed by benchmark kind: the latest year's value */
  benchmarks: Partial<Record<BenchmarkKind, number>>;
  benchmarkComparisons: BenchmarkComparison[];
  /** the comparators in force a year before (at lastYearPeriod), for "the gap has narrowed over 12 months" */
  benchmarksYearEarlier?: Partial<Record<BenchmarkKind, number>>;
  target: number | null;
  distanceToTarget: number | null;
  ratePer10k: number | null;
  /** the population year the rate used (a change of base is flagged on the chart) */
  ratePopulationYear: string | null;
  revised: boolean;
  /** the last `n` periods (oldest first) for sparklines and tables */
  series: { period: Period; value: number | null }[];
  spc: SpcResult;
}
