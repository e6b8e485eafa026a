import "server-only";
// The council's service areas (/admin/service-areas): add, rename, reorder,
// retire and bring back. A retired area keeps its indicators, figures and
// history but takes no new indicators. Each change is audited.
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { serviceAreas } from "@/db/schema";
import { auditEntry } from "@/lib/audit/append";
import { defineAction } from "../define-action";
import { ActionRefusal } from "../result";

const key = z
  .string({ error: "Give the area's key" })
  .trim()
  .toLowerCase()
  .min(2, "The key must be at least 2 characters")
  .max(40, "The key must be at most 40 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "The key is lower-case letters and digits joined by hyphens, e.g. youth-justice");
const name = z.string({ error: "Give the area's name" }).trim().min(2, "Give the area's name (at least 2 characters)").max(120, "The name must be at most 120 characters");

async function loadArea(db: Parameters<Parameters<typeof defineAction>[0]["load"]>[0], areaKey: string) {
  const [area] = await db.select().from(serviceAreas).where(eq(serviceAreas.key, areaKey));
  return area ? { resource: {}, loaded: area } : null;
}

export const addServiceArea = defineAction({
  permission: "catalogue.manage",
  input: z.object({ key, name }),
  load: async () => ({ resource: {}, loaded: null }),
  handler: async ({ tx, input }) => {
    const [clash] = await tx.select({ key: serviceAreas.key, name: serviceAreas.name }).from(serviceAreas).where(sql`${serviceAreas.key} = ${input.key} or lower(${serviceAreas.name}) = ${input.name.toLowerCase()}`);
    if (clash?.key === input.key) throw new ActionRefusal("invalid", `There is already a service area with the key ${input.key} (${clash.name}).`, undefined, "key");
    if (clash) throw new ActionRefusal("invalid", `There is already a service area called "${clash.name}".`, undefined, "name");
    const [{ last }] = await tx.select({ last: sql<number>`coalesce(max(${serviceAreas.sortOrder}), 0)::int` }).from(serviceAreas);
    await tx.insert(serviceAreas).values({ key: input.key, name: input.name, sortOrder: last + 1 });
    return {
      data: { key: input.key },
      audit: [{ action: "service_area.add", entityType: "service_area", entityId: input.key, summary: `Added the service area "${input.name}" (${input.key})`, after: { name: input.name } }],
    };
  },
});

export const renameServiceArea = defineAction({
  permission: "catalogue.manage",
  input: z.object({ key: z.string().min(1, "Choose a service area"), name }),
  load: (db, input) => loadArea(db, input.key),
  notFoundMessage: "That service area could not be found.",
  handler: async ({ tx, input, loaded: area }) => {
    if (area.name === input.name) return { data: { key: area.key, changed: false }, audit: [] };
    const [clash] = await tx.select({ key: serviceAreas.key }).from(serviceAreas).where(sql`lower(${serviceAreas.name}) = ${input.name.toLowerCase()} and ${serviceAreas.key} <> ${area.key}`);
    if (clash) throw new ActionRefusal("invalid", `There is already a service area called "${input.name}".`, undefined, "name");
    await tx.update(serviceAreas).set({ name: input.name }).where(eq(serviceAreas.key, area.key));
    return {
      data: { key: area.key, changed: true },
      audit: [{ action: "service_area.rename", entityType: "service_area", entityId: area.key, summary: `Renamed the service area "${area.name}" to "${input.name}"`, before: { name: area.name }, after: { name: input.name } }],
    };
  },
});

export const moveServiceArea = defineAction({
  permission: "catalogue.manage",
  input: z.object({ key: z.string().min(1, "Choose a service area"), direction: z.enum(["up", "down"], { error: "Move it up or down" }) }),
  load: (db, input) => loadArea(db, input.key),
  notFoundMessage: "That service area could not be found.",
  handler: async ({ tx, input, loaded: area }) => {
    const order = await tx.select({ key: serviceAreas.key }).from(serviceAreas).orderBy(asc(serviceAreas.sortOrder), asc(serviceAreas.key));
    const at = order.findIndex((o) => o.key === area.key);
    const to = input.direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= order.length) throw new ActionRefusal("invalid_state", `${area.name} is already ${input.direction === "up" ? "first" : "last"}.`);
    [order[at], order[to]] = [order[to], order[at]];
    // numbered afresh 1…n, so the order is whole whatever it was before
    for (const [i, o] of order.entries()) await tx.update(serviceAreas).set({ sortOrder: i + 1 }).where(eq(serviceAreas.key, o.key));
    return {
      data: { key: area.key },
      audit: [{ action: "service_area.move", entityType: "service_area", entityId: area.key, summary: `Moved the service area "${area.name}" ${input.direction} to place ${to + 1}`, before: { place: at + 1 }, after: { place: to + 1 } }],
    };
  },
});

/**
 * Retiring an area and bringing it back are one step: set `retiredAt` (now)
 * or clear it; refused when the area is already so.
 */
function setAreaRetired(retire: boolean) {
  return defineAction({
    permission: "catalogue.manage",
    input: z.object({ key: z.string().min(1, "Choose a service area") }),
    load: (db, input) => loadArea(db, input.key),
    notFoundMessage: "That service area could not be found.",
    handler: async ({ tx, loaded: area }) => {
      if (Boolean(area.retiredAt) === retire) throw new ActionRefusal("invalid_state", retire ? `${area.name} is already retired.` : `${area.name} is in use.`);
      await tx.update(serviceAreas).set({ retiredAt: retire ? new Date() : null }).where(eq(serviceAreas.key, area.key));
      const audit = retire
        ? auditEntry("service_area.retire", ["service_area", area.key], `Retired the service area "${area.name}": its indicators and history stay; it takes no new indicators`)
        : auditEntry("service_area.restore", ["service_area", area.key], `Brought the service area "${area.name}" back into use`);
      return { data: { key: area.key }, audit: [audit] };
    },
  });
}

export const retireServiceArea = setAreaRetired(true);
export const restoreServiceArea = setAreaRetired(false);
