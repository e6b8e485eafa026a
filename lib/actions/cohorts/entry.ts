"use server";
// The cohort catalogue page (/admin/cohorts): a cohort's start and word, its outcomes' names and order (./core.ts).
import { revalidatePath } from "next/cache";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { moveCohortOutcome, renameCohortOutcome, updateCohort } from "./core";

export async function renameCohortOutcomeAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(renameCohortOutcome, { id: form.get("id"), label: form.get("label") });
  if (!result.ok) return formFailure(result);
  // indicator pages and papers name the outcomes
  revalidatePath("/", "layout");
  return { ok: true, message: result.data.changed ? "Renamed." : "Nothing had changed." };
}

export async function moveCohortOutcomeAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(moveCohortOutcome, { id: form.get("id"), direction: form.get("direction") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/", "layout");
  return { ok: true, message: `Moved to place ${result.data.place}.` };
}

export async function updateCohortAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(updateCohort, { indicatorId: form.get("indicatorId"), startMonth: form.get("startMonth"), memberWord: form.get("memberWord") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/", "layout");
  return { ok: true, message: result.data.changed ? "Saved." : "Nothing had changed." };
}
