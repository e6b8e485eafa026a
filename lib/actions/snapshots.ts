import "server-only";
// Board snapshots: compose a draft, publish it (freezing every figure and word
// in one transaction), issue a correction, and the board's questions, answers
// and resolution. Each is a core behind defineAction: session, policy, zod,
// transaction and audit event in one place.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { SERVICE_KEYS } from "@/db/reference";
import {
  boardMembers,
  boards,
  indicators,
  scorecardApprovals,
  snapshotQuestions,
  snapshotResolutions,
  snapshotRows,
  snapshotServices,
  snapshots,
  userServiceScopes,
} from "@/db/schema";
import { isPeriod } from "@/lib/figures";
import { scorecardFor } from "@/lib/queries/scorecard";
import { frozenRowsFor } from "@/lib/snapshots/freeze";
import { defineAction } from "./define-action";
import { ActionRefusal } from "./result";

export const DEFAULT_THEMES = [
  "Demand",
  "Caseloads",
  "Permanency",
  "Placement stability",
  "Quality and impact",
  "What our children tell us",
] as const;

const period = z.string().refine(isPeriod, { error: "period: give the reporting month as YYYY-MM" });
const meetingDate = z.iso.date({ error: "meetingDate: give the meeting date as YYYY-MM-DD" });

export const snapshotDraftInput = z.object({
  boardId: z.coerce.number({ error: "boardId: choose a board" }).int().positive({ error: "boardId: choose a board" }),
  title: z.string().trim().min(3, { error: "title: give the paper a title" }).max(200, { error: "title: at most 200 characters" }),
  meetingDate,
  period,
  services: z
    .array(z.string().refine((s) => SERVICE_KEYS.includes(s), { error: "services: unknown service area" }))
    .min(1, { error: "services: choose at least one approved service scorecard" }),
  featured: z.array(z.string().trim().min(1)).max(60).default([]),
  highlights: z
    .array(
      z.object({
        theme: z.string().trim().min(1, { error: "highlights: each theme needs a name" }).max(80),
        body: z.string().max(10_000, { error: "highlights: at most 10,000 characters per theme" }),
      }),
    )
    .max(20)
    .default([]),
  childrensVoice: z
    .object({
      quotes: z.array(z.string().trim().min(1).max(1000)).max(30).default([]),
      survey: z
        .array(
          z.object({
            label: z.string().trim().min(1).max(120),
            count: z.coerce.number().int({ error: "survey: counts are whole numbers" }).min(0, { error: "survey: counts cannot be negative" }),
          }),
        )
        .max(20)
        .default([]),
    })
    .default({ quotes: [], survey: [] }),
  publicRelease: z.boolean().default(false),
});
export type SnapshotDraftInput = z.input<typeof snapshotDraftInput>;

/** Refuses unless every chosen service's scorecard is approved for the month. */
async function requireApprovedServices(db: Db, month: string, services: string[]): Promise<void> {
  const approved = await db
    .select({ serviceKey: scorecardApprovals.serviceKey })
    .from(scorecardApprovals)
    .where(and(eq(scorecardApprovals.period, month), inArray(scorecardApprovals.serviceKey, services)));
  const have = new Set(approved.map((a) => a.serviceKey));
  const missing = services.filter((s) => !have.has(s));
  if (missing.length) {
    throw new ActionRefusal(
      "invalid_state",
      `services: these scorecards are not approved for ${month} yet: ${missing.join(", ")}. A board paper covers approved scorecards only.`,
    );
  }
}

export const createSnapshotDraft = defineAction({
  permission: "snapshot.publish",
  input: snapshotDraftInput,
  load: async (db, input) => {
    const [board] = await db.select({ id: boards.id }).from(boards).where(eq(boards.id, input.boardId));
    return board ? { resource: { boardId: board.id }, loaded: null } : null;
  },
  notFoundMessage: "boardId: that board does not exist.",
  handler: async ({ tx, actor, input }) => {
    await requireApprovedServices(tx as unknown as Db, input.period, input.services);
    const [created] = await tx
      .insert(snapshots)
      .values({
        authorityId: (await tx.select({ authorityId: boards.authorityId }).from(boards).where(eq(boards.id, input.boardId)))[0].authorityId,
        boardId: input.boardId,
        title: input.title,
        meetingDate: input.meetingDate,
        period: input.period,
        status: "draft",
        highlights: input.highlights,
        childrensVoice: input.childrensVoice,
        featuredCodes: input.featured,
        publicRelease: input.publicRelease,
        createdBy: actor.id,
      })
      .returning({ id: snapshots.id });
    await tx.insert(snapshotServices).values(input.services.map((serviceKey) => ({ snapshotId: created.id, serviceKey })));
    return {
      data: { id: created.id },
      audit: [
        {
          action: "snapshot.draft",
          entityType: "snapshot",
          entityId: String(created.id),
          summary: `Drafted "${input.title}" for ${input.period} (${input.services.join(", ")})`,
          after: { ...input },
        },
      ],
    };
  },
});

