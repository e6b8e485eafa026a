// The commentary steps of docs/domain.md's monthly cycle. Each is a definition for
// the one wrapper (../define-action.ts): what it needs from the policy, what it
// accepts, and a short handler around the shared conditional write
// (./store.ts). The pages reach them through ./entry.ts.
import "server-only";
import { and, eq } from "drizzle-orm";
import { commentaryVersions, users } from "@/db/schema";
import { detectPersonalData, type PersonalDataFinding } from "@/lib/commentary/personal-data";
import { managersOf } from "@/lib/queries/recipients";
import { defineAction } from "../define-action";
import {
  approveInput,
  notNeededInput,
  restoreInput,
  returnInput,
  saveInput,
  submitInput,
} from "./inputs";
import {
  assertMonthOpen,
  currentCommentary,
  describe,
  editorLink,
  loadTarget,
  NOT_OPEN,
  summaryOf,
  writeCommentary,
  type WriteOutcome,
} from "./store";
import { ActionRefusal } from "../result";
import type { Tx } from "@/db/client";

export interface SavedCommentary {
  version: number;
  status: string;
  body: string;
  updatedAt: string;
}

const saved = ({ after }: WriteOutcome): SavedCommentary => ({
  version: after.version,
  status: after.status,
  body: after.body,
  updatedAt: new Date(after.updatedAt).toISOString(),
});

const audit = (action: string, summary: string, outcome: WriteOutcome, extra: Record<string, unknown> = {}) => ({
  action,
  entityType: "commentary",
  entityId: String(outcome.after.id),
  summary,
  before: summaryOf(outcome.before),
  after: { ...summaryOf(outcome.after), ...extra },
});

/** Save a draft: a new version carrying the version it started from. */
export const saveCommentary = defineAction({
  permission: "commentary.write",
  input: saveInput,
  load: (db, input) => loadTarget(db, input),
  notFoundMessage: NOT_OPEN,
  handler: async ({ tx, actor, input, loaded }) => {
    const outcome = await writeCommentary({
      tx,
      actor,
      target: loaded,
      step: "save",
      expectedVersion: input.expectedVersion,
      body: input.body,
      actorWritesBody: true,
    });
    return {
      data: saved(outcome),
      audit: [audit("commentary.save", `Saved ${describe(loaded)} (version ${outcome.after.version})`, outcome)],
    };
  },
});

export interface PersonalDataDetails {
  findings: PersonalDataFinding[];
}

/** Staff may be named in commentary; the detector is told who they are. */
async function staffNames(tx: Tx): Promise<string[]> {
  const rows = await tx.select({ name: users.name }).from(users);
  return rows.map((r) => r.name);
}

/** Submit for approval: saves the text and hands it to the managers, after the personal-data check. */
export const submitCommentary = defineAction({
  permission: "commentary.write",
  input: submitInput,
  load: (db, input) => loadTarget(db, input),
  notFoundMessage: NOT_OPEN,
  handler: async ({ tx, actor, input, loaded }) => {
    // A closed month is refused before the personal-data check asks the writer anything.
    await assertMonthOpen(tx, loaded);
    if (!input.personalDataConfirmed) {
      const findings = detectPersonalData(input.body, { staffNames: await staffNames(tx) });
      if (findings.length > 0) {
        const details: PersonalDataDetails = { findings };
        throw new ActionRefusal(
          "personal_data",
          "Some of the text looks like personal data. Check the highlighted parts: edit them, or confirm the text is safe to submit.",
          details,
        );
      }
    }
    const outcome = await writeCommentary({
      tx,
      actor,
      target: loaded,
      step: "submit",
      expectedVersion: input.expectedVersion,
      body: input.body,
      actorWritesBody: true,
      extra: { submittedAt: new Date() },
    });
    return {
      data: saved(outcome),
      audit: [
        audit("commentary.submit", `Submitted ${describe(loaded)} for approval`, outcome, {
          personalDataConfirmed: input.personalDataConfirmed,
        }),
      ],
      notify: [
        {
          userIds: await managersOf({ db: tx, serviceKey: loaded.indicator.serviceKey, ownerId: loaded.indicator.ownerId }),
          kind: "commentary.submitted",
          message: `${actor.name} submitted commentary on ${describe(loaded)} for approval`,
          link: "/approvals",
        },
      ],
    };
  },
});

