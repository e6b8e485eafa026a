// Shared types of the benchmarks engine: statistical-neighbour
// models, populations and figures read from the DfE's Explore Education
// Statistics (EES) files, and the benchmarks computed from them. Pure data.
import type { Polarity } from "@/lib/figures/types";

export type { Polarity };

/** The geographic levels Lantern reads from an EES file; other levels are skipped. */
export type GeoLevel = "national" | "regional" | "local_authority";

/** Why an area has no figure: a DfE symbol, an empty cell, or no population to make a rate. */
export type MissingReason = "c" | "z" | "x" | ":" | "low" | "k" | "u" | "blank" | "no_population";

/** One area's figure for one year, as read from a file through a mapping. */
export interface AreaFigure {
  /** the file's time_period, e.g. "2024" (reporting year to 31 March 2024) */
  year: string;
  level: GeoLevel;
  /** old (three-digit) LA code for authorities, region_code for regions, country_code for England */
  code: string;
  /** new ONS code (E06…/E08…/E09…/E10…) of an authority; null otherwise */
  newCode: string | null;
  name: string;
  regionCode: string | null;
  regionName: string | null;
  /** the figure; null when missing (then `missing` says why) */
  value: number | null;
  missing: MissingReason | null;
}

/** A measure column of an EES file, with the filter values that pick one row per area and year. */
export interface MeasureMapping {
  measure: string;
  /** filter column → value, e.g. { population_type: "Children looked after on 31 March each year" } */
  where: Record<string, string>;
  /** the measure is a count: make a rate per 10,000 children with each area's own 0–17 population */
  per10k: boolean;
}

interface ModelNeighbour {
  code: string;
  /** the model's closeness band, e.g. "Very close"; null when the file leaves it blank */
  closeness: string | null;
}

export interface ModelAuthority {
  /** old three-digit LA code */
  code: string;
  name: string;
  region: string | null;
  /** in the model's order: nearest first */
  neighbours: ModelNeighbour[];
}

export interface SnModel {
  shape: "groupings" | "wide";
  authorities: ModelAuthority[];
}

/** A neighbour (or any authority) left out of a year's figures, and why. */
export interface LeftOut {
  code: string;
  name: string;
  reason: string;
}

interface Rank {
  /** 1 = best by polarity; equal figures share a rank */
  rank: number;
  of: number;
}

/** Every benchmark of one indicator for one year, for one authority and model. */
export interface BenchmarkResult {
  year: string;
  authority: { code: string; name: string; value: number | null; missing: string | null };
  england: number | null;
  region: { code: string | null; name: string | null; value: number | null };
  /** each neighbour in model order, with its figure or why it has none */
  neighbours: { code: string; name: string; value: number | null; missing: string | null }[];
  snAverage: number | null;
  snMedian: number | null;
  snBest: number | null;
  snWithData: number;
  snLeftOut: LeftOut[];
  /** national top-quartile threshold by polarity (see quartiles.ts for the method); null for info/range */
  topQuartile: number | null;
  /** national bottom-quartile threshold by polarity */
  bottomQuartile: number | null;
  /** the authority's national quartile, 1 = best; null when not judged or no figure */
  quartile: 1 | 2 | 3 | 4 | null;
  rankAll: Rank | null;
  rankSn: Rank | null;
  /** how many authorities had a figure, and those listed in the file without one */
  nationalWithData: number;
  nationalLeftOut: LeftOut[];
}
