// Ready-made mappings for the DfE's published LA-level files (trimmed copies
// are in tests/fixtures/dfe; the product reads none at run time): which measure column, with which filter values, makes
// each familiar benchmark. A council imports each year's release of the file
// with `--mapping NAME`; its own mappings are saved in the database the same way.
import type { Polarity } from "@/lib/figures/types";
import type { MeasureMapping } from "./types";

export interface ReadyMapping extends MeasureMapping {
  name: string;
  title: string;
  /** the EES file it reads (as published; a newer release keeps the name) */
  file: string;
  /** the polarity most councils give the indicator, as a hint when creating one */
  polarity: Polarity;
}

const CLA = "cla_number_and_rate_per_10k_children.csv";
const CIN = "b1_children_in_need_2013_to_2025.csv";
const REREFERRALS = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
const CPP = "d3_cpps_subsequent_plan_2013_to_2025.csv";
const ACCOMMODATION = "la_care_leavers_accommodation_suitability.csv";
const ACTIVITY = "la_care_leavers_activity.csv";
const STABILITY = "la_cla_placement_stability.csv";
const WORKFORCE = "csww_indicators_2017_to_2025.csv";

const m = (name: string, title: string, file: string, measure: string, polarity: Polarity, where: Record<string, string> = {}, per10k = false): ReadyMapping => ({
  name,
  title,
  file,
  measure,
  where,
  per10k,
  polarity,
});

export const READY_MAPPINGS: readonly ReadyMapping[] = [
  m("cla-rate-per-10k", "Children looked after on 31 March, rate per 10,000 children", CLA, "rate_per_10000", "low", {
    population_type: "Children looked after on 31 March each year",
  }),
  // b1 has counts only: the rate is made with each area's own 0–17 population
  m("cin-rate-per-10k", "Children in need on 31 March, rate per 10,000 children", CIN, "At31_episodes", "info", {}, true),
  m("rereferrals-12-months", "Re-referrals within 12 months of a previous referral (%)", REREFERRALS, "rereferral_percent", "low"),
  m("cpp-second-or-subsequent", "Child protection plans that are a second or subsequent plan (%)", CPP, "CPP_subsequent_percent", "low"),
  m("care-leavers-suitable-accommodation-19-21", "Care leavers aged 19 to 21 in suitable accommodation (%)", ACCOMMODATION, "care_leaver_percent", "high", {
    care_leaver_age: "19 to 21 years",
    breakdown: "Accommodation considered suitable",
  }),
  m("care-leavers-suitable-accommodation-17-18", "Care leavers aged 17 to 18 in suitable accommodation (%)", ACCOMMODATION, "care_leaver_percent", "high", {
    care_leaver_age: "17 to 18 years",
    breakdown: "Accommodation considered suitable",
  }),
  m("care-leavers-eet-19-21", "Care leavers aged 19 to 21 in education, employment or training (%)", ACTIVITY, "care_leaver_percent", "high", {
    care_leaver_age: "19 to 21 years",
    breakdown: "Total in education, employment or training",
  }),
  m("care-leavers-eet-17-18", "Care leavers aged 17 to 18 in education, employment or training (%)", ACTIVITY, "care_leaver_percent", "high", {
    care_leaver_age: "17 to 18 years",
    breakdown: "Total in education, employment or training",
  }),
  m("placement-stability-3-plus-placements", "Children looked after with 3 or more placements during the year (%)", STABILITY, "children_percent", "low", {
    cla_group: "CLA on 31 March",
    placement_stability: "With 3 or more placements during the year",
  }),
  m("placement-stability-long-term", "Children looked after for 2.5 years or more, under 16, living in the same placement for 2 years (%)", STABILITY, "children_percent", "high", {
    cla_group: "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
    placement_stability: "Living with the same carer for at least 2 years",
  }),
  m("sw-caseload", "Children's social worker average caseload (cases per case-holding FTE)", WORKFORCE, "caseload_fte", "low"),
  m("sw-agency-rate", "Agency children's social workers (% of FTE)", WORKFORCE, "agency_rate_fte", "low"),
];

export function readyMapping(name: string): ReadyMapping | undefined {
  return READY_MAPPINGS.find((r) => r.name === name.trim().toLowerCase());
}
