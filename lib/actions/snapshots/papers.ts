import "server-only";
// A board paper's life: compose a draft, publish it (freezing every figure and
// word in one transaction), and issue a correction. Each is a core behind
// defineAction; the board's questions and resolution are in ./meeting.ts.
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authorities, boardMembers, boards, indicators, scorecardApprovals, snapshotRows, snapshotServices, snapshots } from "@/db/schema";
import { effectiveSettings } from "@/lib/settings";
import { inUseIn } from "@/lib/queries/retired";
import { blockingFindings, describeFindings } from "@/lib/snapshots/public-text";
import { paperServiceKeys } from "@/lib/queries/paper-scope";
import { scorecardFor } from "@/lib/queries/scorecard";
import { frozenRowsFor } from "@/lib/snapshots/freeze";
import { paperBreakdowns } from "@/lib/queries/breakdowns";
import { paperCohorts } from "@/lib/queries/cohorts";
import { requireKnownDimensions } from "./theme-dimensions";
import { defineAction } from "../define-action";
import { defineDraftPaperAction } from "./paper-load";
import { ActionRefusal } from "../result";
import { publishSnapshotInput, snapshotDraftInput, startCorrectionInput } from "./inputs";
import { publicTextFindings } from "./public-text";
import { auditEntry } from "@/lib/audit/append";

/** Refuses unless every chosen service's scorecard is approved for the month. */
async function requireApprovedServices(db: Executor, month: string, services: string[]): Promise<void> {
  const approved = await db
    .select({ serviceKey: scorecardApprovals.serviceKey })
    .from(scorecardApprovals)
    .where(and(eq(scorecardApprovals.period, month), inArray(scorecardApprovals.serviceKey, services)));
  const have = new Set(approved.map((a) => a.serviceKey));
  const missing = services.filter((s) => !have.has(s));
  if (missing.length) {
    throw new ActionRefusal(
      "invalid_state",
      `These scorecards are not approved for ${month} yet: ${missing.join(", ")}. A board paper covers approved scorecards only.`,
      undefined,
      "services",
    );
  }
}

/**
 * Refuses codes that are not indicators of the chosen services this month,
 * naming them under the field they were typed in: nothing is saved.
 */
async function requireKnownCodes(db: Executor, month: string, services: string[], fields: { field: string; codes: string[] }[]): Promise<void> {
  const wanted = [...new Set(fields.flatMap((f) => f.codes))];
  if (wanted.length === 0) return;
  const known = await db
    .select({ code: indicators.code, serviceKey: indicators.serviceKey })
    .from(indicators)
    .where(and(inArray(indicators.code, wanted), inUseIn(month)));
  const serviceOf = new Map(known.map((k) => [k.code, k.serviceKey]));
  for (const { field, codes } of fields) {
    const unknown = codes.filter((c) => !serviceOf.has(c));
    if (unknown.length) {
      throw new ActionRefusal("invalid", `Unknown indicator code${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. Choose indicators from the list.`, undefined, field);
    }
    const outside = codes.filter((c) => !services.includes(serviceOf.get(c)!));
    if (outside.length) {
      throw new ActionRefusal("invalid", `${outside.join(", ")} ${outside.length > 1 ? "are" : "is"} not in the service scorecards chosen for this paper.`, undefined, field);
    }
  }
}

export const createSnapshotDraft = defineAction({
  permission: "snapshot.publish",
  input: snapshotDraftInput,
  load: async (db, input) => {
    const [board] = await db.select({ id: boards.id }).from(boards).where(eq(boards.id, input.boardId));
    return board ? { resource: { boardId: board.id, serviceKeys: input.services }, loaded: null } : null;
  },
  notFoundMessage: "That board does not exist.",
  notFoundField: "boardId",
  handler: async ({ tx, actor, input }) => {
    await requireApprovedServices(tx, input.period, input.services);
    await requireKnownCodes(tx, input.period, input.services, [
      { field: "featured", codes: input.featured },
      ...input.highlights.map((h, i) => ({ field: `highlights.${i}.codes`, codes: h.codes })),
    ]);
    await requireKnownDimensions(tx, input.highlights);
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
      audit: [auditEntry("snapshot.draft", ["snapshot", created.id], `Drafted "${input.title}" for ${input.period} (${input.services.join(", ")})`, { after: { ...input } })],
    };
  },
});

