// The closed sets of words the import files may use (data-formats.md,
// domain.md). Runtime lists, so the validator can check cells against them
// and name the allowed values in its messages.

import type { Aggregation, BenchmarkKind, Frequency, Polarity, Unit } from "../figures/types";

export const SERVICE_KEYS = [
  "front-door",
  "assessment",
  "s47",
  "cin",
  "cp",
  "lac",
  "placements",
  "fostering",
  "adoption",
  "care-leavers",
  "early-help",
  "workforce",
] as const;
export type ServiceKey = (typeof SERVICE_KEYS)[number];

export const POLARITIES = ["high", "low", "range", "info"] as const satisfies readonly Polarity[];
export const UNITS = ["count", "percent", "rate_per_10k", "days", "number"] as const satisfies readonly Unit[];
export const AGGREGATIONS = ["sum", "ratio", "point", "mean"] as const satisfies readonly Aggregation[];
export const FREQUENCIES = ["monthly", "quarterly", "termly", "annual"] as const satisfies readonly Frequency[];
export const BENCHMARK_KINDS = [
  "sn_average",
  "sn_best",
  "england",
  "england_top_quartile",
  "region",
] as const satisfies readonly BenchmarkKind[];

/** Statuses commentary may be imported with (history being brought in). */
export const COMMENTARY_STATUSES = ["draft", "submitted", "approved"] as const;
export type CommentaryStatus = (typeof COMMENTARY_STATUSES)[number];

// Compile-time check that each list above names every member of its type, so
// a word added to lib/figures/types cannot be silently refused on import.
type Covers<Union, List extends readonly unknown[]> = [Union] extends [List[number]] ? true : false;
const listsCoverTheirTypes: [
  Covers<Polarity, typeof POLARITIES>,
  Covers<Unit, typeof UNITS>,
  Covers<Aggregation, typeof AGGREGATIONS>,
  Covers<Frequency, typeof FREQUENCIES>,
  Covers<BenchmarkKind, typeof BENCHMARK_KINDS>,
] = [true, true, true, true, true];
void listsCoverTheirTypes;

export type { Aggregation, BenchmarkKind, Frequency, Polarity, Unit };
