import "server-only";
// Retired indicators (/admin/indicators) leave the month they are retired
// from and every later one: scorecards, commentary lists and approvals all
// ask this one condition. Their figures and history stay.
import { and, sql, type SQL } from "drizzle-orm";
import { indicators, indicatorValues } from "@/db/schema";

/** The indicator is in use in this month ("YYYY-MM"). */
export function inUseIn(period: string): SQL {
  return sql`(${indicators.retiredFrom} is null or ${indicators.retiredFrom} > ${period})`;
}

/**
 * The month asks the indicator for commentary: it is in use and has a figure
 * for the month. Without a figure it is "no figure yet", never "waiting":
 * commentary lists, approvals and counts all ask this one condition.
 */
export function askedForCommentaryIn(period: string): SQL {
  return and(
    inUseIn(period),
    sql`exists (select 1 from ${indicatorValues} where ${indicatorValues.indicatorId} = ${indicators.id} and ${indicatorValues.period} = ${period} and ${indicatorValues.isCurrent})`,
  )!;
}
