// Ready-made mappings for the DfE's published LA-level files (trimmed copies
// are in tests/fixtures/dfe; the product reads none at run time): which measure column, with which filter values, makes
// each familiar benchmark. A council imports each year's release of the file
// with `--mapping NAME`; its own mappings are saved in the database the same way.
import type { Basis, Polarity, Unit } from "@/lib/figures/vocabulary";
import type { MeasureMapping } from "./types";

export interface ReadyMapping extends MeasureMapping {
  name: string;
  title: string;
  /** the EES file it reads (as published; a newer release keeps the name) */
  file: string;
  /** the polarity most councils give the indicator, as a hint when creating one */
  polarity: Polarity;
  /** what the figure is: only an indicator of the same unit and basis may take it (lib/benchmarks/kind.ts) */
  unit: Unit;
  basis: Basis;
}

const CLA = "cla_number_and_rate_per_10k_children.csv";
const CIN = "b1_children_in_need_2013_to_2025.csv";
const REREFERRALS = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
const CPP = "d3_cpps_subsequent_plan_2013_to_2025.csv";
const ACCOMMODATION = "la_care_leavers_accommodation_suitability.csv";
const ACTIVITY = "la_care_leavers_activity.csv";
const STABILITY = "la_cla_placement_stability.csv";
const WORKFORCE = "csww_indicators_2017_to_2025.csv";

const m = (
  name: string,
  title: string,
  file: string,
  measure: string,
  polarity: Polarity,
  [unit, basis]: [Unit, Basis],
  where: Record<string, string> = {},
  per10k = false,
): ReadyMapping => ({ name, title, file, measure, where, per10k, polarity, unit, basis });

const PERCENT_OF_YEAR: [Unit, Basis] = ["percent", "year"];

/** The care leavers' measures: one file each, read for the share of an age band in the breakdown named. */
const CARE_LEAVERS = {
  "suitable-accommodation": { words: "in suitable accommodation", file: ACCOMMODATION, breakdown: "Accommodation considered suitable" },
  eet: { words: "in education, employment or training", file: ACTIVITY, breakdown: "Total in education, employment or training" },
} as const;

const careLeavers = (measure: keyof typeof CARE_LEAVERS, ages: "19 to 21" | "17 to 18") => {
  const { words, file, breakdown } = CARE_LEAVERS[measure];
  const name = `care-leavers-${measure}-${ages.replace(" to ", "-")}`;
  return m(name, `Care leavers aged ${ages} ${words} (%)`, file, "care_leaver_percent", "high", PERCENT_OF_YEAR, { care_leaver_age: `${ages} years`, breakdown });
};

export const READY_MAPPINGS: readonly ReadyMapping[] = [
  m("cla-rate-per-10k", "Children looked after on 31 March, rate per 10,000 children", CLA, "rate_per_10000", "low", ["rate_per_10k", "snapshot"], {
    population_type: "Children looked after on 31 March each year",
  }),
  // b1 has counts only: the rate is made with each area's own 0–17 population
  m("cin-rate-per-10k", "Children in need on 31 March, rate per 10,000 children", CIN, "At31_episodes", "info", ["rate_per_10k", "snapshot"], {}, true),
  m("rereferrals-12-months", "Re-referrals within 12 months of a previous referral (%)", REREFERRALS, "rereferral_percent", "low", PERCENT_OF_YEAR),
  m("cpp-second-or-subsequent", "Child protection plans that are a second or subsequent plan (%)", CPP, "CPP_subsequent_percent", "low", PERCENT_OF_YEAR),
  careLeavers("suitable-accommodation", "19 to 21"),
  careLeavers("suitable-accommodation", "17 to 18"),
  careLeavers("eet", "19 to 21"),
  careLeavers("eet", "17 to 18"),
  m("placement-stability-3-plus-placements", "Children looked after with 3 or more placements during the year (%)", STABILITY, "children_percent", "low", PERCENT_OF_YEAR, {
    cla_group: "CLA on 31 March",
    placement_stability: "With 3 or more placements during the year",
  }),
  m("placement-stability-long-term", "Children looked after for 2.5 years or more, under 16, living in the same placement for 2 years (%)", STABILITY, "children_percent", "high", PERCENT_OF_YEAR, {
    cla_group: "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
    placement_stability: "Living with the same carer for at least 2 years",
  }),
  m("sw-caseload", "Children's social worker average caseload (cases per case-holding FTE)", WORKFORCE, "caseload_fte", "low", ["number", "snapshot"]),
  m("sw-agency-rate", "Agency children's social workers (% of FTE)", WORKFORCE, "agency_rate_fte", "low", ["percent", "snapshot"]),
];

export function readyMapping(name: string): ReadyMapping | undefined {
  return READY_MAPPINGS.find((r) => r.name === name.trim().toLowerCase());
}
