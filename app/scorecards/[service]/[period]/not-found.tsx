import { MissingMonth } from "@/components/scorecard/missing-month";
import { getDb } from "@/db/client";
import { SERVICE_AREAS } from "@/db/reference";
import { can } from "@/lib/auth/policy";
import { currentUser } from "@/lib/auth/session";
import { currentDataVersion } from "@/lib/data-version";
import { monthsByService } from "@/lib/queries/months-by-service";

/**
 * A scorecard month that does not exist: "No figures have been loaded for
 * January 1900", with links to the nearest months that have figures (for
 * people who may read scorecards; anyone else is told only that it is missing).
 */
export default async function ScorecardMonthNotFound() {
  const user = await currentUser();
  const mayRead = can(user, "scorecard.read");
  const db = await getDb();
  const months = mayRead ? await monthsByService({ db, version: await currentDataVersion(db) }) : {};
  return <MissingMonth monthsByService={months} serviceNames={Object.fromEntries(SERVICE_AREAS.map((s) => [s.key, s.name]))} />;
}
