import "server-only";
// The indicator catalogue in the browser (/admin/indicators): edit every
// field of an indicator. Retiring and reordering are in ./order.ts. The
// scorecards read the catalogue afresh (the data version moves on), so a
// change of bands shows on the next page view; published papers keep theirs.
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { indicators, users } from "@/db/schema";
import { bandProblems } from "@/lib/figures/band-checks";
import { bandSetInForce } from "@/lib/figures/band-sets";
import { monthLabel } from "@/lib/format";
import { bandSetsOf } from "@/lib/queries/band-sets";
import { requireServiceAreas } from "../service-areas/check";
import { defaultEffectiveFrom, saveBandSet } from "./band-sets";
import { defineAction } from "../define-action";
import { id, month } from "../fields";
import { ActionRefusal } from "../result";
import { indicatorFields } from "./inputs";

export async function loadIndicator(db: Executor, indicatorId: number) {
  const [row] = await db.select().from(indicators).where(eq(indicators.id, indicatorId));
  return row ? { resource: { serviceKey: row.serviceKey, indicatorId: row.id }, loaded: row } : null;
}

const FIELDS = ["code", "title", "serviceKey", "polarity", "unit", "aggregation", "decimals", "frequency", "outcome", "definition", "ownerId", "reporterId", "councilPlan"] as const;
const BAND_FIELDS = ["greenMin", "greenMax", "amberMin", "amberMax", "target"] as const;

export const updateIndicator = defineAction({
  permission: "catalogue.manage",
  input: z.object({
    indicatorId: id("Indicator"),
    ...indicatorFields,
    /** the month the bands and target apply from; blank: they correct the set in force now */
    bandsFrom: z.union([z.literal(""), month]).nullish().transform((v) => v || null),
  }),
  load: (db, input) => loadIndicator(db, input.indicatorId),
  notFoundMessage: "That indicator could not be found.",
  handler: async ({ tx, input, loaded: before }) => {
    if (input.code !== before.code) {
      const [clash] = await tx.select({ id: indicators.id }).from(indicators).where(and(eq(indicators.code, input.code), ne(indicators.id, before.id)));
      if (clash) throw new ActionRefusal("invalid", `Another indicator already has the code ${input.code}.`, undefined, "code");
    }
    // an indicator moves only into an area in use: a retired one takes no new indicators
    if (input.service !== before.serviceKey) await requireServiceAreas(tx, [input.service], { field: "service" });
    const people = [input.ownerId, input.reporterId].filter((p): p is string => !!p);
    if (people.length) {
      const found = await tx.select({ id: users.id }).from(users).where(and(inArray(users.id, people), isNull(users.disabledAt)));
      for (const [field, value] of [["ownerId", input.ownerId], ["reporterId", input.reporterId]] as const) {
        if (value && !found.some((f) => f.id === value)) throw new ActionRefusal("invalid", "Choose an active person from the list.", undefined, field);
      }
    }
    const sets = (await bandSetsOf({ db: tx, indicatorIds: [before.id] })).get(before.id) ?? [];
    const bandsFrom = input.bandsFrom ?? (await defaultEffectiveFrom(tx, before.id));
    // the set the month uses now: unchanged bands from a later month add nothing
    const inForce = bandSetInForce(sets, bandsFrom) ?? before;
    const bandsAfter = { greenMin: input.greenMin, greenMax: input.greenMax, amberMin: input.amberMin, amberMax: input.amberMax, target: input.target };
    const bandsChanged = BAND_FIELDS.filter((f) => bandsAfter[f] !== inForce[f]);
    // the catalogue import's rules (lib/import/validate-indicators.ts), asked of bands being set
    // (and of a change of polarity), so a demo's illustrative set does not block a change of title
    if (bandsChanged.length || input.polarity !== before.polarity) {
      const [problem] = bandProblems(bandsAfter, input.polarity);
      if (problem) throw new ActionRefusal("invalid", problem.message, undefined, problem.field);
    }
    const after = {
      code: input.code,
      title: input.title,
      serviceKey: input.service,
      polarity: input.polarity,
      unit: input.unit,
      aggregation: input.aggregation,
      decimals: input.decimals,
      frequency: input.frequency,
      outcome: input.outcome,
      definition: input.definition,
      ownerId: input.ownerId,
      reporterId: input.reporterId,
      councilPlan: input.councilPlan,
    };
    const fieldsChanged = FIELDS.filter((f) => after[f] !== before[f]);
    const changed: string[] = [...fieldsChanged, ...bandsChanged];
    if (changed.length === 0) return { data: { code: before.code, changed }, audit: [] };
    // Bands an admin sets are the council's own, no longer the demo's illustration.
    const sortOrder = after.serviceKey !== before.serviceKey ? await lastInService(tx, after.serviceKey) : before.sortOrder;
    await tx
      .update(indicators)
      .set({ ...after, sortOrder, ...(bandsChanged.length ? { bandsIllustrative: false } : {}), updatedAt: new Date() })
      .where(eq(indicators.id, before.id));
    // a set from that month: earlier months keep theirs (the trigger mirrors the newest onto the indicator)
    if (bandsChanged.length) await saveBandSet(tx, before.id, bandsFrom, bandsAfter);
    const bandNote = bandsChanged.length ? ` (bands and target from ${monthLabel(bandsFrom)})` : "";
    return {
      data: { code: after.code, changed },
      audit: [
        {
          action: "indicator.update",
          entityType: "indicator",
          entityId: String(before.id),
          summary: `Changed ${before.code} "${before.title}": ${changed.join(", ")}${bandNote}`,
          before: { ...Object.fromEntries(fieldsChanged.map((f) => [f, before[f]])), ...Object.fromEntries(bandsChanged.map((f) => [f, inForce[f]])) },
          after: { ...Object.fromEntries(fieldsChanged.map((f) => [f, after[f]])), ...Object.fromEntries(bandsChanged.map((f) => [f, bandsAfter[f]])), ...(bandsChanged.length ? { bandsFrom } : {}) },
        },
      ],
    };
  },
});

/** The position after the last indicator of a service (an indicator moved there goes to the end). */
async function lastInService(tx: Executor, serviceKey: string): Promise<number> {
  const rows = await tx.select({ sortOrder: indicators.sortOrder }).from(indicators).where(eq(indicators.serviceKey, serviceKey));
  return rows.reduce((max, r) => Math.max(max, r.sortOrder), 0) + 1;
}
