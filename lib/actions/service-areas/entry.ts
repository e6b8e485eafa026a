"use server";
// The service areas page (/admin/service-areas): add, rename, reorder, retire, bring back (./core.ts).
import { revalidatePath } from "next/cache";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { addServiceArea, moveServiceArea, renameServiceArea, restoreServiceArea, retireServiceArea } from "./core";

function refresh() {
  // every list, scorecard and form names the areas
  revalidatePath("/", "layout");
}

export async function addServiceAreaAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(addServiceArea, { key: form.get("key"), name: form.get("name") });
  if (!result.ok) return formFailure(result);
  refresh();
  return { ok: true, message: `Added the service area ${result.data.key}.` };
}

export async function renameServiceAreaAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(renameServiceArea, { key: form.get("key"), name: form.get("name") });
  if (!result.ok) return formFailure(result);
  refresh();
  return { ok: true, message: result.data.changed ? "Renamed." : "Nothing had changed." };
}

export async function moveServiceAreaAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(moveServiceArea, { key: form.get("key"), direction: form.get("direction") });
  if (!result.ok) return formFailure(result);
  refresh();
  return { ok: true, message: "Moved." };
}

export async function retireServiceAreaAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(retireServiceArea, { key: form.get("key") });
  if (!result.ok) return formFailure(result);
  refresh();
  return { ok: true, message: "Retired: its indicators and history stay; it takes no new indicators." };
}

export async function restoreServiceAreaAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(restoreServiceArea, { key: form.get("key") });
  if (!result.ok) return formFailure(result);
  refresh();
  return { ok: true, message: "Back in use." };
}
