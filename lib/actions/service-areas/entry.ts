"use server";
// The service areas page (/admin/service-areas): add, rename, reorder, retire, bring back (./core.ts).
import { runFormStep, type FormState } from "../run";
import { addServiceArea, moveServiceArea, renameServiceArea, restoreServiceArea, retireServiceArea } from "./core";

// every list, scorecard and form names the areas
const EVERY_PAGE = "/";

export async function addServiceAreaAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormStep(addServiceArea, { key: form.get("key"), name: form.get("name") }, EVERY_PAGE, (data) => `Added the service area ${data.key}.`);
}

export async function renameServiceAreaAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormStep(renameServiceArea, { key: form.get("key"), name: form.get("name") }, EVERY_PAGE, (data) => data.changed ? "Renamed." : "Nothing had changed.");
}

export async function moveServiceAreaAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormStep(moveServiceArea, { key: form.get("key"), direction: form.get("direction") }, EVERY_PAGE, "Moved.");
}

export async function retireServiceAreaAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormStep(retireServiceArea, { key: form.get("key") }, EVERY_PAGE, "Retired: its indicators and history stay; it takes no new indicators.");
}

export async function restoreServiceAreaAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormStep(restoreServiceArea, { key: form.get("key") }, EVERY_PAGE, "Back in use.");
}
