// The commentary steps of docs/domain.md's monthly cycle. Each is a definition for
// the one wrapper (../define-action.ts): what it needs from the policy, what it
// accepts, and a short handler around the shared conditional write
// (./store.ts). The pages reach them through ./entry.ts.
import "server-only";
import { and, eq } from "drizzle-orm";
import { commentaryVersions, users } from "@/db/schema";
import { detectPersonalData, type PersonalDataFinding } from "@/lib/commentary/personal-data";
import { managersOf } from "@/lib/queries/recipients";
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
  commentaryAudit as audit,
  savedCommentary as saved,
} from "./store";
import { commentaryStep, reviewStep, writeBodyStep } from "./step";
import { ActionRefusal } from "../result";
import type { Tx } from "@/db/client";

export type { SavedCommentary } from "./store";

/** Save a draft: a new version carrying the version it started from. */
export const saveCommentary = commentaryStep("commentary.write", saveInput, async (step) => {
  const { input, loaded } = step;
  const outcome = await writeBodyStep(step, "save", input.expectedVersion, input.body);
  return {
    data: saved(outcome),
    audit: [audit("commentary.save", `Saved ${describe(loaded)} (version ${outcome.after.version})`, outcome)],
  };
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
export const submitCommentary = commentaryStep("commentary.write", submitInput, async (step) => {
  const { tx, actor, input, loaded } = step;
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
  const outcome = await writeBodyStep(step, "submit", input.expectedVersion, input.body, { submittedAt: new Date() });
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
});

/** Return to the writer with a note they will see. */
export const returnCommentary = commentaryStep("commentary.approve", returnInput, async (step) => {
  const { actor, input, loaded } = step;
  const outcome = await reviewStep(step, "return", input.expectedVersion, { returnNote: input.note });
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
});

/** Approve, optionally after editing: an edit is a new version by the manager. */
export const approveCommentary = commentaryStep("commentary.approve", approveInput, async (step) => {
  const { tx, input, loaded } = step;
  let expectedVersion = input.expectedVersion;
  const audits = [];
  if (input.body !== undefined) {
    const current = await currentCommentary(tx, loaded);
    if (current && current.body !== input.body) {
      const edit = await writeBodyStep(step, "save", expectedVersion, input.body);
      audits.push(audit("commentary.save", `Edited ${describe(loaded)} before approving it`, edit));
      expectedVersion = edit.after.version;
    }
  }
  const outcome = await reviewStep(step, "approve", expectedVersion, { returnNote: null });
  audits.push(audit("commentary.approve", `Approved ${describe(loaded)}`, outcome));
  return { data: saved(outcome), audit: audits };
});

/** A manager says a month needs no commentary on this indicator, and why. */
export const markNoCommentaryNeeded = commentaryStep("commentary.approve", notNeededInput, async (step) => {
  const { input, loaded } = step;
  const outcome = await reviewStep(step, "not_needed", input.expectedVersion, { notNeededReason: input.reason });
  return {
    data: saved(outcome),
    audit: [
      audit("commentary.not_needed", `Marked ${describe(loaded)} as needing no commentary: ${input.reason}`, outcome, {
        reason: input.reason,
      }),
    ],
  };
});

/** Bring back an earlier text as a new version; the versions in between stay. */
export const restoreCommentaryVersion = commentaryStep("commentary.write", restoreInput, async (step) => {
  const { tx, input, loaded } = step;
  const current = await currentCommentary(tx, loaded);
  const [old] = current
    ? await tx
        .select({ body: commentaryVersions.body })
        .from(commentaryVersions)
        .where(and(eq(commentaryVersions.commentaryId, current.id), eq(commentaryVersions.version, input.fromVersion)))
    : [];
  if (!old) throw new ActionRefusal("not_found", `There is no version ${input.fromVersion} of this commentary.`);
  const outcome = await writeBodyStep(step, "restore", input.expectedVersion, old.body);
  return {
    data: saved(outcome),
    audit: [
      audit("commentary.restore", `Restored version ${input.fromVersion} of ${describe(loaded)} as version ${outcome.after.version}`, outcome, {
        restoredFrom: input.fromVersion,
      }),
    ],
  };
});
