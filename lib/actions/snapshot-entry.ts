"use server";
// Server-action entry points for board snapshots: read the form, resolve the
// signed-in person from the session, run the core (lib/actions/snapshots.ts),
// and turn its result into a form state or a redirect. No rules here.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { currentUser } from "@/lib/auth/session";
import { addBoardMember, createBoard } from "./boards";
import type { ActionResult } from "./result";
import {
  answerQuestion,
  askQuestion,
  createSnapshotDraft,
  publishSnapshot,
  recordResolution,
  startCorrection,
} from "./snapshots";

export interface FormState {
  ok: boolean;
  message: string | null;
  fieldErrors?: Record<string, string>;
}

const lines = (value: FormDataEntryValue | null) =>
  String(value ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

async function run<T>(core: (ctx: { db: Awaited<ReturnType<typeof getDb>>; actor: Awaited<ReturnType<typeof currentUser>> }, raw: unknown) => Promise<ActionResult<T>>, raw: unknown) {
  return core({ db: await getDb(), actor: await currentUser() }, raw);
}

function failure(result: Extract<ActionResult<unknown>, { ok: false }>): FormState {
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
}

/** "Label: 4" lines of the children's survey. */
function surveyLines(value: FormDataEntryValue | null) {
  return lines(value).map((line) => {
    const match = /^(.*?)[:=]\s*(-?\d+)\s*$/.exec(line);
    return match ? { label: match[1].trim(), count: Number(match[2]) } : { label: line, count: Number.NaN };
  });
}

export async function createSnapshotDraftAction(_state: FormState, form: FormData): Promise<FormState> {
  const themes = form.getAll("theme").map(String);
  const bodies = form.getAll("themeBody").map(String);
  const result = await run(createSnapshotDraft, {
    boardId: form.get("boardId"),
    title: form.get("title"),
    meetingDate: form.get("meetingDate"),
    period: form.get("period"),
    services: form.getAll("services").map(String),
    featured: String(form.get("featured") ?? "")
      .split(/[,\n]/)
      .map((c) => c.trim())
      .filter(Boolean),
    highlights: themes.map((theme, i) => ({ theme: theme.trim(), body: bodies[i] ?? "" })).filter((h) => h.body.trim()),
    childrensVoice: { quotes: lines(form.get("quotes")), survey: surveyLines(form.get("survey")) },
    publicRelease: form.get("publicRelease") === "on",
  });
  if (!result.ok) return failure(result);
  revalidatePath("/snapshots");
  redirect(`/snapshots/${result.data.id}`);
}

export async function publishSnapshotAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await run(publishSnapshot, { snapshotId: form.get("snapshotId") });
  if (!result.ok) return failure(result);
  revalidatePath("/snapshots", "layout");
  revalidatePath("/board");
  redirect(`/snapshots/${result.data.id}`);
}

export async function startCorrectionAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await run(startCorrection, { snapshotId: form.get("snapshotId"), reason: form.get("reason") });
  if (!result.ok) return failure(result);
  revalidatePath("/snapshots", "layout");
  redirect(`/snapshots/${result.data.id}`);
}

export async function askQuestionAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await run(askQuestion, {
    snapshotId: form.get("snapshotId"),
    indicatorCode: form.get("indicatorCode"),
    body: form.get("body"),
  });
  if (!result.ok) return failure(result);
  revalidatePath(`/snapshots/${form.get("snapshotId")}`);
  return { ok: true, message: "Your question has been sent to the indicator's owner." };
}

export async function answerQuestionAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await run(answerQuestion, { questionId: form.get("questionId"), answer: form.get("answer") });
  if (!result.ok) return failure(result);
  revalidatePath(`/snapshots/${form.get("snapshotId")}`);
  return { ok: true, message: "Answer saved." };
}

export async function recordResolutionAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await run(recordResolution, { snapshotId: form.get("snapshotId"), body: form.get("body") });
  if (!result.ok) return failure(result);
  revalidatePath(`/snapshots/${form.get("snapshotId")}`);
  return { ok: true, message: "Resolution recorded." };
}

export async function createBoardAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await run(createBoard, { name: form.get("name") });
  if (!result.ok) return failure(result);
  revalidatePath("/admin/boards");
  return { ok: true, message: "Board created." };
}

export async function addBoardMemberAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await run(addBoardMember, { boardId: form.get("boardId"), email: form.get("email") });
  if (!result.ok) return failure(result);
  revalidatePath("/admin/boards");
  return { ok: true, message: "Member added." };
}
