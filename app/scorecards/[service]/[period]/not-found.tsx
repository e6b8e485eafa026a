import { MissingMonth } from "@/components/scorecard/missing-month";
import { SERVICE_AREAS } from "@/db/reference";

/**
 * A scorecard month that does not exist: "No figures have been loaded for
 * January 1900", with links to the nearest months that have figures (which
 * the page asks for when it shows, and only people who may read scorecards
 * are given). Next.js renders this boundary into every page of the segment,
 * so it looks nothing up here.
 */
export default function ScorecardMonthNotFound() {
  return <MissingMonth serviceNames={Object.fromEntries(SERVICE_AREAS.map((s) => [s.key, s.name]))} />;
}
