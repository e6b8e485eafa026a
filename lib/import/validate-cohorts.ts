// cohorts.csv: how many of a group had each outcome by a month
// (docs/data-formats.md "cohorts"). Row by row the cells; across the file each
// "within" names an outcome of the same cohort and month, and the outcomes
// within one add up to no more than it. Whether the outcomes add up to no
// more than the group's size is checked against the stored figure (plan-cohorts.ts).

import { COHORT_COLUMNS, REQUIRED_COLUMNS } from "./columns";
import type { IndicatorCodes } from "./context";
import { readCountIndicator, readWholeCount } from "./count-cells";
import { quoteCell, type ImportError } from "./errors";
import type { KindRules } from "./kind-rules";
import type { CohortRecord } from "./records";
import type { RowReader } from "./row-reader";
import { MAX_NAME_CHARS } from "./validate-breakdowns";

export const cohortRules: KindRules<CohortRecord> = {
  columns: COHORT_COLUMNS,
  required: REQUIRED_COLUMNS.cohorts,
  keyColumns: ["cohort", "period", "outcome"],
  caseInsensitiveKeyColumns: ["outcome"],
  needsIndicators: true,
  readRow: readCohortRow,
  checkRecords: (records, { file, columnOf }) => checkWithin(records, file, columnOf),
};

function readCohortRow(r: RowReader, codes: IndicatorCodes | null): CohortRecord | null {
  const cohort = readCountIndicator(r, "cohort", codes, "can be followed as a cohort (the figure is the group's size)");
  const period = r.period("period", true);
  const outcome = r.text("outcome", true, MAX_NAME_CHARS);
  const value = readWholeCount(r, "value");
  const within = r.text("within", false, MAX_NAME_CHARS);
  if (outcome !== null && within !== null && outcome.toLowerCase() === within.toLowerCase()) {
    r.report("within", `an outcome cannot be within itself (${quoteCell(outcome)})`);
  }
  if (r.hasErrors || cohort === null || period === null || outcome === null || value === null) return null;
  return { row: r.line, cohort: cohort.code, period, outcome, within, value };
}

/** The group a row belongs to: one cohort's month. */
const monthKey = (r: CohortRecord) => `${r.cohort}|${r.period}`;

/**
 * Each "within" names an outcome on another row of the same cohort and month,
 * itself a part of the whole group (one level); an outcome is within the same
 * one in every month of the file; the outcomes within one add up to no more than it.
 */
export function checkWithin(records: readonly CohortRecord[], file: string, columnOf: (name: string) => number): ImportError[] {
  const errors: ImportError[] = [];
  const at = (r: CohortRecord, column: string, reason: string) => errors.push({ file, row: r.row, column: columnOf(column), reason });
  const byMonth = new Map<string, Map<string, CohortRecord>>();
  for (const r of records) {
    const month = byMonth.get(monthKey(r)) ?? new Map<string, CohortRecord>();
    month.set(r.outcome.toLowerCase(), r);
    byMonth.set(monthKey(r), month);
  }
  const parentOf = new Map<string, { within: string | null; row: number }>();
  const sums = new Map<string, { first: CohortRecord; parent: CohortRecord; sum: number }>();
  for (const r of records) {
    const own = `${r.cohort}|${r.outcome.toLowerCase()}`;
    const within = r.within?.toLowerCase() ?? null;
    const seen = parentOf.get(own);
    if (seen && seen.within !== within) {
      at(r, "within", `${quoteCell(r.outcome)} is within ${seen.within === null ? "the whole group" : quoteCell(seen.within)} on row ${seen.row}; an outcome is within the same one every month`);
    } else if (!seen) parentOf.set(own, { within, row: r.row });
    if (within === null) continue;
    const parent = byMonth.get(monthKey(r))!.get(within);
    if (!parent) {
      at(r, "within", `${quoteCell(r.within!)} is not an outcome of ${r.cohort} in ${r.period} in this file; name it on its own row`);
      continue;
    }
    if (parent.within !== null) {
      at(r, "within", `${quoteCell(r.within!)} is itself within ${quoteCell(parent.within)}; an outcome may be within one of the whole group's outcomes only`);
      continue;
    }
    const key = `${monthKey(r)}|${within}`;
    const s = sums.get(key) ?? { first: r, parent, sum: 0 };
    s.sum += r.value;
    sums.set(key, s);
  }
  for (const { first, parent, sum } of sums.values()) {
    if (sum > parent.value) {
      at(first, "value", `${first.cohort} ${first.period}: the outcomes within ${quoteCell(parent.outcome)} add up to ${sum}, more than its ${parent.value} (row ${parent.row})`);
    }
  }
  return errors;
}
