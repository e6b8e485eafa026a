"use server";
// Setting a password from a one-time link (/set-password): anyone holding a
// working link may, once. The link is the credential, so this is not a
// defineAction (there is nobody signed in); lib/users/links.ts does the work
// in one transaction with its audit event.
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { setPasswordFromLink } from "@/lib/users/links";
import { DEAD_LINK_MESSAGE, newPassword } from "@/lib/users/link-rules";
import type { FormState } from "../run";

const input = z
  .object({ token: z.string().max(200), password: newPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords are not the same: type the same password twice." });

export async function setPasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  const parsed = input.safeParse({ token: form.get("token") ?? "", password: form.get("password") ?? "", confirm: form.get("confirm") ?? "" });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "input"] ??= issue.message;
    return { ok: false, message: Object.values(fieldErrors).join(" "), fieldErrors };
  }
  const result = await setPasswordFromLink({ db: await getDb(), token: parsed.data.token, password: parsed.data.password });
  if (!result.ok) return { ok: false, message: DEAD_LINK_MESSAGE };
  redirect(`/signin?password=set&email=${encodeURIComponent(result.email)}`);
}
