"use server";
// The board-paper pages' server actions: read the form, run the core
// (./papers.ts, ./meeting.ts) as the signed-in person, and turn its result
// into a form state or a redirect. No rules here.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formFailure, formLines, runAsSignedIn, type FormState } from "../run";
import { blockingFindings } from "@/lib/snapshots/public-text";
import { answerQuestion, askQuestion, recordResolution, updateActionStatus } from "./meeting";
import { saveMeetingRecord } from "./meeting-record";
import { createSnapshotDraft, publishSnapshot, startCorrection } from "./papers";
import { savePublicText } from "./public-text";

/** "Label: 4" lines of the children's survey. */
function surveyLines(value: FormDataEntryValue | null) {
  return formLines(value).map((line) => {
    const match = /^(.*?)[:=]\s*(-?\d+)\s*$/.exec(line);
    return match ? { label: match[1].trim(), count: Number(match[2]) } : { label: line, count: Number.NaN };
  });
}

/** Codes typed in a text box, separated by commas or new lines. */
function typedCodes(value: FormDataEntryValue | null): string[] {
  return String(value ?? "")
    .split(/[,\n]/)
    .map((c) => c.trim())
    .filter(Boolean);
}

export async function createSnapshotDraftAction(_state: FormState, form: FormData): Promise<FormState> {
  const themes = form.getAll("theme").map(String);
  const bodies = form.getAll("themeBody").map(String);
  const themeCodes = form.getAll("themeCodes").map((v) => typedCodes(v));
  const themeDimensions = form.getAll("themeDimension").map(String);
  // Themes left empty are not sent; an error about the n-th one sent is shown on the field it came from.
  const themeFields = themes
    .map((theme, i) => ({ i, theme: theme.trim(), body: bodies[i] ?? "", codes: themeCodes[i] ?? [], dimension: themeDimensions[i] ?? "" }))
    .filter((h) => h.body.trim() || h.codes.length);
  const result = await runAsSignedIn(createSnapshotDraft, {
    boardId: form.get("boardId"),
    title: form.get("title"),
    meetingDate: form.get("meetingDate"),
    period: form.get("period"),
    services: form.getAll("services").map(String),
    // picked from the list, plus any typed (each checked against the catalogue)
    featured: [...new Set(form.getAll("featured").flatMap((v) => typedCodes(v)))],
    highlights: themeFields.map(({ theme, body, codes, dimension }) => ({ theme, body, codes, dimension })),
    childrensVoice: { quotes: formLines(form.get("quotes")), survey: surveyLines(form.get("survey")) },
    publicRelease: form.get("publicRelease") === "on",
  });
  if (!result.ok) {
    const state = formFailure(result);
    if (!state.fieldErrors) return state;
    const fieldErrors = Object.fromEntries(
      Object.entries(state.fieldErrors).map(([key, message]) => [key.replace(/^highlights\.(\d+)\./, (_m, n) => `highlights.${themeFields[Number(n)]?.i ?? n}.`), message]),
    );
    return { ...state, fieldErrors };
  }
  revalidatePath("/snapshots");
  redirect(`/snapshots/${result.data.id}`);
}

export async function publishSnapshotAction(_state: FormState, form: FormData): Promise<FormState> {
  // The form asks first, naming the board, the meeting and the month it freezes.
  if (form.get("confirmed") !== "yes") {
    return { ok: false, message: "Confirm that you want to publish: publishing freezes the paper.", fieldErrors: { confirmed: "Confirm that you want to publish" } };
  }
  const result = await runAsSignedIn(publishSnapshot, { snapshotId: form.get("snapshotId"), publicTextReason: form.get("publicTextReason") ?? undefined });
  if (!result.ok) return formFailure(result);
  revalidatePath("/snapshots", "layout");
  revalidatePath("/board");
  redirect(`/snapshots/${result.data.id}${result.data.publicReleaseWithheld ? "?public=withheld" : ""}`);
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
  const kind = form.get("kind") ?? "agreed";
  const result = await runAsSignedIn(recordResolution, {
    snapshotId: form.get("snapshotId"),
    kind,
    body: form.get("body"),
    ownerId: kind === "action" ? (form.get("ownerId") ?? "") : "",
    dueDate: kind === "action" ? (form.get("dueDate") ?? "") : "",
  });
  if (!result.ok) return formFailure(result);
  revalidatePath(`/snapshots/${form.get("snapshotId")}`);
  revalidatePath("/board");
  return { ok: true, message: kind === "action" ? "Action recorded; its owner has been told." : "Resolution recorded." };
}

export async function updateActionStatusAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(updateActionStatus, { snapshotId: form.get("snapshotId"), itemId: form.get("itemId"), status: form.get("status") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/snapshots", "layout");
  revalidatePath("/board");
  return { ok: true, message: "Action updated." };
}

export async function savePublicTextAction(_state: FormState, form: FormData): Promise<FormState> {
  const themes = form.getAll("publicTheme").map(String);
  const bodies = form.getAll("publicBody").map(String);
  const result = await runAsSignedIn(savePublicText, {
    snapshotId: form.get("snapshotId"),
    publicHighlights: themes.map((theme, i) => ({ theme: theme.trim(), body: bodies[i] ?? "" })),
  });
  if (!result.ok) return formFailure(result);
  revalidatePath(`/snapshots/${form.get("snapshotId")}`);
  const findings = result.data.findings;
  const blocked = blockingFindings(findings).length;
  const n = findings.length;
  // Saved either way; said as done only when nothing is left to deal with (the flags are listed once, above the form).
  if (blocked) {
    return { ok: true, warning: true, message: `Public text saved, but it names a person: the public release cannot be published until it is rewritten (${n} flag${n > 1 ? "s" : ""}, listed above).` };
  }
  if (n) {
    return { ok: true, warning: true, message: `Public text saved, not yet ready: ${n} flag${n > 1 ? "s" : ""} (listed above) to rewrite, or to give a reason for when publishing.` };
  }
  return { ok: true, message: "Public text saved and approved: no personal data or small numbers found." };
}

export async function saveMeetingRecordAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(saveMeetingRecord, {
    snapshotId: form.get("snapshotId"),
    agendaItem: form.get("agendaItem"),
    presenters: form.get("presenters") ?? "",
    present: form.get("present") ?? "",
    apologies: form.get("apologies") ?? "",
    pointsNoted: form.get("pointsNoted") ?? "",
  });
  if (!result.ok) return formFailure(result);
  revalidatePath(`/snapshots/${form.get("snapshotId")}`);
  return { ok: true, message: "Meeting record saved. Download the minutes for the clerk." };
}
