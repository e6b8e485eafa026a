import "server-only";
// The cohort catalogue (/admin/cohorts): a cohort's start month and the word
// for being in the group, and its outcomes' names and order. The import adds
// cohorts and outcomes; their words and order are the council's, and every
// flow and table of a cohort follows them. Audited.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { cohortOutcomes, cohorts } from "@/db/schema";
import { defineAction } from "../define-action";
import { id, month } from "../fields";
import { ActionRefusal } from "../result";

const label = z.string({ error: "Give the name" }).trim().min(1, "Give the name").max(80, "The name must be at most 80 characters");

async function loadOutcome(db: Parameters<Parameters<typeof defineAction>[0]["load"]>[0], input: { id: number }) {
  const [item] = await db.select({ id: cohortOutcomes.id, label: cohortOutcomes.label, indicatorId: cohortOutcomes.indicatorId }).from(cohortOutcomes).where(eq(cohortOutcomes.id, input.id));
  return item ? { resource: {}, loaded: item } : null;
}

export const renameCohortOutcome = defineAction({
  permission: "catalogue.manage",
  input: z.object({ id: id("Outcome"), label }),
  load: loadOutcome,
  notFoundMessage: "That outcome could not be found.",
  handler: async ({ tx, input, loaded }) => {
    if (loaded.label === input.label) return { data: { changed: false }, audit: [] };
    await tx.update(cohortOutcomes).set({ label: input.label }).where(eq(cohortOutcomes.id, input.id));
    return {
      data: { changed: true },
      audit: [{ action: "cohort.outcome_rename", entityType: "cohort_outcome", entityId: String(input.id), summary: `Renamed the outcome "${loaded.label}" to "${input.label}"`, before: { label: loaded.label }, after: { label: input.label } }],
    };
  },
});

export const moveCohortOutcome = defineAction({
  permission: "catalogue.manage",
  input: z.object({ id: id("Outcome"), direction: z.enum(["up", "down"], { error: "Move it up or down" }) }),
  load: loadOutcome,
  notFoundMessage: "That outcome could not be found.",
  handler: async ({ tx, input, loaded }) => {
    const order = (
      await tx.select({ id: cohortOutcomes.id }).from(cohortOutcomes).where(eq(cohortOutcomes.indicatorId, loaded.indicatorId)).orderBy(asc(cohortOutcomes.sortOrder), asc(cohortOutcomes.id))
    ).map((r) => r.id);
    const at = order.indexOf(input.id);
    const to = input.direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= order.length) throw new ActionRefusal("invalid_state", `${loaded.label} is already ${input.direction === "up" ? "first" : "last"}.`);
    [order[at], order[to]] = [order[to], order[at]];
    // numbered afresh 1…n, so the order is whole whatever it was before
    for (const [i, itemId] of order.entries()) await tx.update(cohortOutcomes).set({ sortOrder: i + 1 }).where(eq(cohortOutcomes.id, itemId));
    return {
      data: { place: to + 1 },
      audit: [{ action: "cohort.outcome_move", entityType: "cohort_outcome", entityId: String(input.id), summary: `Moved the outcome "${loaded.label}" ${input.direction} to place ${to + 1}`, before: { place: at + 1 }, after: { place: to + 1 } }],
    };
  },
});

export const updateCohort = defineAction({
  permission: "catalogue.manage",
  input: z.object({
    indicatorId: id("Cohort"),
    startMonth: month,
    memberWord: z.string({ error: "Give the word for being in the group" }).trim().min(1, "Give the word for being in the group").max(40, "The word must be at most 40 characters"),
  }),
  load: async (db, input) => {
    const [row] = await db.select().from(cohorts).where(eq(cohorts.indicatorId, input.indicatorId));
    return row ? { resource: {}, loaded: row } : null;
  },
  notFoundMessage: "That cohort could not be found.",
  handler: async ({ tx, input, loaded }) => {
    if (loaded.startMonth === input.startMonth && loaded.memberWord === input.memberWord) return { data: { changed: false }, audit: [] };
    await tx.update(cohorts).set({ startMonth: input.startMonth, memberWord: input.memberWord }).where(eq(cohorts.indicatorId, input.indicatorId));
    return {
      data: { changed: true },
      audit: [
        {
          action: "cohort.update",
          entityType: "cohort",
          entityId: String(input.indicatorId),
          summary: `Set the cohort's start to ${input.startMonth} and its members' word to "${input.memberWord}"`,
          before: { startMonth: loaded.startMonth, memberWord: loaded.memberWord },
          after: { startMonth: input.startMonth, memberWord: input.memberWord },
        },
      ],
    };
  },
});
