// The unit and basis of a DfE measure column, when a mapping does not say:
// read from the column's name, the filter values and the file's time
// identifier, the way the DfE names them ("rereferral_percent",
// "rate_per_10000", "referral_count", "At31_episodes"; "As at 31 March").
// A mapping can always say otherwise (--unit, --basis).
import type { Basis, Unit } from "@/lib/figures/vocabulary";
import type { FigureKind } from "./kind";

const RATE = /rate_per_10_?000|per_?10k|per_10000/i;
const PERCENT = /percent|_pct$|_rate(_|$)|^rate_/i;
const SNAPSHOT = /at_?31|on 31 march|at 31 march|as at/i;

/** a published rate per 10,000 column of a file's header, if it has one */
export function publishedRateColumn(header: readonly string[]): string | null {
  return header.find((h) => RATE.test(h)) ?? null;
}

export function measureKind({
  measure,
  where,
  per10k,
  timeIdentifier,
}: {
  measure: string;
  where: Record<string, string>;
  per10k: boolean;
  timeIdentifier: string;
}): FigureKind {
  const unit: Unit = per10k || RATE.test(measure) ? "rate_per_10k" : PERCENT.test(measure) ? "percent" : /fte$|caseload|average|mean/i.test(measure) && !/count|headcount/i.test(measure) ? "number" : "count";
  const text = [measure, timeIdentifier, ...Object.values(where)].join(" | ");
  const basis: Basis = SNAPSHOT.test(text) ? "snapshot" : "year";
  return { unit, basis };
}
