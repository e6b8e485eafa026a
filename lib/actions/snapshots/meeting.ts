import "server-only";
// The board's response to a published paper: a member's question on an
// indicator (to its owner and the service's managers), the answer, and the
// board's resolution. Each is a core behind defineAction.
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicators, snapshotQuestions, snapshotResolutions, snapshotRows, snapshots } from "@/db/schema";
import { managersOf } from "@/lib/queries/recipients";
import { paperServiceKeys } from "@/lib/queries/paper-scope";
import { defineAction } from "../define-action";
import { answerQuestionInput, askQuestionInput, recordResolutionInput } from "./inputs";

async function publishedSnapshot(db: Executor, id: number) {
  const [found] = await db.select().from(snapshots).where(eq(snapshots.id, id));
  return found && found.status !== "draft" ? found : null;
}

export const askQuestion = defineAction({
  permission: "question.ask",
  input: askQuestionInput,
  load: async (db, input) => {
    const snapshot = await publishedSnapshot(db, input.snapshotId);
    if (!snapshot) return null;
    const [row] = await db
      .select({ code: snapshotRows.indicatorCode })
      .from(snapshotRows)
      .where(and(eq(snapshotRows.snapshotId, snapshot.id), eq(snapshotRows.indicatorCode, input.indicatorCode)));
    return row ? { resource: { boardId: snapshot.boardId }, loaded: snapshot } : null;
  },
  notFoundMessage: "That paper or indicator could not be found.",
  handler: async ({ tx, actor, input, loaded }) => {
    const [question] = await tx
      .insert(snapshotQuestions)
      .values({ snapshotId: input.snapshotId, indicatorCode: input.indicatorCode, askedBy: actor.id, body: input.body })
      .returning({ id: snapshotQuestions.id });
    // The indicator's owner answers; the managers of its service area hear of it too.
    const [row] = await tx
      .select({ serviceKey: snapshotRows.serviceKey, ownerId: indicators.ownerId })
      .from(snapshotRows)
      .leftJoin(indicators, eq(indicators.code, snapshotRows.indicatorCode))
      .where(and(eq(snapshotRows.snapshotId, input.snapshotId), eq(snapshotRows.indicatorCode, input.indicatorCode)));
    return {
      data: { id: question.id },
      notify: [
        {
          userIds: await managersOf({ db: tx, serviceKey: row.serviceKey, ownerId: row.ownerId }),
          kind: "snapshot.question",
          message: `A board member asked about ${input.indicatorCode} in "${loaded.title}"`,
          link: `/snapshots/${input.snapshotId}`,
        },
      ],
      audit: [
        {
          action: "snapshot.question",
          entityType: "snapshot_question",
          entityId: String(question.id),
          summary: `Question on ${input.indicatorCode} in snapshot ${input.snapshotId}`,
          after: { body: input.body },
        },
      ],
    };
  },
});

export const answerQuestion = defineAction({
  permission: "question.answer",
  input: answerQuestionInput,
  load: async (db, input) => {
    const [found] = await db
      .select({ question: snapshotQuestions, serviceKey: snapshotRows.serviceKey, ownerId: indicators.ownerId })
      .from(snapshotQuestions)
      .innerJoin(snapshotRows, and(eq(snapshotRows.snapshotId, snapshotQuestions.snapshotId), eq(snapshotRows.indicatorCode, snapshotQuestions.indicatorCode)))
      .leftJoin(indicators, eq(indicators.code, snapshotQuestions.indicatorCode))
      .where(eq(snapshotQuestions.id, input.questionId));
    return found ? { resource: { serviceKey: found.serviceKey, ownerId: found.ownerId }, loaded: found.question } : null;
  },
  notFoundMessage: "That question could not be found.",
  handler: async ({ tx, actor, input, loaded }) => {
    const [updated] = await tx
      .update(snapshotQuestions)
      .set({ answer: input.answer, answeredBy: actor.id, answeredAt: new Date() })
      .where(eq(snapshotQuestions.id, loaded.id))
      .returning({ id: snapshotQuestions.id });
    return {
      data: { id: updated.id },
      notify: [
        {
          userIds: [loaded.askedBy],
          kind: "snapshot.answer",
          message: `Your question on ${loaded.indicatorCode} has been answered`,
          link: `/snapshots/${loaded.snapshotId}`,
        },
      ],
      audit: [
        {
          action: "snapshot.answer",
          entityType: "snapshot_question",
          entityId: String(updated.id),
          summary: `Answered the question on ${loaded.indicatorCode}`,
          before: { answer: loaded.answer },
          after: { answer: input.answer },
        },
      ],
    };
  },
});

export const recordResolution = defineAction({
  permission: "snapshot.publish",
  input: recordResolutionInput,
  load: async (db, input) => {
    const snapshot = await publishedSnapshot(db, input.snapshotId);
    return snapshot ? { resource: { boardId: snapshot.boardId, serviceKeys: await paperServiceKeys({ db, snapshotId: snapshot.id }) }, loaded: snapshot } : null;
  },
  notFoundMessage: "That paper has not been published.",
  handler: async ({ tx, actor, input }) => {
    const [resolution] = await tx
      .insert(snapshotResolutions)
      .values({ snapshotId: input.snapshotId, body: input.body, recordedBy: actor.id })
      .returning({ id: snapshotResolutions.id });
    return {
      data: { id: resolution.id },
      audit: [
        {
          action: "snapshot.resolution",
          entityType: "snapshot",
          entityId: String(input.snapshotId),
          summary: `Recorded the board's resolution: ${input.body.slice(0, 120)}`,
        },
      ],
    };
  },
});
