import "server-only";
// Writing and undoing commentary history brought in from a file. A new
// commentary comes in as version 1 by its author; a changed one is a new
// version (conditional on the version read, as every commentary write is).
// The version each import leaves is recorded, so an undo can tell whether
// anyone has changed the commentary since.
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { commentaries, commentaryVersions } from "@/db/schema";
import type { CurrentCommentary } from "./plan";
import type { CommentaryRecord } from "./records";
import { userIdsFor } from "./store-catalogue";
import { inBatches, recordChanges, undoAdditions, type ChangeRow, type WriteArgs } from "./store-shared";

interface CommentaryState {
  body: string;
  status: CommentaryRecord["status"];
  version: number;
  authorId: string | null;
}

export async function writeCommentary({ tx, plan, idByCode, batchId }: WriteArgs<CommentaryRecord, CurrentCommentary>): Promise<void> {
  const people = await userIdsFor(
    tx,
    plan.items.map((i) => i.record.author),
  );
  const versions: (typeof commentaryVersions.$inferInsert)[] = [];
  const changes: ChangeRow[] = [];
  for (const item of plan.items.filter((i) => i.change === "revised")) {
    const r = item.record;
    const before = item.before!;
    const authorId = people.get(r.author.toLowerCase()) ?? null;
    const [row] = await tx
      .update(commentaries)
      .set({ body: r.body, status: r.status, authorId, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(commentaries.id, before.id), eq(commentaries.version, before.version)))
      .returning({ id: commentaries.id, version: commentaries.version });
    if (!row) throw new Error(`Commentary for ${r.indicator} ${r.period} changed while importing; load the file again.`);
    versions.push({ commentaryId: row.id, version: row.version, body: r.body, status: r.status, authorId, reason: "import" });
    const after: CommentaryState = { body: r.body, status: r.status, version: row.version, authorId };
    const was: CommentaryState = { body: before.body, status: before.status as CommentaryState["status"], version: before.version, authorId: before.authorId };
    changes.push({ row: item.row, targetId: row.id, label: item.label, before: was, after });
  }
  const fresh = plan.items.filter((i) => i.change === "new");
  await inBatches(fresh, async (chunk) => {
    const rows = await tx
      .insert(commentaries)
      .values(
        chunk.map(({ record }) => ({
          indicatorId: idByCode.get(record.indicator)!,
          period: record.period,
          status: record.status,
          body: record.body,
          version: 1,
          authorId: people.get(record.author.toLowerCase()) ?? null,
          submittedAt: record.status === "draft" ? null : new Date(),
          reviewedAt: record.status === "approved" ? new Date() : null,
        })),
      )
      .returning({ id: commentaries.id, indicatorId: commentaries.indicatorId, period: commentaries.period });
    const idOf = new Map(rows.map((row) => [`${row.indicatorId}|${row.period}`, row.id]));
    for (const { record, row, label } of chunk) {
      const authorId = people.get(record.author.toLowerCase()) ?? null;
      const id = idOf.get(`${idByCode.get(record.indicator)}|${record.period}`)!;
      versions.push({ commentaryId: id, version: 1, body: record.body, status: record.status, authorId, reason: "import" });
      changes.push({ row, targetId: id, label, before: null, after: { body: record.body, status: record.status, version: 1, authorId } });
    }
  });
  await inBatches(versions, (chunk) => tx.insert(commentaryVersions).values(chunk));
  await recordChanges(tx, batchId, "commentary", changes);
}

/**
 * New commentaries go (with their versions); changed ones get their earlier
 * body and status back as a new version, so the history still shows both.
 */
export async function undoCommentary(tx: Tx, batchId: number): Promise<number> {
  const { changes, revised } = await undoAdditions(tx, batchId, (chunk) => tx.delete(commentaries).where(inArray(commentaries.id, chunk)));
  for (const c of revised) {
    const before = c.before as CommentaryState;
    const after = c.after as CommentaryState;
    const version = after.version + 1;
    const [row] = await tx
      .update(commentaries)
      .set({ body: before.body, status: before.status, authorId: before.authorId, version, updatedAt: new Date() })
      .where(and(eq(commentaries.id, c.targetId), eq(commentaries.version, after.version)))
      .returning({ id: commentaries.id });
    if (!row) throw new Error("A commentary changed while the import was being undone; try again.");
    await tx.insert(commentaryVersions).values({ commentaryId: c.targetId, version, body: before.body, status: before.status, authorId: before.authorId, reason: "undo import" });
  }
  return changes.length;
}
