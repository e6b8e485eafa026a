"use server";
// The access requests page (./core.ts).
import { revalidatePath } from "next/cache";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { dismissAccess, grantAccess } from "./core";

export async function grantAccessAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(grantAccess, {
    requestId: form.get("requestId"),
    name: form.get("name"),
    roles: form.getAll("roles"),
    managerOf: form.getAll("managerOf"),
    reporterOf: form.getAll("reporterOf"),
  });
  if (!result.ok) return formFailure(result);
  revalidatePath("/admin", "layout");
  return { ok: true, message: "Access granted: they can sign in with Microsoft now." };
}

export async function dismissAccessAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(dismissAccess, { requestId: form.get("requestId") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/admin", "layout");
  return { ok: true, message: "Request dismissed." };
}
