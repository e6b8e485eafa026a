"use server";
// The admin console's people pages (./core.ts, ./status.ts).
import { headers } from "next/headers";
import { runFormStep, type FormState } from "../run";
import { changeAccess, invitePerson } from "./core";
import { deactivatePerson, reactivatePerson, sendPasswordReset } from "./status";

/** The address the admin is using, for the link in an email when LANTERN_BASE_URL is unset. */
async function origin(): Promise<string | null> {
  const h = await headers();
  const value = h.get("origin");
  return value && /^https?:\/\/[^/]+$/.test(value) ? value : null;
}

const access = (form: FormData) => ({ roles: form.getAll("roles"), managerOf: form.getAll("managerOf"), reporterOf: form.getAll("reporterOf") });

const PEOPLE_PAGES = "/admin/people";

export async function invitePersonAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormStep(invitePerson, { email: form.get("email"), name: form.get("name"), origin: await origin(), ...access(form) }, PEOPLE_PAGES, `Invitation sent to ${String(form.get("email")).trim()}. The link works for 72 hours.`);
}

export async function changeAccessAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormStep(changeAccess, { userId: form.get("userId"), ...access(form) }, PEOPLE_PAGES, "Roles saved. The change applies from the person's next request.");
}

export async function deactivatePersonAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormStep(deactivatePerson, { userId: form.get("userId") }, PEOPLE_PAGES, "Deactivated: their sessions and API tokens have stopped.");
}

export async function reactivatePersonAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormStep(reactivatePerson, { userId: form.get("userId") }, PEOPLE_PAGES, "Reactivated: they can sign in again.");
}

export async function sendPasswordResetAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormStep(sendPasswordReset, { userId: form.get("userId"), origin: await origin() }, PEOPLE_PAGES, "A link to set a password has been emailed. It works once, for 72 hours.");
}
