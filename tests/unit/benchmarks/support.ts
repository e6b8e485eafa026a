// Shared helpers for the benchmarks tests: the DfE and ONS reference files,
// trimmed copies in tests/fixtures/dfe (see SOURCES.md there; never shipped in the product).
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatImportError, type ImportError } from "@/lib/import/errors";

const REFERENCE_DIR = path.resolve(import.meta.dirname, "../../fixtures/dfe");

export const FILES = {
  sn2021: "New_Statistical_Neighbour_Groupings_April_2021.csv",
  sn2025: "sn_model_2025_wide.csv",
  population: "ons_mid-year_population_estimates_2012_to_2024.csv",
  cla: "cla_number_and_rate_per_10k_children.csv",
  cin: "b1_children_in_need_2013_to_2025.csv",
  rereferrals: "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
  cpp: "d3_cpps_subsequent_plan_2013_to_2025.csv",
  accommodation: "la_care_leavers_accommodation_suitability.csv",
  activity: "la_care_leavers_activity.csv",
  stability: "la_cla_placement_stability.csv",
  workforce: "csww_indicators_2017_to_2025.csv",
} as const;

const cache = new Map<string, string>();
export function reference(name: string): string {
  if (!cache.has(name)) cache.set(name, readFileSync(path.join(REFERENCE_DIR, name), "utf8"));
  return cache.get(name)!;
}

export function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected success:\n${(result as unknown as { errors: ImportError[] }).errors.map(formatImportError).join("\n")}`);
  return result as Extract<T, { ok: true }>;
}

export function errorsOf(result: { ok: true } | { ok: false; errors: ImportError[] }): string[] {
  if (result.ok) throw new Error("expected the file to be refused, but it was read");
  return result.errors.map(formatImportError);
}
