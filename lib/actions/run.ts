import "server-only";
// What every domain's "use server" entry file (./<domain>/entry.ts) shares:
// run a core as the signed-in person (read from the session, never from the
// client), and turn a result into the state a form shows.
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { currentUser } from "@/lib/auth/session";
import type { ActionCore } from "./define-action";
import type { ActionFailure, ActionResult } from "./result";

/** Runs the core as the person signed in now (null: the core answers "unauthenticated"). */
export async function runAsSignedIn<T>(core: ActionCore<T>, raw: unknown): Promise<ActionResult<T>> {
  return core({ db: await getDb(), actor: await currentUser() }, raw);
}

/** The state of a form bound to a server action (components/snapshot/action-form.tsx shows it). */
export interface FormState {
  ok: boolean;
  message: string | null;
  /** done, but with something still to deal with: said as a warning, not a success */
  warning?: boolean;
  /** keyed by the input's field, as defineAction reports them */
  fieldErrors?: Record<string, string>;
}

export function formFailure(result: ActionFailure): FormState {
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
}

/**
 * A form's whole step: runs the core as the signed-in person; on success
 * revalidates `refresh` (that layout and every page below it) and says `done`
 * (given the core's data when it depends on it), else shows the failure.
 */
export async function runFormStep<T>(core: ActionCore<T>, raw: unknown, refresh: string, done: string | ((data: T) => string)): Promise<FormState> {
  const result = await runAsSignedIn(core, raw);
  if (!result.ok) return formFailure(result);
  revalidatePath(refresh, "layout");
  return { ok: true, message: typeof done === "string" ? done : done(result.data) };
}

/** A textarea's non-blank lines, trimmed. */
export function formLines(value: FormDataEntryValue | null): string[] {
  return String(value ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
