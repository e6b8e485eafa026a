import "server-only";
// Whether service area keys an action was given exist (and are in use, where
// something new is being put in them): a clear field message, never a
// foreign-key error.
import { inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { serviceAreas } from "@/db/schema";
import { ActionRefusal } from "../result";

export async function requireServiceAreas(
  tx: Executor,
  keys: readonly string[],
  { field, activeOnly = true }: { field: string; activeOnly?: boolean },
): Promise<void> {
  if (keys.length === 0) return;
  const found = await tx.select({ key: serviceAreas.key, retiredAt: serviceAreas.retiredAt }).from(serviceAreas).where(inArray(serviceAreas.key, [...new Set(keys)]));
  const byKey = new Map(found.map((f) => [f.key, f]));
  for (const key of keys) {
    const area = byKey.get(key);
    if (!area) throw new ActionRefusal("invalid", `There is no service area "${key}". Choose one from the list.`, undefined, field);
    if (activeOnly && area.retiredAt) throw new ActionRefusal("invalid", `The service area "${key}" is retired: choose one in use.`, undefined, field);
  }
}
