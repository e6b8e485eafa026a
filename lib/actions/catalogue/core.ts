import "server-only";
// The indicator catalogue in the browser (/admin/indicators): edit every
// field of an indicator, its formula included (./formula.ts checks it and the
// stored figures are worked out again in the same transaction). Retiring and
// reordering are in ./order.ts. The scorecards read the catalogue afresh (the
// data version moves on), so a change of bands shows on the next page view;
// published papers keep theirs.
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { indicators, users } from "@/db/schema";
import { bandProblems } from "@/lib/figures/band-checks";
import { findPartOfCycle } from "@/lib/figures/relations";
import { recomputeFormulaValues } from "@/lib/import/formulas";
import { bandSetInForce } from "@/lib/figures/band-sets";
import { monthLabel } from "@/lib/format";
import { bandSetsOf } from "@/lib/queries/band-sets";
import { requireServiceAreas } from "../service-areas/check";
import { defaultEffectiveFrom, saveBandSet } from "./band-sets";
import { defineAction } from "../define-action";
import { id, month } from "../fields";
import { ActionRefusal } from "../result";
import { formulaChange } from "./formula";
import { indicatorFields } from "./inputs";
import { auditEntry } from "@/lib/audit/append";

export async function loadIndicator(db: Executor, indicatorId: number) {
  const [row] = await db.select().from(indicators).where(eq(indicators.id, indicatorId));
  return row ? { resource: { serviceKey: row.serviceKey, indicatorId: row.id }, loaded: row } : null;
}

const FIELDS = ["code", "title", "serviceKey", "polarity", "unit", "aggregation", "decimals", "frequency", "basis", "outcome", "definition", "ownerId", "reporterId", "councilPlan", "partOf", "formula"] as const;
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
  handler: async ({ tx, actor, input, loaded: before }) => {
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
    if (input.partOf) await checkPartOf(tx, before.id, input.code, input.partOf);
    const formula = await formulaChange(tx, before, input);
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
      formula: formula.text,
      code: input.code,
      title: input.title,
      serviceKey: input.service,
      polarity: input.polarity,
      unit: input.unit,
      aggregation: input.aggregation,
      decimals: input.decimals,
      frequency: input.frequency,
      basis: input.basis ?? before.basis,
      outcome: input.outcome,
      definition: input.definition,
      ownerId: input.ownerId,
      reporterId: input.reporterId,
      councilPlan: input.councilPlan,
      partOf: input.partOf,
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
    if (formula.recompute) await recomputeFormulaValues(tx, { actorId: actor.id });
    // a set from that month: earlier months keep theirs (the trigger mirrors the newest onto the indicator)
    if (bandsChanged.length) await saveBandSet(tx, before.id, bandsFrom, bandsAfter);
    const bandNote = bandsChanged.length ? ` (bands and target from ${monthLabel(bandsFrom)})` : "";
    return {
      data: { code: after.code, changed },
      audit: [
        auditEntry("indicator.update", ["indicator", before.id], `Changed ${before.code} "${before.title}": ${changed.join(", ")}${bandNote}`, {
          before: { ...Object.fromEntries(fieldsChanged.map((f) => [f, before[f]])), ...Object.fromEntries(bandsChanged.map((f) => [f, inForce[f]])) },
          after: { ...Object.fromEntries(fieldsChanged.map((f) => [f, after[f]])), ...Object.fromEntries(bandsChanged.map((f) => [f, bandsAfter[f]])), ...(bandsChanged.length ? { bandsFrom } : {}) },
        }),
      ],
    };
  },
});

/** The count an indicator is declared part of must be another count indicator, and parts must not be parts of each other in a circle. */
async function checkPartOf(tx: Executor, indicatorId: number, code: string, partOf: string): Promise<void> {
  const catalogue = await tx.select({ id: indicators.id, code: indicators.code, unit: indicators.unit, partOf: indicators.partOf }).from(indicators);
  const whole = catalogue.find((c) => c.code === partOf);
  const refuse = (message: string) => {
    throw new ActionRefusal("invalid", message, undefined, "partOf");
  };
  if (!whole) refuse(`${partOf} is not an indicator code: choose the count this indicator is a part of from the list.`);
  if (whole!.id === indicatorId) refuse("An indicator cannot be a part of itself.");
  if (whole!.unit !== "count") refuse(`${partOf} is not a count: a part is a subset or a share of a count.`);
  const graph = new Map(catalogue.map((c) => [c.id === indicatorId ? code : c.code, c.id === indicatorId ? partOf : c.partOf]));
  const cycle = findPartOfCycle(graph);
  if (cycle) refuse(`That would make the indicators parts of each other in a circle: ${cycle.join(" → ")}.`);
}

/** The position after the last indicator of a service (an indicator moved there goes to the end). */
async function lastInService(tx: Executor, serviceKey: string): Promise<number> {
  const rows = await tx.select({ sortOrder: indicators.sortOrder }).from(indicators).where(eq(indicators.serviceKey, serviceKey));
  return rows.reduce((max, r) => Math.max(max, r.sortOrder), 0) + 1;
}