/**
 * Publishing copies every figure, derived figure, RAG, judgement, SPC reading,
 * sparkline series and approved commentary into the snapshot's own rows, then
 * marks it published — all in one transaction. The draft row is locked first
 * (SELECT … FOR UPDATE), so of N concurrent publishes exactly one succeeds and
 * the others find it no longer a draft.
 */
export const publishSnapshot = defineDraftPaperAction({
  permission: "snapshot.publish",
  input: publishSnapshotInput,
  notDraftMessage: "This snapshot has already been published; it cannot be published again.",
  handler: async ({ tx, actor, input, draft }) => {
    const services = (
      await tx.select({ serviceKey: snapshotServices.serviceKey }).from(snapshotServices).where(eq(snapshotServices.snapshotId, draft.id))
    ).map((s) => s.serviceKey);
    await requireApprovedServices(tx, draft.period, services);
    const findings = draft.publicRelease ? await publicTextFindings(tx, draft) : [];
    // Personal data in the public text withholds the public release (no reason can publish it); the paper is published all the same.
    const blocking = blockingFindings(findings);
    const releasePublicly = draft.publicRelease && blocking.length === 0;
    const flagged = releasePublicly ? findings : [];
    if (flagged.length && !input.publicTextReason) {
      throw new ActionRefusal(
        "personal_data",
        `The public text has ${flagged.length === 1 ? "a flag" : `${flagged.length} flags`} (listed under "Public text"): rewrite it, or give the reason it is safe to publish.`,
        flagged,
        "publicTextReason",
      );
    }
    const scorecard = await scorecardFor({ db: tx, period: draft.period });
    const rows = frozenRowsFor({ rows: scorecard.rows, services, featured: draft.featuredCodes, breakdowns: await paperBreakdowns(tx, scorecard.rows, draft.period), cohorts: await paperCohorts(tx, scorecard.rows, draft.period) });
    if (rows.length === 0) throw new ActionRefusal("invalid_state", "The chosen services have no indicators to publish.");
    await tx.insert(snapshotRows).values(rows.map((r) => ({ ...r, snapshotId: draft.id })));
    const publishedAt = new Date();
    // The names and threshold the paper shows are frozen with it, never read live again.
    const [named] = await tx
      .select({ board: boards.name, authority: authorities.name, settings: authorities.settings })
      .from(boards)
      .innerJoin(authorities, eq(authorities.id, boards.authorityId))
      .where(eq(boards.id, draft.boardId));
    await tx
      .update(snapshots)
      .set({
        status: "published",
        publishedBy: actor.id,
        publishedAt,
        publicRelease: releasePublicly,
        publicTextReason: flagged.length ? input.publicTextReason : null,
        frozenAuthority: named.authority,
        frozenBoard: named.board,
        frozenThreshold: effectiveSettings(named.settings).suppressionThreshold,
      })
      .where(eq(snapshots.id, draft.id));
    const members = await tx.select({ userId: boardMembers.userId }).from(boardMembers).where(eq(boardMembers.boardId, draft.boardId));
    return {
      data: { id: draft.id, rows: rows.length, publicReleaseWithheld: draft.publicRelease && !releasePublicly ? blocking : null },
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
          summary: `Published "${draft.title}" (${rows.length} indicators, ${services.join(", ")})${
            draft.publicRelease && !releasePublicly ? `; public release withheld: ${describeFindings(blocking)}` : ""
          }`,
          after: {
            publishedAt: publishedAt.toISOString(),
            rows: rows.length,
            ...(flagged.length ? { publicTextFlags: flagged, publicTextReason: input.publicTextReason } : {}),
            ...(draft.publicRelease && !releasePublicly ? { publicReleaseWithheld: blocking } : {}),
          },
        },
      ],
    };
  },
});

/** A correction is a new draft version of a published paper; the old one stays readable and is shown as superseded once the correction is published. */
export const startCorrection = defineAction({
  permission: "snapshot.publish",
  input: startCorrectionInput,
  load: async (db, input) => {
    const [found] = await db.select().from(snapshots).where(eq(snapshots.id, input.snapshotId));
    return found ? { resource: { boardId: found.boardId, serviceKeys: await paperServiceKeys({ db, snapshotId: found.id }) }, loaded: found } : null;
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
        publicHighlights: original.publicHighlights,
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
        auditEntry("snapshot.correct", ["snapshot", created.id], `Started correction of snapshot ${original.id}: ${input.reason}`, {
          before: { id: original.id, version: original.version },
          after: { id: created.id, version: original.version + 1, reason: input.reason },
        }),
      ],
    };
  },
});
