import "server-only";
// A service scorecard's approval for a month, as its page shows it beside the
// honest commentary counts: approved (by whom, when), and whether figures
// were loaded again since. One query, kept per data version.
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { scorecardApprovals, users } from "@/db/schema";
import { latestFigureLoad } from "./approvals";
import { keep } from "./scorecard-cache";

export interface ScorecardApproval {
  approved: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
  figuresRevised: boolean;
}

export function scorecardApprovalOf({
  db,
  version,
  service,
  period,
}: {
  db: Executor;
  version: number;
  service: string;
  period: string;
}): Promise<ScorecardApproval> {
  return keep(db, version, `approval|${service}|${period}`, async () => {
    const [row] = await db
      .select({
        approvedAt: scorecardApprovals.approvedAt,
        approvedBy: users.name,
        figuresRevised: sql<boolean>`coalesce((${latestFigureLoad(scorecardApprovals.serviceKey, period)})::timestamptz > ${scorecardApprovals.figuresLoadedAt}, false)`,
      })
      .from(scorecardApprovals)
      .leftJoin(users, eq(users.id, scorecardApprovals.approvedBy))
      .where(and(eq(scorecardApprovals.serviceKey, service), eq(scorecardApprovals.period, period)));
    return row
      ? { approved: true, approvedBy: row.approvedBy, approvedAt: new Date(row.approvedAt).toISOString(), figuresRevised: Boolean(row.figuresRevised) }
      : { approved: false, approvedBy: null, approvedAt: null, figuresRevised: false };
  });
}

/** The scorecards approved for a month: the service, when and by whom, and the latest figure load the approval covered. */
export async function approvalsIn({ db, period }: { db: Executor; period: string }) {
  return db
    .select({
      serviceKey: scorecardApprovals.serviceKey,
      approvedAt: scorecardApprovals.approvedAt,
      figuresLoadedAt: scorecardApprovals.figuresLoadedAt,
      approvedBy: users.name,
    })
    .from(scorecardApprovals)
    .leftJoin(users, eq(users.id, scorecardApprovals.approvedBy))
    .where(eq(scorecardApprovals.period, period));
}
