import "server-only";
// Retired indicators (/admin/indicators) leave the month they are retired
// from and every later one: scorecards, commentary lists and approvals all
// ask this one condition. Their figures and history stay.
import { sql, type SQL } from "drizzle-orm";
import { indicators } from "@/db/schema";

/** The indicator is in use in this month ("YYYY-MM"). */
export function inUseIn(period: string): SQL {
  return sql`(${indicators.retiredFrom} is null or ${indicators.retiredFrom} > ${period})`;
}
