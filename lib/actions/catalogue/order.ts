import "server-only";
// Retiring an indicator (it leaves the scorecards, commentary and approvals
// from a month on; its figures and history stay) and its order within its
// service area.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { indicators } from "@/db/schema";
import { monthLabel } from "@/lib/format";
import { defineAction } from "../define-action";
import { id, month } from "../fields";
import { ActionRefusal } from "../result";
import { loadIndicator } from "./core";
import { auditEntry } from "@/lib/audit/append";

export const retireIndicator = defineAction({
  permission: "catalogue.manage",
  input: z.object({ indicatorId: id("Indicator"), from: month }),
  load: (db, input) => loadIndicator(db, input.indicatorId),
  notFoundMessage: "That indicator could not be found.",
  handler: async ({ tx, input, loaded: indicator }) => {
    if (indicator.retiredFrom) throw new ActionRefusal("invalid_state", `${indicator.code} is already retired.`);
    await tx.update(indicators).set({ retiredFrom: input.from, updatedAt: new Date() }).where(eq(indicators.id, indicator.id));
    return {
      data: { code: indicator.code, from: input.from },
      audit: [
        auditEntry("indicator.retire", ["indicator", indicator.id], `Retired ${indicator.code} "${indicator.title}" from ${monthLabel(input.from)}: its history stays`, {
          after: { retiredFrom: input.from },
        }),
      ],
    };
  },
});

export const restoreIndicator = defineAction({
  permission: "catalogue.manage",
  input: z.object({ indicatorId: id("Indicator") }),
  load: (db, input) => loadIndicator(db, input.indicatorId),
  notFoundMessage: "That indicator could not be found.",
  handler: async ({ tx, loaded: indicator }) => {
    if (!indicator.retiredFrom) throw new ActionRefusal("invalid_state", `${indicator.code} is not retired.`);
    await tx.update(indicators).set({ retiredFrom: null, updatedAt: new Date() }).where(eq(indicators.id, indicator.id));
    return {
      data: { code: indicator.code },
      audit: [{ action: "indicator.restore", entityType: "indicator", entityId: String(indicator.id), summary: `Brought ${indicator.code} back into use`, before: { retiredFrom: indicator.retiredFrom } }],
    };
  },
});

export const moveIndicator = defineAction({
  permission: "catalogue.manage",
  input: z.object({ indicatorId: id("Indicator"), direction: z.enum(["up", "down"], { error: "Move it up or down" }) }),
  load: (db, input) => loadIndicator(db, input.indicatorId),
  notFoundMessage: "That indicator could not be found.",
  handler: async ({ tx, input, loaded: indicator }) => {
    const order = await tx
      .select({ id: indicators.id, code: indicators.code })
      .from(indicators)
      .where(eq(indicators.serviceKey, indicator.serviceKey))
      .orderBy(asc(indicators.sortOrder), asc(indicators.code));
    const at = order.findIndex((o) => o.id === indicator.id);
    const to = input.direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= order.length) {
      throw new ActionRefusal("invalid_state", `${indicator.code} is already ${input.direction === "up" ? "first" : "last"} in its service area.`);
    }
    [order[at], order[to]] = [order[to], order[at]];
    // Renumbered 1…n in the new order, so ties left by earlier loads are settled too.
    for (const [i, o] of order.entries()) await tx.update(indicators).set({ sortOrder: i + 1 }).where(eq(indicators.id, o.id));
    return {
      data: { code: indicator.code },
      audit: [
        auditEntry("indicator.reorder", ["indicator", indicator.id], `Moved ${indicator.code} ${input.direction} in ${indicator.serviceKey}: now after ${to > 0 ? order[to - 1].code : "nothing (first)"}`, {
          before: { position: at + 1 },
          after: { position: to + 1 },
        }),
      ],
    };
  },
});