export const publishSnapshotInput = z.object({
  snapshotId: z.coerce.number().int().positive({ error: "snapshotId: which snapshot?" }),
});

/**
 * Publishing copies every figure, derived figure, RAG, judgement, SPC reading,
 * sparkline series and approved commentary into the snapshot's own rows, then
 * marks it published — all in one transaction. The draft row is locked first
 * (SELECT … FOR UPDATE), so of N concurrent publishes exactly one succeeds and
 * the others find it no longer a draft.
 */
export const publishSnapshot = defineAction({
  permission: "snapshot.publish",
  input: publishSnapshotInput,
  load: async (db, input) => {
    const [found] = await db.select({ id: snapshots.id, boardId: snapshots.boardId }).from(snapshots).where(eq(snapshots.id, input.snapshotId));
    return found ? { resource: { boardId: found.boardId }, loaded: null } : null;
  },
  notFoundMessage: "That snapshot does not exist.",
  handler: async ({ tx, actor, input }) => {
    const [draft] = await tx.select().from(snapshots).where(eq(snapshots.id, input.snapshotId)).for("update");
    if (!draft || draft.status !== "draft") {
      throw new ActionRefusal("invalid_state", "This snapshot has already been published; it cannot be published again.");
    }
    const services = (
      await tx.select({ serviceKey: snapshotServices.serviceKey }).from(snapshotServices).where(eq(snapshotServices.snapshotId, draft.id))
    ).map((s) => s.serviceKey);
    await requireApprovedServices(tx as unknown as Db, draft.period, services);
    const scorecard = await scorecardFor({ db: tx as unknown as Db, period: draft.period });
    const rows = frozenRowsFor({ rows: scorecard.rows, services, featured: draft.featuredCodes });
    if (rows.length === 0) throw new ActionRefusal("invalid_state", "The chosen services have no indicators to publish.");
    await tx.insert(snapshotRows).values(rows.map((r) => ({ ...r, snapshotId: draft.id })));
    const publishedAt = new Date();
    await tx.update(snapshots).set({ status: "published", publishedBy: actor.id, publishedAt }).where(eq(snapshots.id, draft.id));
    const members = await tx.select({ userId: boardMembers.userId }).from(boardMembers).where(eq(boardMembers.boardId, draft.boardId));
    return {
      data: { id: draft.id, rows: rows.length },
      notify: [
        {
          userIds: members.map((m) => m.userId),
          kind: "snapshot.published",
          message: `A board paper has been published: ${draft.title}`,
          link: `/snapshots/${draft.id}`,
        },
      ],
      audit: [
        {
          action: "snapshot.publish",
          entityType: "snapshot",
          entityId: String(draft.id),
          summary: `Published "${draft.title}" (${rows.length} indicators, ${services.join(", ")})`,
          after: { publishedAt: publishedAt.toISOString(), rows: rows.length },
        },
      ],
    };
  },
});

export const startCorrectionInput = z.object({
  snapshotId: z.coerce.number().int().positive(),
  reason: z.string().trim().min(5, { error: "reason: say what the correction corrects (at least 5 characters)" }).max(2000),
});

