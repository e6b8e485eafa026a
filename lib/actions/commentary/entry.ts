"use server";
// The commentary steps as server actions for the editor and the approvals
// page: each runs its core (./core.ts) as the signed-in person and refreshes
// the pages the change shows on. No rules here.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "../result";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import {
  approveCommentary,
  markNoCommentaryNeeded,
  restoreCommentaryVersion,
  returnCommentary,
  saveCommentary,
  submitCommentary,
  type SavedCommentary,
} from "./core";
import { markNoCommentaryNeededBulk, withdrawCommentary, type BulkNotNeededResult } from "./more-steps";
import { dismissStaleNumbers } from "./stale";

const COMMENTARY_PAGES = ["/commentary", "/approvals"];

async function step(core: typeof saveCommentary, input: unknown): Promise<ActionResult<SavedCommentary>> {
  const result = await runAsSignedIn(core, input);
  if (result.ok) for (const path of COMMENTARY_PAGES) revalidatePath(path, "layout");
  return result;
}

export async function saveCommentaryAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  // A save changes only the editor itself; no page refresh, so typing is never interrupted.
  return runAsSignedIn(saveCommentary, input);
}

export async function submitCommentaryAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  return step(submitCommentary, input);
}

export async function returnCommentaryAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  return step(returnCommentary, input);
}

export async function approveCommentaryAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  return step(approveCommentary, input);
}

export async function markNoCommentaryNeededAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  return step(markNoCommentaryNeeded, input);
}

export async function restoreCommentaryVersionAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  return step(restoreCommentaryVersion, input);
}

export async function withdrawCommentaryAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  return step(withdrawCommentary, input);
}

export async function markNoCommentaryNeededBulkAction(input: unknown): Promise<ActionResult<BulkNotNeededResult>> {
  const result = await runAsSignedIn(markNoCommentaryNeededBulk, input);
  if (result.ok) for (const path of COMMENTARY_PAGES) revalidatePath(path, "layout");
  return result;
}

/** The stale-number flag's "Dismiss" button (editor, approvals, the paper's composer). */
export async function dismissStaleNumbersAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(dismissStaleNumbers, { indicatorId: form.get("indicatorId"), period: form.get("period") });
  if (!result.ok) return formFailure(result);
  for (const path of [...COMMENTARY_PAGES, "/snapshots"]) revalidatePath(path, "layout");
  return { ok: true, message: `Dismissed the stale-number flag on ${result.data.code}.` };
}
