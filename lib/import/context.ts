// What the validator must know about indicators that already exist, so that
// values, outturns, benchmarks and commentary can refer to them.

import { quoteCell } from "./errors";
import type { CellResult } from "./cells";
import type { IndicatorRecord } from "./records";
import type { Aggregation, Unit } from "./vocabulary";

export interface IndicatorFacts {
  aggregation: Aggregation;
  /** a blank value is computed ×100 from numerator/denominator for "percent" */
  unit: Unit;
  /** set when the indicator is computed from a formula: its figures are never imported */
  formula?: string | null;
  /** the count this indicator is declared a part of */
  partOf?: string | null;
}

export interface ImportContext {
  /** known indicator codes (exact, case-sensitive) and their facts */
  indicators: ReadonlyMap<string, IndicatorFacts>;
  /** the latest month a period may be ("YYYY-MM"); next month when left out (limits.ts) */
  latestPeriod?: string;
  /**
   * The council's service areas (/admin/service-areas): a catalogue row may
   * name any area in use; a retired one only for an indicator it already
   * holds. Left out (a file checked on its own): the demo's areas.
   */
  serviceAreas?: { active: readonly string[]; retired: readonly string[] };
}

/**
 * A context from an indicator catalogue just validated, optionally on top of
 * the indicators already stored: lets a catalogue and its figures be checked
 * together before either is written.
 */
export function contextFromIndicators(records: readonly IndicatorRecord[], base?: ImportContext): ImportContext {
  const indicators = new Map<string, IndicatorFacts>(base?.indicators ?? []);
  for (const record of records) {
    indicators.set(record.code, { aggregation: record.aggregation, unit: record.unit, formula: record.formula, partOf: record.partOf });
  }
  return { indicators, latestPeriod: base?.latestPeriod, serviceAreas: base?.serviceAreas };
}

/**
 * Looks up indicator codes. Codes are exact (case-sensitive) because they are
 * the indicator's stable reference; a near miss only earns a suggestion.
 */
export class IndicatorCodes {
  private looseIndex: Map<string, string> | null = null;

  constructor(private readonly known: ReadonlyMap<string, IndicatorFacts>) {}

  find(code: string): CellResult<IndicatorFacts> {
    const facts = this.known.get(code);
    if (facts) return { ok: true, value: facts };
    const guess = this.loosely().get(loose(code));
    const hint = guess ? ` (did you mean ${quoteCell(guess)}?)` : "";
    return { ok: false, problem: `is not a known indicator code${hint}` };
  }

  // Built on the first miss only: a clean file never pays for it.
  private loosely(): Map<string, string> {
    if (!this.looseIndex) {
      this.looseIndex = new Map();
      for (const code of this.known.keys()) this.looseIndex.set(loose(code), code);
    }
    return this.looseIndex;
  }
}

/** "lac6 ( % )" and "LAC6 (%)" compare equal: case and spaces ignored. */
function loose(code: string): string {
  return code.toLowerCase().replace(/\s+/g, "");
}
