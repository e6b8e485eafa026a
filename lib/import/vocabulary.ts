// The closed sets of words the import files may use (docs/data-formats.md,
// docs/domain.md). Runtime lists, so the validator can check cells against them
// and name the allowed values in its messages.

import {
  AGGREGATIONS,
  BASES,
  BENCHMARK_KINDS,
  FREQUENCIES,
  POLARITIES,
  UNITS,
  type Aggregation,
  type BenchmarkKind,
  type CommentaryStatus as StoredCommentaryStatus,
  type Unit,
} from "../figures/vocabulary";

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
/** Any area the council keeps (service_areas); SERVICE_KEYS above is only the demo's seed list, for a file checked on its own. */
export type ServiceKey = string;

// The stored vocabularies are the import vocabularies: one list each, the
// same one the database enums are built from (lib/figures/vocabulary.ts).
export { AGGREGATIONS, BASES, BENCHMARK_KINDS, FREQUENCIES, POLARITIES, UNITS };

/** Statuses commentary may be imported with (history being brought in). */
export const COMMENTARY_STATUSES = ["draft", "submitted", "approved"] as const satisfies readonly StoredCommentaryStatus[];
export type CommentaryStatus = (typeof COMMENTARY_STATUSES)[number];

export type { Aggregation, BenchmarkKind, Unit };
