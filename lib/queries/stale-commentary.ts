import "server-only";
// Stale numbers in a month's commentary (lib/commentary/stale-numbers.ts):
// worked out from each figure's revisions and each text's versions, less the
// flags someone dismissed for the figure's current revision. Four queries.
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { commentaries, commentaryStaleDismissals, commentaryVersions, indicators, indicatorValues } from "@/db/schema";
import { bodyWrittenAt, staleFlag, type StaleFlag } from "@/lib/commentary/stale-numbers";

export interface StaleCommentary extends StaleFlag {
  commentaryId: number;
  indicatorId: number;
  code: string;
  serviceKey: string;
  period: string;
}

const iso = (t: Date | string) => new Date(t).toISOString();

/** The month's commentary with a stale number, by indicator id (only those given, when given). */
export async function staleCommentaryFor({ db, period, indicatorIds }: { db: Executor; period: string; indicatorIds?: readonly number[] }): Promise<Map<number, StaleCommentary>> {
  const found = new Map<number, StaleCommentary>();
  if (indicatorIds && indicatorIds.length === 0) return found;
  const notes = await db
    .select({ id: commentaries.id, indicatorId: commentaries.indicatorId, body: commentaries.body, code: indicators.code, serviceKey: indicators.serviceKey })
    .from(commentaries)
    .innerJoin(indicators, eq(indicators.id, commentaries.indicatorId))
    .where(and(eq(commentaries.period, period), ne(commentaries.body, ""), indicatorIds ? inArray(commentaries.indicatorId, [...indicatorIds]) : undefined));
  if (notes.length === 0) return found;
  const ids = notes.map((n) => n.id);
  const [versions, revisions, dismissed] = await Promise.all([
    db.select({ commentaryId: commentaryVersions.commentaryId, body: commentaryVersions.body, createdAt: commentaryVersions.createdAt }).from(commentaryVersions).where(inArray(commentaryVersions.commentaryId, ids)),
    db
      .select({ indicatorId: indicatorValues.indicatorId, revision: indicatorValues.revision, value: indicatorValues.value, loadedAt: indicatorValues.loadedAt })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.period, period), inArray(indicatorValues.indicatorId, notes.map((n) => n.indicatorId)))),
    db.select({ commentaryId: commentaryStaleDismissals.commentaryId, revision: commentaryStaleDismissals.revision }).from(commentaryStaleDismissals).where(inArray(commentaryStaleDismissals.commentaryId, ids)),
  ]);
  const gone = new Set(dismissed.map((d) => `${d.commentaryId}|${d.revision}`));
  for (const note of notes) {
    const own = versions.filter((v) => v.commentaryId === note.id).map((v) => ({ body: v.body, createdAt: iso(v.createdAt) }));
    const figures = revisions.filter((r) => r.indicatorId === note.indicatorId).map((r) => ({ revision: r.revision, value: r.value, loadedAt: iso(r.loadedAt) }));
    const flag = staleFlag(note.body, bodyWrittenAt(note.body, own), figures);
    if (!flag || gone.has(`${note.id}|${flag.revision}`)) continue;
    found.set(note.indicatorId, { ...flag, commentaryId: note.id, indicatorId: note.indicatorId, code: note.code, serviceKey: note.serviceKey, period });
  }
  return found;
}