/** A correction is a new draft version of a published paper; the old one stays readable and is shown as superseded once the correction is published. */
export const startCorrection = defineAction({
  permission: "snapshot.publish",
  input: startCorrectionInput,
  load: async (db, input) => {
    const [found] = await db.select().from(snapshots).where(eq(snapshots.id, input.snapshotId));
    return found ? { resource: { boardId: found.boardId }, loaded: found } : null;
  },
  notFoundMessage: "That snapshot does not exist.",
  handler: async ({ tx, actor, input, loaded: original }) => {
    if (original.status === "draft") throw new ActionRefusal("invalid_state", "A draft can be edited directly; only published papers are corrected.");
    const [existing] = await tx.select({ id: snapshots.id }).from(snapshots).where(eq(snapshots.supersedesId, original.id));
    if (existing) throw new ActionRefusal("invalid_state", `This paper already has a correction (snapshot ${existing.id}).`);
    const [created] = await tx
      .insert(snapshots)
      .values({
        authorityId: original.authorityId,
        boardId: original.boardId,
        title: original.title,
        meetingDate: original.meetingDate,
        period: original.period,
        status: "draft",
        version: original.version + 1,
        supersedesId: original.id,
        correctionReason: input.reason,
        highlights: original.highlights,
        childrensVoice: original.childrensVoice,
        featuredCodes: original.featuredCodes,
        publicRelease: original.publicRelease,
        createdBy: actor.id,
      })
      .returning({ id: snapshots.id });
    const services = await tx.select({ serviceKey: snapshotServices.serviceKey }).from(snapshotServices).where(eq(snapshotServices.snapshotId, original.id));
    await tx.insert(snapshotServices).values(services.map((s) => ({ snapshotId: created.id, serviceKey: s.serviceKey })));
    return {
      data: { id: created.id },
      audit: [
        {
          action: "snapshot.correct",
          entityType: "snapshot",
          entityId: String(created.id),
          summary: `Started correction of snapshot ${original.id}: ${input.reason}`,
          before: { id: original.id, version: original.version },
          after: { id: created.id, version: original.version + 1, reason: input.reason },
        },
      ],
    };
  },
});

export const updateSnapshotDraftInput = snapshotDraftInput
  .omit({ boardId: true, period: true, services: true })
  .extend({ snapshotId: z.coerce.number().int().positive() });

/** Edits a draft's words (the freeze trigger refuses this once it is published). */
export const updateSnapshotDraft = defineAction({
  permission: "snapshot.publish",
  input: updateSnapshotDraftInput,
  load: async (db, input) => {
    const [found] = await db.select().from(snapshots).where(eq(snapshots.id, input.snapshotId));
    return found ? { resource: { boardId: found.boardId }, loaded: found } : null;
  },
  handler: async ({ tx, input, loaded }) => {
    if (loaded.status !== "draft") throw new ActionRefusal("invalid_state", "A published paper cannot be edited; issue a correction instead.");
    await tx
      .update(snapshots)
      .set({
        title: input.title,
        meetingDate: input.meetingDate,
        highlights: input.highlights,
        childrensVoice: input.childrensVoice,
        featuredCodes: input.featured,
        publicRelease: input.publicRelease,
      })
      .where(and(eq(snapshots.id, loaded.id), eq(snapshots.status, "draft")));
    return {
      data: { id: loaded.id },
      audit: [{ action: "snapshot.edit", entityType: "snapshot", entityId: String(loaded.id), summary: `Edited draft "${input.title}"` }],
    };
  },
});

async function publishedSnapshot(db: Db, id: number) {
  const [found] = await db.select().from(snapshots).where(eq(snapshots.id, id));
  return found && found.status !== "draft" ? found : null;
}

export const askQuestionInput = z.object({
  snapshotId: z.coerce.number().int().positive(),
  indicatorCode: z.string().trim().min(1, { error: "indicatorCode: choose the indicator the question is about" }),
  body: z.string().trim().min(5, { error: "body: write the question (at least 5 characters)" }).max(4000),
});

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
    const managers = await tx
      .select({ userId: userServiceScopes.userId })
      .from(userServiceScopes)
      .where(and(eq(userServiceScopes.role, "manager"), eq(userServiceScopes.serviceKey, row.serviceKey)));
    return {
      data: { id: question.id },
      notify: [
        {
          userIds: [row.ownerId, ...managers.map((m) => m.userId)],
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

export const answerQuestionInput = z.object({
  questionId: z.coerce.number().int().positive(),
  answer: z.string().trim().min(2, { error: "answer: write the answer" }).max(8000),
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

export const recordResolutionInput = z.object({
  snapshotId: z.coerce.number().int().positive(),
  body: z.string().trim().min(3, { error: "body: write the resolution, e.g. AGREED: that the information be noted" }).max(4000),
});

export const recordResolution = defineAction({
  permission: "snapshot.publish",
  input: recordResolutionInput,
  load: async (db, input) => {
    const snapshot = await publishedSnapshot(db, input.snapshotId);
    return snapshot ? { resource: { boardId: snapshot.boardId }, loaded: snapshot } : null;
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
