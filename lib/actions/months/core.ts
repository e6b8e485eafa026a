// Opening and closing a reporting month to commentary (the admin's
// /admin/months). A month opens when its figures are first loaded
// (lib/import); the performance team closes it once it is reported, and a
// closed month refuses every commentary change (../commentary/store.ts
// assertMonthOpen). Reopening lets commentary change again. Loading years of
// history opens every one of its months, so the open months up to a chosen
// one can be closed in one go.
import "server-only";
import { and, eq, isNotNull, isNull, lte } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { reportingPeriods } from "@/db/schema";
import { monthLabel } from "@/lib/format";
import { requireAuthority } from "@/lib/queries/authority";
import { defineAction } from "../define-action";
import { month } from "../fields";
import { ActionRefusal } from "../result";

const monthInput = z.object({ period: month });

interface MonthChange {
  period: string;
  closedAt: string | null;
}

const NOT_LOADED = "No figures have been loaded for that month, so it has nothing to open or close.";

async function loadMonth(db: Executor, input: { period: string }) {
  const [month] = await db
    .select({ authorityId: reportingPeriods.authorityId, period: reportingPeriods.period, closedAt: reportingPeriods.closedAt })
    .from(reportingPeriods)
    .where(eq(reportingPeriods.period, input.period));
  return month ? { resource: {}, loaded: month } : null;
}

/** Closes a month to commentary: drafts, submissions and approvals stop until it is reopened. */
export const closeMonth = defineAction({
  permission: "months.manage",
  input: monthInput,
  load: loadMonth,
  notFoundMessage: NOT_LOADED,
  handler: async ({ tx, actor, input, loaded }) => {
    const closedAt = new Date();
    // Conditional: waits for commentary changes under way (they share-lock the row), and closes once.
    const [row] = await tx
      .update(reportingPeriods)
      .set({ closedAt, closedBy: actor.id })
      .where(and(eq(reportingPeriods.authorityId, loaded.authorityId), eq(reportingPeriods.period, input.period), isNull(reportingPeriods.closedAt)))
      .returning({ closedAt: reportingPeriods.closedAt });
    if (!row) throw new ActionRefusal("invalid_state", `${monthLabel(input.period)} is already closed to commentary.`);
    const data: MonthChange = { period: input.period, closedAt: new Date(row.closedAt!).toISOString() };
    return {
      data,
      audit: [
        {
          action: "month.close",
          entityType: "reporting_period",
          entityId: input.period,
          summary: `Closed ${monthLabel(input.period)} to commentary`,
          before: { closedAt: null },
          after: { closedAt: closedAt.toISOString() },
        },
      ],
    };
  },
});

/** Reopens a closed month: its commentary can be written, submitted and approved again. */
export const reopenMonth = defineAction({
  permission: "months.manage",
  input: monthInput,
  load: loadMonth,
  notFoundMessage: NOT_LOADED,
  handler: async ({ tx, input, loaded }) => {
    const [row] = await tx
      .update(reportingPeriods)
      .set({ closedAt: null, closedBy: null })
      .where(and(eq(reportingPeriods.authorityId, loaded.authorityId), eq(reportingPeriods.period, input.period), isNotNull(reportingPeriods.closedAt)))
      .returning({ period: reportingPeriods.period });
    if (!row) throw new ActionRefusal("invalid_state", `${monthLabel(input.period)} is already open for commentary.`);
    const data: MonthChange = { period: input.period, closedAt: null };
    return {
      data,
      audit: [
        {
          action: "month.reopen",
          entityType: "reporting_period",
          entityId: input.period,
          summary: `Reopened ${monthLabel(input.period)} for commentary`,
          before: { closedAt: loaded.closedAt ? new Date(loaded.closedAt).toISOString() : null },
          after: { closedAt: null },
        },
      ],
    };
  },
});

/** Closes every month still open up to and including `through` (e.g. the history a first load opened). */
export const closeOpenMonthsThrough = defineAction({
  permission: "months.manage",
  input: z.object({ through: month }),
  load: async (db) => ({ resource: {}, loaded: await requireAuthority({ db }) }),
  handler: async ({ tx, actor, input, loaded }) => {
    const closedAt = new Date();
    const rows = await tx
      .update(reportingPeriods)
      .set({ closedAt, closedBy: actor.id })
      .where(and(eq(reportingPeriods.authorityId, loaded.id), isNull(reportingPeriods.closedAt), lte(reportingPeriods.period, input.through)))
      .returning({ period: reportingPeriods.period });
    if (rows.length === 0) throw new ActionRefusal("invalid_state", `No month up to ${monthLabel(input.through)} is open for commentary.`, undefined, "through");
    const periods = rows.map((r) => r.period).sort();
    return {
      data: { periods },
      audit: periods.map((period) => ({
        action: "month.close",
        entityType: "reporting_period",
        entityId: period,
        summary: `Closed ${monthLabel(period)} to commentary (with every open month up to ${monthLabel(input.through)})`,
        before: { closedAt: null },
        after: { closedAt: closedAt.toISOString() },
      })),
    };
  },
});
