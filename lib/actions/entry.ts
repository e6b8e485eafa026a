"use server";
// The server-action entry points the pages hand to their forms. Each resolves
// the signed-in person from the session (never trusting the client), runs the
// core with them and refreshes the pages the change shows on. No rules here:
// those are in the cores (./commentary.ts, ./scorecard-approval.ts).
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { currentUser } from "@/lib/auth/session";
import type { ActionResult } from "./result";
import {
  approveCommentary,
  markNoCommentaryNeeded,
  restoreCommentaryVersion,
  returnCommentary,
  saveCommentary,
  submitCommentary,
  type SavedCommentary,
} from "./commentary";
import { approveScorecard, type ScorecardApprovalResult } from "./scorecard-approval";
import { markNotificationsRead } from "./notifications";

type Core<T> = (ctx: { db: Awaited<ReturnType<typeof getDb>>; actor: Awaited<ReturnType<typeof currentUser>> }, raw: unknown) => Promise<ActionResult<T>>;

async function run<T>(core: Core<T>, raw: unknown, refresh: string[]): Promise<ActionResult<T>> {
  const result = await core({ db: await getDb(), actor: await currentUser() }, raw);
  if (result.ok) for (const path of refresh) revalidatePath(path, "layout");
  return result;
}

const COMMENTARY_PAGES = ["/commentary", "/approvals"];

export async function saveCommentaryAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  // A save changes only the editor itself; no page refresh, so typing is never interrupted.
  return run(saveCommentary, input, []);
}

export async function submitCommentaryAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  return run(submitCommentary, input, COMMENTARY_PAGES);
}

export async function returnCommentaryAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  return run(returnCommentary, input, COMMENTARY_PAGES);
}

export async function approveCommentaryAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  return run(approveCommentary, input, COMMENTARY_PAGES);
}

export async function markNoCommentaryNeededAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  return run(markNoCommentaryNeeded, input, COMMENTARY_PAGES);
}

export async function restoreCommentaryVersionAction(input: unknown): Promise<ActionResult<SavedCommentary>> {
  return run(restoreCommentaryVersion, input, COMMENTARY_PAGES);
}

export async function approveScorecardAction(input: unknown): Promise<ActionResult<ScorecardApprovalResult>> {
  return run(approveScorecard, input, ["/", "/approvals"]);
}

export async function markNotificationsReadAction(input: unknown): Promise<ActionResult<{ changed: number }>> {
  return run(markNotificationsRead, input, ["/"]);
}
