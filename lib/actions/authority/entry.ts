"use server";
// The authority settings page (./core.ts): each form's answer says what the change does to figures.
import { revalidatePath } from "next/cache";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { updateAuthorityDetails, updateFigureSettings, updatePopulations, updateSignIn } from "./core";
import { updateHelpContact } from "./help-contact";

function done(impact: string[]): FormState {
  revalidatePath("/", "layout");
  return { ok: true, message: `Saved. ${impact.join(" ")}` };
}

export async function updateAuthorityDetailsAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(updateAuthorityDetails, { name: form.get("name"), laCode: form.get("laCode") ?? "", onsCode: form.get("onsCode") ?? "", neighbours: form.get("neighbours") });
  return result.ok ? done(result.data.impact) : formFailure(result);
}

export async function updatePopulationsAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(updatePopulations, { populations: form.get("populations") });
  return result.ok ? done(result.data.impact) : formFailure(result);
}

export async function updateFigureSettingsAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(updateFigureSettings, {
    spcRunLength: form.get("spcRunLength"),
    spcScreenMovingRanges: form.get("spcScreenMovingRanges") ?? false,
    suppressionThreshold: form.get("suppressionThreshold"),
    commentaryDueWorkingDay: form.get("commentaryDueWorkingDay"),
  });
  return result.ok ? done(result.data.impact) : formFailure(result);
}

export async function updateSignInAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(updateSignIn, { passwordSignIn: form.get("passwordSignIn") });
  return result.ok ? done(result.data.impact) : formFailure(result);
}

export async function updateHelpContactAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(updateHelpContact, { helpContact: form.get("helpContact") ?? "" });
  return result.ok ? done(result.data.impact) : formFailure(result);
}
