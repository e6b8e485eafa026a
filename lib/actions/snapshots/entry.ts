"use server";
// The board-paper pages' server actions: read the form, run the core
// (./papers.ts, ./meeting.ts) as the signed-in person, and turn its result
// into a form state or a redirect. No rules here.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formFailure, formLines, runAsSignedIn, type FormState } from "../run";
import { answerQuestion, askQuestion, recordResolution } from "./meeting";
import { createSnapshotDraft, publishSnapshot, startCorrection } from "./papers";

/** "Label: 4" lines of the children's survey. */
function surveyLines(value: FormDataEntryValue | null) {
  return formLines(value).map((line) => {
    const match = /^(.*?)[:=]\s*(-?\d+)\s*$/.exec(line);
    return match ? { label: match[1].trim(), count: Number(match[2]) } : { label: line, count: Number.NaN };
  });
}

export async function createSnapshotDraftAction(_state: FormState, form: FormData): Promise<FormState> {
  const themes = form.getAll("theme").map(String);
  const bodies = form.getAll("themeBody").map(String);
  const result = await runAsSignedIn(createSnapshotDraft, {
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
    childrensVoice: { quotes: formLines(form.get("quotes")), survey: surveyLines(form.get("survey")) },
    publicRelease: form.get("publicRelease") === "on",
  });
  if (!result.ok) return formFailure(result);
  revalidatePath("/snapshots");
  redirect(`/snapshots/${result.data.id}`);
}

export async function publishSnapshotAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(publishSnapshot, { snapshotId: form.get("snapshotId") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/snapshots", "layout");
  revalidatePath("/board");
  redirect(`/snapshots/${result.data.id}`);
}

export async function startCorrectionAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(startCorrection, { snapshotId: form.get("snapshotId"), reason: form.get("reason") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/snapshots", "layout");
  redirect(`/snapshots/${result.data.id}`);
}

export async function askQuestionAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(askQuestion, {
    snapshotId: form.get("snapshotId"),
    indicatorCode: form.get("indicatorCode"),
    body: form.get("body"),
  });
  if (!result.ok) return formFailure(result);
  revalidatePath(`/snapshots/${form.get("snapshotId")}`);
  return { ok: true, message: "Your question has been sent to the indicator's owner." };
}

export async function answerQuestionAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(answerQuestion, { questionId: form.get("questionId"), answer: form.get("answer") });
  if (!result.ok) return formFailure(result);
  revalidatePath(`/snapshots/${form.get("snapshotId")}`);
  return { ok: true, message: "Answer saved." };
}

export async function recordResolutionAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(recordResolution, { snapshotId: form.get("snapshotId"), body: form.get("body") });
  if (!result.ok) return formFailure(result);
  revalidatePath(`/snapshots/${form.get("snapshotId")}`);
  return { ok: true, message: "Resolution recorded." };
}
