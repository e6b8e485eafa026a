"use server";
// Sign-in and sign-out. The credential check itself (argon2id, throttling) is
// in lib/auth/credentials.ts; this turns its outcome into a plain message.
// Signing out ends every session of the person (lib/auth/index.ts events).
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { WRONG_CREDENTIALS_MESSAGE } from "@/lib/auth/credentials";
import { safeNext } from "@/lib/auth/safe-next";
import { throttledMessage } from "@/lib/auth/throttle";

export interface SignInState {
  /** a refusal of the whole attempt (wrong email or password, too many tries) */
  error: string | null;
  email: string;
  /** each empty field's message, keyed by the field's name: both are reported at once */
  fieldErrors?: { email?: string; password?: string };
}

const noNul = (text: string) => !text.includes("\u0000");
const NUL_MESSAGE = "Remove the invisible NUL character (U+0000): it cannot be part of an email address or password.";
const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address").max(320).refine(noNul, NUL_MESSAGE),
  password: z.string().min(1, "Enter your password").max(1024).refine(noNul, NUL_MESSAGE),
  next: z.string().optional(),
});

export async function signInWithPassword(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
    next: form.get("next") ?? undefined,
  });
  const email = String(form.get("email") ?? "");
  if (!parsed.success) {
    const fieldErrors: SignInState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "email" || field === "password") && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { error: null, email, fieldErrors };
  }
  // Only same-site paths, so the form cannot be used as an open redirect.
  const next = safeNext(parsed.data.next);
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: next });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "";
      const throttled = /^throttled:(\d+)$/.exec(code);
      if (code === "passwords_off") return { error: PASSWORDS_OFF_MESSAGE, email };
      return { error: throttled ? throttledMessage(Number(throttled[1])) : WRONG_CREDENTIALS_MESSAGE, email };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { error: null, email };
}

const PASSWORDS_OFF_MESSAGE = "Password sign-in is switched off: sign in with Microsoft.";

/** "Sign in with Microsoft": off to the identity provider, then back through lib/auth/microsoft.ts. */
export async function signInWithMicrosoft(form: FormData): Promise<void> {
  await signIn("microsoft-entra-id", { redirectTo: safeNext(form.get("next")) });
}

export async function signOutAndReturn(): Promise<void> {
  await signOut({ redirectTo: "/signin" });
}
