import "server-only";
// The breakdown catalogue (/admin/breakdowns): rename and reorder dimensions
// and their categories. The import adds them; their words and order are the
// council's, and every chart and table of a breakdown follows them. Audited.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { breakdownCategories, breakdownDimensions } from "@/db/schema";
import { defineAction } from "../define-action";
import { id } from "../fields";
import { ActionRefusal } from "../result";

const kind = z.enum(["dimension", "category"], { error: "Choose a dimension or a category" });
const label = z.string({ error: "Give the name" }).trim().min(1, "Give the name").max(80, "The name must be at most 80 characters");

const tableOf = (k: "dimension" | "category") => (k === "dimension" ? breakdownDimensions : breakdownCategories);

async function loadItem(db: Parameters<Parameters<typeof defineAction>[0]["load"]>[0], input: { kind: "dimension" | "category"; id: number }) {
  const table = tableOf(input.kind);
  const [item] = await db.select({ id: table.id, label: table.label }).from(table).where(eq(table.id, input.id));
  if (!item) return null;
  const dimensionId = input.kind === "category" ? (await db.select({ d: breakdownCategories.dimensionId }).from(breakdownCategories).where(eq(breakdownCategories.id, input.id)))[0].d : null;
  return { resource: {}, loaded: { ...item, dimensionId } };
}

export const renameBreakdownItem = defineAction({
  permission: "catalogue.manage",
  input: z.object({ kind, id: id("Item"), label }),
  load: loadItem,
  notFoundMessage: "That dimension or category could not be found.",
  handler: async ({ tx, input, loaded }) => {
    if (loaded.label === input.label) return { data: { changed: false }, audit: [] };
    const table = tableOf(input.kind);
    await tx.update(table).set({ label: input.label }).where(eq(table.id, input.id));
    return {
      data: { changed: true },
      audit: [{ action: `breakdown.${input.kind}_rename`, entityType: `breakdown_${input.kind}`, entityId: String(input.id), summary: `Renamed the ${input.kind} "${loaded.label}" to "${input.label}"`, before: { label: loaded.label }, after: { label: input.label } }],
    };
  },
});

async function siblings(tx: Tx, k: "dimension" | "category", dimensionId: number | null): Promise<number[]> {
  if (k === "dimension") return (await tx.select({ id: breakdownDimensions.id }).from(breakdownDimensions).orderBy(asc(breakdownDimensions.sortOrder), asc(breakdownDimensions.id))).map((r) => r.id);
  const rows = await tx
    .select({ id: breakdownCategories.id })
    .from(breakdownCategories)
    .where(eq(breakdownCategories.dimensionId, dimensionId!))
    .orderBy(asc(breakdownCategories.sortOrder), asc(breakdownCategories.id));
  return rows.map((r) => r.id);
}

export const moveBreakdownItem = defineAction({
  permission: "catalogue.manage",
  input: z.object({ kind, id: id("Item"), direction: z.enum(["up", "down"], { error: "Move it up or down" }) }),
  load: loadItem,
  notFoundMessage: "That dimension or category could not be found.",
  handler: async ({ tx, input, loaded }) => {
    const order = await siblings(tx, input.kind, loaded.dimensionId);
    const at = order.indexOf(input.id);
    const to = input.direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= order.length) throw new ActionRefusal("invalid_state", `${loaded.label} is already ${input.direction === "up" ? "first" : "last"}.`);
    [order[at], order[to]] = [order[to], order[at]];
    const table = tableOf(input.kind);
    // numbered afresh 1…n, so the order is whole whatever it was before
    for (const [i, itemId] of order.entries()) await tx.update(table).set({ sortOrder: i + 1 }).where(eq(table.id, itemId));
    return {
      data: { place: to + 1 },
      audit: [{ action: `breakdown.${input.kind}_move`, entityType: `breakdown_${input.kind}`, entityId: String(input.id), summary: `Moved the ${input.kind} "${loaded.label}" ${input.direction} to place ${to + 1}`, before: { place: at + 1 }, after: { place: to + 1 } }],
    };
  },
});
