import "server-only";
// A theme may name the one breakdown dimension its charts show (the person
// preparing the paper chooses it; blank: every dimension, as before). The
// choice is stored with the draft's highlights and frozen when it is published.
import { inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { breakdownDimensions } from "@/db/schema";
import { ActionRefusal } from "../result";

/** Refuses a dimension that is not in the breakdown catalogue, under the theme's field: nothing is saved. */
export async function requireKnownDimensions(db: Executor, highlights: readonly { dimension?: string }[]): Promise<void> {
  const wanted = [...new Set(highlights.flatMap((h) => (h.dimension ? [h.dimension] : [])))];
  if (wanted.length === 0) return;
  const known = new Set((await db.select({ key: breakdownDimensions.key }).from(breakdownDimensions).where(inArray(breakdownDimensions.key, wanted))).map((d) => d.key));
  const at = highlights.findIndex((h) => h.dimension && !known.has(h.dimension));
  if (at >= 0) {
    throw new ActionRefusal("invalid", `There is no breakdown by "${highlights[at].dimension}": choose one from the list (/admin/breakdowns lists them).`, undefined, `highlights.${at}.dimension`);
  }
}
