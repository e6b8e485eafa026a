// Like with like: what kind of figure an indicator or a benchmark measure is
// (its unit and its basis), and whether two kinds may be compared.
//
// THE RULE
// - The units must be the same: a count with a count, a rate per 10,000 with
//   a rate per 10,000, a percentage with a percentage.
// - Counts and rates per 10,000 grow with the span they cover, so their
//   bases must cover the same span: a month with a month, a year to date with
//   a year to date, a year with a year or a rolling 12 months, a snapshot at a
//   date with a snapshot. A monthly flow is compared with a yearly DfE figure
//   only through a rolling-12-month (or annualised) indicator.
// - Percentages, days and other numbers (averages, proportions) do not grow
//   with the span: any bases compare (a month's re-referral percentage with
//   the year's).
import type { Aggregation, Basis, Frequency, Unit } from "@/lib/figures/vocabulary";

export interface FigureKind {
  unit: Unit;
  basis: Basis;
}

/** the basis an indicator has when none is given: from its frequency, aggregation and unit */
export function defaultBasis({ frequency, aggregation, unit }: { frequency: Frequency; aggregation: Aggregation; unit: Unit }): Basis {
  if (frequency === "annual") return "year";
  if (aggregation === "point" && (unit === "count" || unit === "rate_per_10k")) return "snapshot";
  return "month";
}

const UNIT_NOUN: Record<Unit, string> = {
  count: "count",
  percent: "percentage",
  rate_per_10k: "rate per 10,000",
  days: "number of days",
  number: "number",
  ratio: "ratio",
};

const article = (noun: string) => (/^[aeiou]/.test(noun) ? "an" : "a");

/** "a monthly count", "a rate per 10,000 for a year", "a count at a date", "a rolling 12-month count" */
export function describeKind({ unit, basis }: FigureKind): string {
  const noun = UNIT_NOUN[unit];
  switch (basis) {
    case "month":
      return `a monthly ${noun}`;
    case "ytd":
      return `a year-to-date ${noun}`;
    case "rolling_12_months":
      return `a rolling 12-month ${noun}`;
    case "year":
      return `${article(noun)} ${noun} for a year`;
    case "snapshot":
      return `${article(noun)} ${noun} at a date`;
  }
}

/** the span a count or rate covers; percentages and averages have none that matters */
function span(basis: Basis): "month" | "ytd" | "year" | "snapshot" {
  return basis === "rolling_12_months" ? "year" : basis;
}

const scales = (unit: Unit) => unit === "count" || unit === "rate_per_10k";

/** true when a figure of kind `a` may be set beside one of kind `b` */
export function comparable(a: FigureKind, b: FigureKind): boolean {
  if (a.unit !== b.unit) return false;
  return !scales(a.unit) || span(a.basis) === span(b.basis);
}

/** what to compare instead, for an indicator of kind `ours` against a measure of kind `theirs` */
function suggestion(theirs: FigureKind): string {
  const unit = theirs.unit === "rate_per_10k" ? "rate" : UNIT_NOUN[theirs.unit];
  switch (span(theirs.basis)) {
    case "year":
      return `compare a rolling 12-month ${unit} indicator instead`;
    case "snapshot":
      return `compare an indicator of the ${unit} at a date (a snapshot) instead`;
    case "ytd":
      return `compare a year-to-date ${unit} indicator instead`;
    case "month":
      return `compare a monthly ${unit} indicator instead`;
  }
}

/**
 * Why an indicator may not be compared with a measure, in a sentence, or null
 * when it may: "M2 is a monthly count; the DfE figure is a rate per 10,000
 * for a year: compare a rolling 12-month rate indicator instead".
 */
export function unlikeReason(indicator: FigureKind & { code: string }, measure: FigureKind, measureName = "the DfE figure"): string | null {
  if (comparable(indicator, measure)) return null;
  return `${indicator.code} is ${describeKind(indicator)}; ${measureName} is ${describeKind(measure)}: ${suggestion(measure)}`;
}
