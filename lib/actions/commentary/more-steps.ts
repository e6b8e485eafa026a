// Two more commentary steps (docs/domain.md's monthly cycle), through the one
// wrapper like the rest (./core.ts): a writer withdrawing a submission back to
// a draft, and a manager marking several indicators "No commentary needed"
// with one reason, all or nothing.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { indicators, reportingPeriods } from "@/db/schema";
import { defineAction } from "../define-action";
import { id, month, requiredText } from "../fields";
import { ActionRefusal } from "../result";
import { target } from "./inputs";
import { commentaryStep, writeStep } from "./step";
import { commentaryAudit, describe, targetIndicatorColumns, savedCommentary, writeCommentary, type CommentaryTarget, type WriteOutcome } from "./store";

const withdrawInput = z.object(target);

/** A writer takes a submitted commentary back to a draft (until a manager approves it). */
export const withdrawCommentary = commentaryStep("commentary.write", withdrawInput, async (step) => {
  const { input, loaded } = step;
  const outcome = await writeStep(step, "withdraw", {
    expectedVersion: input.expectedVersion,
    actorWritesBody: false,
    extra: { submittedAt: null },
  });
  return {
    data: savedCommentary(outcome),
    audit: [commentaryAudit("commentary.withdraw", `Withdrew ${describe(loaded)} from approval (back to a draft)`, outcome)],
  };
});

/** At most this many indicators in one "No commentary needed" (a big scorecard has ~60). */
const MAX_BULK = 200;

const bulkNotNeededInput = z.object({
  serviceKey: z.string({ error: "Service area is required" }).min(1, "Service area is required").max(64, "Service area is at most 64 characters"),
  period: month,
  items: z
    .array(
      z.object({
        indicatorId: id("Indicator"),
        expectedVersion: target.expectedVersion,
      }),
      { error: "Choose the indicators" },
    )
    .min(1, "Choose at least one indicator")
    .max(MAX_BULK, `Choose at most ${MAX_BULK} indicators at once`),
  reason: requiredText("A reason is required when no commentary is needed", 2000, "The reason must be at most 2000 characters"),
});

export interface BulkNotNeededResult {
  marked: string[];
}

/**
 * A manager marks several of a service's indicators as needing no commentary
 * this month, with one reason. Every indicator goes through the same
 * conditional write as one at a time; if any cannot (someone changed it,
 * it is already approved), nothing is written and the refusal names it.
 */
export const markNoCommentaryNeededBulk = defineAction({
  permission: "commentary.approve",
  input: bulkNotNeededInput,
  load: async (db, input) => {
    const ids = [...new Set(input.items.map((i) => i.indicatorId))];
    const [rows, [opened]] = await Promise.all([
      db
        .select(targetIndicatorColumns)
        .from(indicators)
        .where(and(inArray(indicators.id, ids), eq(indicators.serviceKey, input.serviceKey))),
      db.select({ period: reportingPeriods.period }).from(reportingPeriods).where(eq(reportingPeriods.period, input.period)),
    ]);
    // every indicator chosen must be the service's, in a month with figures
    if (!opened || rows.length !== ids.length) return null;
    return { resource: { serviceKey: input.serviceKey }, loaded: rows };
  },
  notFoundMessage: "Some of those indicators are not in this service area, or the month is not open for commentary.",
  handler: async ({ tx, actor, input, loaded }) => {
    const byId = new Map(loaded.map((i) => [i.id, i]));
    const marked: string[] = [];
    const audits = [];
    for (const item of input.items) {
      const target: CommentaryTarget = { indicator: byId.get(item.indicatorId)!, period: input.period };
      let outcome: WriteOutcome;
      try {
        outcome = await writeCommentary({
          tx,
          actor,
          target,
          step: "not_needed",
          expectedVersion: item.expectedVersion,
          actorWritesBody: false,
          extra: { reviewerId: actor.id, reviewedAt: new Date(), notNeededReason: input.reason },
        });
      } catch (error) {
        // name the indicator the refusal is about; nothing else is written
        if (error instanceof ActionRefusal) {
          throw new ActionRefusal(error.code, `${target.indicator.code}: ${error.message} Nothing was marked.`, error.details);
        }
        throw error;
      }
      marked.push(target.indicator.code);
      audits.push(
        commentaryAudit("commentary.not_needed", `Marked ${describe(target)} as needing no commentary: ${input.reason}`, outcome, {
          reason: input.reason,
          bulk: true,
        }),
      );
    }
    const data: BulkNotNeededResult = { marked };
    return { data, audit: audits };
  },
});
