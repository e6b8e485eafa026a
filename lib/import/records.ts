// What a valid row of each file kind becomes. Every record keeps `row`, the
// line of the file it came from, so a later step (the database write) can
// still point the user at the source.

import type { IndicatorSettings } from "@/lib/figures/types";
import type { BenchmarkKind, CommentaryStatus, ServiceKey } from "./vocabulary";

/**
 * A catalogue row. Where the file leaves them blank, decimals default to 0
 * for a count and 1 for every other unit, frequency to monthly, and basis from
 * frequency, aggregation and unit (lib/benchmarks/kind.ts).
 */
export interface IndicatorRecord extends IndicatorSettings {
  row: number;
  code: string;
  title: string;
  service: ServiceKey;
  /** the month the bands and target apply from; null: they correct the newest set */
  effectiveFrom?: string | null;
  /** email of the accountable manager */
  owner: string | null;
  /** email of the person who writes the monthly commentary */
  reporter: string | null;
  /** blank and "no" are false */
  councilPlan: boolean;
  /** arithmetic over other indicators' codes and {population}; null or absent for loaded figures */
  formula?: string | null;
  /** the code of the count this indicator is a subset or a share of; null or absent for none */
  partOf?: string | null;
}

export interface ValueRecord {
  row: number;
  indicator: string;
  /** "YYYY-MM" */
  period: string;
  /**
   * Always a number after validation: when the cell is blank it is computed
   * from numerator and denominator (×100 for percent indicators), unrounded.
   */
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
}

export interface OutturnRecord {
  row: number;
  indicator: string;
  /** financial year, "2019/20" */
  year: string;
  value: number;
}

export interface BenchmarkRecord {
  row: number;
  indicator: string;
  benchmark: BenchmarkKind;
  /** as imported: financial year "2019/20" or calendar year "2019" */
  year: string;
  value: number;
}

export interface CommentaryRecord {
  row: number;
  indicator: string;
  /** "YYYY-MM" */
  period: string;
  /** author's email */
  author: string;
  body: string;
  status: CommentaryStatus;
}

export interface BreakdownRecord {
  row: number;
  indicator: string;
  /** "YYYY-MM" */
  period: string;
  /** as written; compared lower-case ("Age band" and "age band" are one dimension) */
  dimension: string;
  category: string;
  /** a whole count, 0 or more */
  value: number;
}

export interface CohortRecord {
  row: number;
  /** the code of the count indicator whose figure is the group's size */
  cohort: string;
  /** "YYYY-MM": how many had the outcome by the end of this month */
  period: string;
  /** as written; compared lower-case */
  outcome: string;
  /** the outcome this one is a part of, as written; null: a part of the whole group */
  within: string | null;
  /** a whole count, 0 or more */
  value: number;
}

export interface ImportRecords {
  indicators: IndicatorRecord;
  values: ValueRecord;
  outturns: OutturnRecord;
  benchmarks: BenchmarkRecord;
  commentary: CommentaryRecord;
  breakdowns: BreakdownRecord;
  cohorts: CohortRecord;
}
