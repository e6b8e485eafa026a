// Approving a service's scorecard for a month: allowed once every indicator's
// commentary is approved or marked as needing none. The approval records the
// newest figure load it saw; a later load ("figures revised since approval")
// asks the manager to re-confirm, which moves that mark on.
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { commentaries, indicators, scorecardApprovals, serviceAreas, serviceNarratives } from "@/db/schema";
import { latestFigureLoad } from "@/lib/queries/approvals";
import { requireAuthority } from "@/lib/queries/authority";
import { reportersOf } from "@/lib/queries/recipients";
import { askedForCommentaryIn } from "@/lib/queries/retired";
import { SETTLED_STATUSES } from "@/lib/commentary/status";
import { monthLabel } from "@/lib/format";
import { defineAction } from "../define-action";
import { month } from "../fields";
import { ActionRefusal } from "../result";

const approveScorecardInput = z.object({
  serviceKey: z.string({ error: "Service area is required" }).min(1, "Service area is required").max(64, "Service area is at most 64 characters"),
  period: month,
});

export interface ScorecardApprovalResult {
  serviceKey: string;
  period: string;
  reconfirmed: boolean;
}

async function unsettledIndicators(tx: Tx, serviceKey: string, period: string): Promise<string[]> {
  const rows = await tx
    .select({ code: indicators.code, status: commentaries.status })
    .from(indicators)
    .leftJoin(commentaries, and(eq(commentaries.indicatorId, indicators.id), eq(commentaries.period, period)))
    .where(and(eq(indicators.serviceKey, serviceKey), askedForCommentaryIn(period)))
    .orderBy(asc(indicators.sortOrder));
  return rows.filter((r) => !SETTLED_STATUSES.includes(r.status ?? "not_started")).map((r) => r.code);
}

export const approveScorecard = defineAction({
  permission: "scorecard.approve",
  input: approveScorecardInput,
  load: async (db, input) => {
    const [area] = await db.select({ key: serviceAreas.key, name: serviceAreas.name }).from(serviceAreas).where(eq(serviceAreas.key, input.serviceKey));
    return area ? { resource: { serviceKey: area.key }, loaded: area } : null;
  },
  notFoundMessage: "There is no such service area.",
  handler: async ({ tx, actor, input, loaded }) => {
    const { serviceKey, period } = input;
    const label = `${loaded.name} for ${monthLabel(period)}`;
    const unsettled = await unsettledIndicators(tx, serviceKey, period);
    if (unsettled.length > 0) {
      throw new ActionRefusal(
        "invalid_state",
        `The scorecard cannot be approved yet: commentary on ${unsettled.join(", ")} is not approved or marked as not needed.`,
        { unsettled },
      );
    }
    // The section narrative of the monthly report is approved with the scorecard: it must be written, or said to be none.
    const [narrative] = await tx
      .select({ body: serviceNarratives.body, none: serviceNarratives.noNarrative })
      .from(serviceNarratives)
      .where(and(eq(serviceNarratives.serviceKey, serviceKey), eq(serviceNarratives.period, period)));
    if (!narrative || (!narrative.none && !narrative.body.trim())) {
      throw new ActionRefusal(
        "invalid_state",
        `The scorecard cannot be approved yet: write the ${loaded.name} narrative for ${monthLabel(period)} (significant changes and areas of concern), or say there is no narrative this month.`,
        { narrative: "missing" },
      );
    }
    const authority = await requireAuthority({ db: tx });
    const loadedAt = latestFigureLoad(serviceKey, period);
    // One approval per service and month: of N managers approving at once, one insert wins.
    const [inserted] = await tx
      .insert(scorecardApprovals)
      .values({ authorityId: authority.id, serviceKey, period, approvedBy: actor.id, figuresLoadedAt: sql`${loadedAt}::timestamptz` })
      .onConflictDoNothing()
      .returning({ id: scorecardApprovals.id });
    let reconfirmed = false;
    let approvalId = inserted?.id;
    if (!approvalId) {
      // Already approved: only a figure load newer than the approval lets it be confirmed again.
      const [moved] = await tx
        .update(scorecardApprovals)
        .set({ approvedBy: actor.id, approvedAt: new Date(), figuresLoadedAt: sql`${loadedAt}::timestamptz` })
        .where(
          and(
            eq(scorecardApprovals.authorityId, authority.id),
            eq(scorecardApprovals.serviceKey, serviceKey),
            eq(scorecardApprovals.period, period),
            sql`coalesce(${scorecardApprovals.figuresLoadedAt}, '-infinity') < ${loadedAt}::timestamptz`,
          ),
        )
        .returning({ id: scorecardApprovals.id });
      if (!moved) throw new ActionRefusal("conflict", `The ${label} scorecard is already approved.`);
      approvalId = moved.id;
      reconfirmed = true;
    }
    const data: ScorecardApprovalResult = { serviceKey, period, reconfirmed };
    return {
      data,
      audit: [
        {
          action: reconfirmed ? "scorecard.reconfirm" : "scorecard.approve",
          entityType: "scorecard_approval",
          entityId: String(approvalId),
          summary: reconfirmed
            ? `Re-confirmed the ${label} scorecard after its figures were revised`
            : `Approved the ${label} scorecard`,
          after: { serviceKey, period },
        },
      ],
      notify: [
        {
          userIds: await reportersOf({ db: tx, serviceKey }),
          kind: "scorecard.approved",
          message: `${actor.name} ${reconfirmed ? "re-confirmed" : "approved"} the ${label} scorecard`,
          link: `/scorecards/${serviceKey}/${period}`,
        },
      ],
    };
  },
});

