// Moving between the months that have figures (a scorecard's previous and
// next links, and the nearest months offered for a month with none). Pure.
import type { Period } from "./types";

/**
 * The nearest months with figures before and after `period` in `months`
 * (any order, duplicates allowed); null where there is none. `period` itself
 * need not have figures.
 */
export function adjacentMonths(months: readonly Period[], period: Period): { previous: Period | null; next: Period | null } {
  let previous: Period | null = null;
  let next: Period | null = null;
  for (const m of months) {
    if (m < period && (previous === null || m > previous)) previous = m;
    if (m > period && (next === null || m < next)) next = m;
  }
  return { previous, next };
}