/** Return to the writer with a note they will see. */
export const returnCommentary = defineAction({
  permission: "commentary.approve",
  input: returnInput,
  load: (db, input) => loadTarget(db, input),
  notFoundMessage: NOT_OPEN,
  handler: async ({ tx, actor, input, loaded }) => {
    const outcome = await writeCommentary({
      tx,
      actor,
      target: loaded,
      step: "return",
      expectedVersion: input.expectedVersion,
      actorWritesBody: false,
      extra: { reviewerId: actor.id, reviewedAt: new Date(), returnNote: input.note },
    });
    return {
      data: saved(outcome),
      audit: [audit("commentary.return", `Returned ${describe(loaded)}: ${input.note}`, outcome, { note: input.note })],
      notify: [
        {
          userIds: [loaded.indicator.reporterId, outcome.after.authorId],
          kind: "commentary.returned",
          message: `${actor.name} returned your commentary on ${describe(loaded)}: ${input.note}`,
          link: editorLink(loaded),
        },
      ],
    };
  },
});

/** Approve, optionally after editing: an edit is a new version by the manager. */
export const approveCommentary = defineAction({
  permission: "commentary.approve",
  input: approveInput,
  load: (db, input) => loadTarget(db, input),
  notFoundMessage: NOT_OPEN,
  handler: async ({ tx, actor, input, loaded }) => {
    let expectedVersion = input.expectedVersion;
    const audits = [];
    if (input.body !== undefined) {
      const current = await currentCommentary(tx, loaded);
      if (current && current.body !== input.body) {
        const edit = await writeCommentary({
          tx,
          actor,
          target: loaded,
          step: "save",
          expectedVersion,
          body: input.body,
          actorWritesBody: true,
        });
        audits.push(audit("commentary.save", `Edited ${describe(loaded)} before approving it`, edit));
        expectedVersion = edit.after.version;
      }
    }
    const outcome = await writeCommentary({
      tx,
      actor,
      target: loaded,
      step: "approve",
      expectedVersion,
      actorWritesBody: false,
      extra: { reviewerId: actor.id, reviewedAt: new Date(), returnNote: null },
    });
    audits.push(audit("commentary.approve", `Approved ${describe(loaded)}`, outcome));
    return { data: saved(outcome), audit: audits };
  },
});

/** A manager says a month needs no commentary on this indicator, and why. */
export const markNoCommentaryNeeded = defineAction({
  permission: "commentary.approve",
  input: notNeededInput,
  load: (db, input) => loadTarget(db, input),
  notFoundMessage: NOT_OPEN,
  handler: async ({ tx, actor, input, loaded }) => {
    const outcome = await writeCommentary({
      tx,
      actor,
      target: loaded,
      step: "not_needed",
      expectedVersion: input.expectedVersion,
      actorWritesBody: false,
      extra: { reviewerId: actor.id, reviewedAt: new Date(), notNeededReason: input.reason },
    });
    return {
      data: saved(outcome),
      audit: [
        audit("commentary.not_needed", `Marked ${describe(loaded)} as needing no commentary: ${input.reason}`, outcome, {
          reason: input.reason,
        }),
      ],
    };
  },
});

/** Bring back an earlier text as a new version; the versions in between stay. */
export const restoreCommentaryVersion = defineAction({
  permission: "commentary.write",
  input: restoreInput,
  load: (db, input) => loadTarget(db, input),
  notFoundMessage: NOT_OPEN,
  handler: async ({ tx, actor, input, loaded }) => {
    const current = await currentCommentary(tx, loaded);
    const [old] = current
      ? await tx
          .select({ body: commentaryVersions.body })
          .from(commentaryVersions)
          .where(and(eq(commentaryVersions.commentaryId, current.id), eq(commentaryVersions.version, input.fromVersion)))
      : [];
    if (!old) throw new ActionRefusal("not_found", `There is no version ${input.fromVersion} of this commentary.`);
    const outcome = await writeCommentary({
      tx,
      actor,
      target: loaded,
      step: "restore",
      expectedVersion: input.expectedVersion,
      body: old.body,
      actorWritesBody: true,
    });
    return {
      data: saved(outcome),
      audit: [
        audit("commentary.restore", `Restored version ${input.fromVersion} of ${describe(loaded)} as version ${outcome.after.version}`, outcome, {
          restoredFrom: input.fromVersion,
        }),
      ],
    };
  },
});
