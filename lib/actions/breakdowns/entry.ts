"use server";
// The breakdown catalogue page (/admin/breakdowns): rename and reorder (./core.ts).
import { revalidatePath } from "next/cache";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { moveBreakdownItem, renameBreakdownItem } from "./core";

export async function renameBreakdownItemAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(renameBreakdownItem, { kind: form.get("kind"), id: form.get("id"), label: form.get("label") });
  if (!result.ok) return formFailure(result);
  // indicator pages and papers name the categories
  revalidatePath("/", "layout");
  return { ok: true, message: result.data.changed ? "Renamed." : "Nothing had changed." };
}

export async function moveBreakdownItemAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(moveBreakdownItem, { kind: form.get("kind"), id: form.get("id"), direction: form.get("direction") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/", "layout");
  return { ok: true, message: `Moved to place ${result.data.place}.` };
}
