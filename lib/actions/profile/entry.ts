"use server";
// /profile: one's own name, password and API tokens (./core.ts).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { clientAddress } from "@/lib/auth/credentials";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { changeOwnPassword, createApiToken, renameSelf, revokeApiToken } from "./core";

export async function renameSelfAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(renameSelf, { name: form.get("name") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/", "layout");
  return { ok: true, message: "Name saved." };
}

/** A new password ends every session (the session version moves on); this one is started again with it. */
export async function changeOwnPasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  const password = String(form.get("password") ?? "");
  const address = clientAddress(await headers());
  const result = await runAsSignedIn(changeOwnPassword, { current: form.get("current"), password, confirm: form.get("confirm"), address });
  if (!result.ok) return formFailure(result);
  try {
    await signIn("credentials", { email: result.data.email, password, redirectTo: "/profile?password=changed" });
  } catch (error) {
    if (error instanceof AuthError) return { ok: true, message: "Password changed. Every session has ended: sign in again with the new password." };
    throw error; // the redirect
  }
  return { ok: true, message: "Password changed." };
}

export interface TokenFormState extends FormState {
  /** the new token, shown this once */
  token?: string;
  name?: string;
}

export async function createApiTokenAction(_state: TokenFormState, form: FormData): Promise<TokenFormState> {
  const days = form.get("days");
  const result = await runAsSignedIn(createApiToken, { name: form.get("name"), days: days === "" ? undefined : days });
  if (!result.ok) return formFailure(result);
  revalidatePath("/profile");
  return { ok: true, message: "Token created. Copy it now: it is not shown again.", token: result.data.token, name: String(form.get("name")).trim() };
}

export async function revokeApiTokenAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(revokeApiToken, { tokenId: form.get("tokenId") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/profile");
  return { ok: true, message: "Token revoked: it no longer works." };
}
