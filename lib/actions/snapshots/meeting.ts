import "server-only";
// The board's response to a published paper: a member's question on an
// indicator (to its owner and the service's managers), the answer, and the
// board's resolution. Each is a core behind defineAction.
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicators, snapshotQuestions, snapshotResolutions, snapshotRows, snapshots, users } from "@/db/schema";
import { ACTION_STATUS_TEXT } from "@/lib/figures/vocabulary";
import { managersOf } from "@/lib/queries/recipients";
import { paperServiceKeys } from "@/lib/queries/paper-scope";
import { defineAction } from "../define-action";
import { ActionRefusal } from "../result";
import { answerQuestionInput, askQuestionInput, recordResolutionInput, updateActionStatusInput } from "./inputs";
import { auditEntry } from "@/lib/audit/append";

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
      audit: [auditEntry("snapshot.question", ["snapshot_question", question.id], `Question on ${input.indicatorCode} in snapshot ${input.snapshotId}`, { after: { body: input.body } })],
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
        auditEntry("snapshot.answer", ["snapshot_question", updated.id], `Answered the question on ${loaded.indicatorCode}`, {
          before: { answer: loaded.answer },
          after: { answer: input.answer },
        }),
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
  handler: async ({ tx, actor, input, loaded }) => {
    const isAction = input.kind === "action";
    if (isAction) {
      const [owner] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.ownerId!), isNull(users.disabledAt)));
      if (!owner) throw new ActionRefusal("invalid", "That person cannot be given an action: choose someone from the list.", undefined, "ownerId");
    }
    const [resolution] = await tx
      .insert(snapshotResolutions)
      .values({
        snapshotId: input.snapshotId,
        kind: input.kind,
        body: input.body,
        recordedBy: actor.id,
        ownerId: isAction ? input.ownerId : null,
        dueDate: isAction ? input.dueDate : null,
        status: isAction ? "open" : null,
      })
      .returning({ id: snapshotResolutions.id });
    return {
      data: { id: resolution.id },
      notify: isAction
        ? [
            {
              userIds: [input.ownerId!],
              kind: "snapshot.action",
              message: `${loaded.title}: the board gave you an action, due ${input.dueDate}: ${input.body.slice(0, 160)}`,
              link: `/snapshots/${input.snapshotId}#resolution`,
            },
          ]
        : [],
      audit: [
        auditEntry("snapshot.resolution", ["snapshot", input.snapshotId], `Recorded the board's resolution (${input.kind}): ${input.body.slice(0, 120)}`, {
          after: { id: resolution.id, kind: input.kind, body: input.body, ownerId: input.ownerId ?? null, dueDate: input.dueDate ?? null },
        }),
      ],
    };
  },
});

/** An action from a board meeting moves on: its owner, or whoever may publish the paper, sets its status. */
export const updateActionStatus = defineAction({
  permission: "action.progress",
  input: updateActionStatusInput,
  load: async (db, input) => {
    const [found] = await db
      .select({ item: snapshotResolutions, boardId: snapshots.boardId, title: snapshots.title })
      .from(snapshotResolutions)
      .innerJoin(snapshots, eq(snapshots.id, snapshotResolutions.snapshotId))
      .where(and(eq(snapshotResolutions.id, input.itemId), eq(snapshotResolutions.snapshotId, input.snapshotId), eq(snapshotResolutions.kind, "action")));
    if (!found) return null;
    return {
      resource: { ownerId: found.item.ownerId, boardId: found.boardId, serviceKeys: await paperServiceKeys({ db, snapshotId: input.snapshotId }) },
      loaded: found,
    };
  },
  notFoundMessage: "That action could not be found.",
  handler: async ({ tx, actor, input, loaded }) => {
    const [updated] = await tx
      .update(snapshotResolutions)
      .set({ status: input.status, statusUpdatedAt: new Date() })
      .where(eq(snapshotResolutions.id, loaded.item.id))
      .returning({ id: snapshotResolutions.id });
    const owner = loaded.item.ownerId;
    return {
      data: { id: updated.id },
      notify:
        owner && owner !== actor.id
          ? [{ userIds: [owner], kind: "snapshot.action", message: `Your action on "${loaded.title}" is now ${ACTION_STATUS_TEXT[input.status].toLowerCase()}`, link: `/snapshots/${input.snapshotId}#resolution` }]
          : [],
      audit: [
        auditEntry("snapshot.action.status", ["snapshot_resolution", updated.id], `Action on snapshot ${input.snapshotId} set to ${input.status}`, {
          before: { status: loaded.item.status },
          after: { status: input.status },
        }),
      ],
    };
  },
});
