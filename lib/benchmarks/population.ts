// The ONS mid-year estimates of children aged 0–17 (the EES file
// "ons_mid-year_population_estimates_…"): one figure per area and year, the
// denominator of every rate per 10,000. Read like any EES file; its
// time_period is the mid-year of the estimate.
import { readEesFile, type EesResult } from "./ees";
import { populationYearFor } from "./years";
import type { AreaFigure } from "./types";

const POPULATION_MEASURE = "population_estimate";
const POPULATION_AGE_GROUP = "Children aged 0 to 17 years";

export function readPopulationFile(text: string, file: string): EesResult {
  const firstLine = text.split("\n", 1)[0].toLowerCase();
  const where: Record<string, string> = /(^|,)\s*"?age_group"?\s*(,|$)/.test(firstLine) ? { age_group: POPULATION_AGE_GROUP } : {};
  return readEesFile(text, file, { measure: POPULATION_MEASURE, where, per10k: false });
}

/** populations keyed by area and mid-year, for rates */
export type PopulationIndex = Map<string, number>;

const key = (level: string, code: string, year: number) => `${level}|${code}|${year}`;

export function indexPopulations(figures: readonly AreaFigure[]): PopulationIndex {
  const index: PopulationIndex = new Map();
  for (const f of figures) if (f.value !== null && f.value > 0) index.set(key(f.level, f.code, Number(f.year)), f.value);
  return index;
}

/**
 * Counts → rates per 10,000 children aged 0–17, each area with its own
 * population for the year (see years.ts: reporting year 2025 uses mid-2024).
 * An area with a count but no population keeps no figure, with the reason.
 */
export function ratesPer10k(figures: readonly AreaFigure[], populations: PopulationIndex, timeIdentifier: string): AreaFigure[] {
  return figures.map((f) => {
    if (f.value === null) return f;
    const year = populationYearFor(f.year, timeIdentifier);
    const population = year === null ? undefined : populations.get(key(f.level, f.code, year));
    if (population === undefined) return { ...f, value: null, missing: "no_population" };
    return { ...f, value: (f.value / population) * 10_000 };
  });
}
