// Targets and RAG bands by year: an indicator may hold several sets, each in
// force from a month ("effective from") until the next set begins. A month
// uses the set in force then, so a new set for this year leaves last year's
// RAG as it was. The first set also covers months before it (history loaded
// later is rated by the earliest set there is).
import { addMonths } from "./periods";
import type { Bands, IndicatorDef, Period } from "./types";

export interface BandSet extends Bands {
  /** the first month ("YYYY-MM") the set applies to */
  effectiveFrom: Period;
  target: number | null;
}

/** The set in force in `period`: the latest set from that month or before, else the earliest; null with no sets. */
export function bandSetInForce(sets: readonly BandSet[], period: Period): BandSet | null {
  let inForce: BandSet | null = null;
  let earliest: BandSet | null = null;
  for (const set of sets) {
    if (earliest === null || set.effectiveFrom < earliest.effectiveFrom) earliest = set;
    if (set.effectiveFrom <= period && (inForce === null || set.effectiveFrom > inForce.effectiveFrom)) inForce = set;
  }
  return inForce ?? earliest;
}

/** The bands and target an indicator uses in `period`: its sets when it has any, else its own single set. */
export function bandsAndTargetFor(indicator: Pick<IndicatorDef, "bands" | "target" | "bandSets">, period: Period | null): { bands: Bands; target: number | null } {
  const set = period === null ? null : bandSetInForce(indicator.bandSets ?? [], period);
  if (!set) return { bands: indicator.bands, target: indicator.target };
  return { bands: { greenMin: set.greenMin, greenMax: set.greenMax, amberMin: set.amberMin, amberMax: set.amberMax }, target: set.target };
}

/** Oldest first, each with the month before the next set begins (null: still in force). */
export function bandSetHistory(sets: readonly BandSet[]): (BandSet & { until: Period | null })[] {
  const sorted = [...sets].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  return sorted.map((set, i) => ({ ...set, until: i + 1 < sorted.length ? addMonths(sorted[i + 1].effectiveFrom, -1) : null }));
}

