// A service section's narrative for the monthly performance report
// ("significant changes and areas of concern"), written by the service's
// manager and approved with the scorecard: it can change while the scorecard
// is not approved (or after a figure revision asks for a re-confirm), never
// after. Every save carries the version it started from.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { reportingPeriods, scorecardApprovals, serviceAreas, serviceNarratives } from "@/db/schema";
import { monthLabel } from "@/lib/format";
import { latestFigureLoad } from "@/lib/queries/approvals";
import { requireAuthority } from "@/lib/queries/authority";
import { defineAction } from "../define-action";
import { month } from "../fields";
import { ActionRefusal } from "../result";

const MAX_NARRATIVE = 20_000;

const saveNarrativeInput = z.object({
  serviceKey: z.string({ error: "Service area is required" }).min(1, "Service area is required").max(64, "Service area is at most 64 characters"),
  period: month,
  body: z.string({ error: "The narrative must be text" }).max(MAX_NARRATIVE, `The narrative must be at most ${MAX_NARRATIVE} characters`).optional().default(""),
  expectedVersion: z.coerce.number({ error: "Version must be a number" }).int("Version must be a whole number").min(0, "Version cannot be negative"),
  /** "No narrative this month": said explicitly, so the scorecard can be approved without one */
  none: z.boolean({ error: "No narrative this month must be true or false" }).optional().default(false),
});

export interface SavedNarrative {
  version: number;
  body: string;
  none: boolean;
}

export const saveNarrative = defineAction({
  permission: "scorecard.approve",
  input: saveNarrativeInput,
  load: async (db, input) => {
    const [row] = await db
      .select({ key: serviceAreas.key, name: serviceAreas.name, closedAt: reportingPeriods.closedAt })
      .from(serviceAreas)
      .innerJoin(reportingPeriods, eq(reportingPeriods.period, input.period))
      .where(eq(serviceAreas.key, input.serviceKey));
    return row ? { resource: { serviceKey: row.key }, loaded: row } : null;
  },
  notFoundMessage: "There is no such service area, or no figures have been loaded for that month.",
  handler: async ({ tx, actor, input, loaded }) => {
    const label = `${loaded.name} for ${monthLabel(input.period)}`;
    if (loaded.closedAt) throw new ActionRefusal("invalid_state", `${monthLabel(input.period)} is closed, so its narrative cannot change.`);
    const [approval] = await tx
      .select({
        revised: sql<boolean>`coalesce((${latestFigureLoad(scorecardApprovals.serviceKey, input.period)})::timestamptz > ${scorecardApprovals.figuresLoadedAt}, false)`,
      })
      .from(scorecardApprovals)
      .where(and(eq(scorecardApprovals.serviceKey, input.serviceKey), eq(scorecardApprovals.period, input.period)));
    if (approval && !approval.revised) {
      throw new ActionRefusal("invalid_state", `The ${label} scorecard is approved, and its narrative with it: it cannot change now.`);
    }
    const authority = await requireAuthority({ db: tx });
    const [before] = await tx
      .select()
      .from(serviceNarratives)
      .where(and(eq(serviceNarratives.serviceKey, input.serviceKey), eq(serviceNarratives.period, input.period)));
    if ((before?.version ?? 0) !== input.expectedVersion) {
      throw new ActionRefusal("conflict", `Someone else changed this narrative while you were working (it is now at version ${before?.version ?? 0}). Reload the page, then make your change again.`);
    }
    const body = input.none ? "" : input.body;
    if (!input.none && !body.trim()) {
      throw new ActionRefusal("invalid", "Write the narrative, or choose \"No narrative this month\".", undefined, "body");
    }
    const now = new Date();
    const [after] = before
      ? await tx
          .update(serviceNarratives)
          .set({ body, noNarrative: input.none, version: before.version + 1, updatedBy: actor.id, updatedAt: now })
          .where(and(eq(serviceNarratives.id, before.id), eq(serviceNarratives.version, input.expectedVersion)))
          .returning()
      : await tx
          .insert(serviceNarratives)
          .values({ authorityId: authority.id, serviceKey: input.serviceKey, period: input.period, body, noNarrative: input.none, version: 1, updatedBy: actor.id, updatedAt: now })
          .onConflictDoNothing()
          .returning();
    if (!after) throw new ActionRefusal("conflict", "Someone else changed this narrative at the same moment. Reload the page, then make your change again.");
    const data: SavedNarrative = { version: after.version, body: after.body, none: after.noNarrative };
    return {
      data,
      audit: [
        {
          action: "narrative.save",
          entityType: "service_narrative",
          entityId: String(after.id),
          summary: after.noNarrative ? `Said there is no ${label} narrative this month (version ${after.version})` : `Saved the ${label} narrative (version ${after.version})`,
          before: before ? { version: before.version, characters: before.body.length, none: before.noNarrative } : null,
          after: { version: after.version, characters: after.body.length, none: after.noNarrative },
        },
      ],
    };
  },
});
