// The one wrapper every write goes through:
//   authenticate → validate (zod) → load the resource → ask the policy →
//   run the handler in a transaction → append its audit events and
//   notifications in that same transaction → bump the data version
//   (lib/data-version.ts) → send emails after the commit.
// The core takes the actor explicitly (SessionUser | null), so tests call it
// with any person; each domain's "use server" entry points
// (./<domain>/entry.ts, through ./run.ts) resolve the actor from the session
// and pass it in.
//
// Field errors come from zod's issue path (and from ActionRefusal's `field`):
// an action's messages are plain sentences and never spell a field's key.
import "server-only";
import type { z } from "zod";
import type { Db, Executor, Tx } from "@/db/client";
import { appendAudit, type AuditEntry } from "@/lib/audit/append";
import { can, type Action, type Resource } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/roles";
import { defaultEmailTransport, type EmailMessage, type EmailTransport } from "@/lib/notify/email";
import { writeNotifications, type NotificationDraft } from "@/lib/notify/in-app";
import { bumpDataVersion } from "@/lib/data-version";
import { CONCURRENT_CONFLICT_MESSAGE, errorForLog, isConcurrentConflict } from "@/lib/db-errors";
import { ActionRefusal, type ActionResult } from "./result";

export interface ActionContext {
  db: Db;
  actor: SessionUser | null;
  /** defaults to the transport chosen from the environment */
  mailer?: EmailTransport;
}


export interface HandlerOutcome<T> {
  data: T;
  audit: AuditEntry[];
  notify?: NotificationDraft[];
  /** emails of their own (an invitation, a reset link), sent after the commit like the notifications' */
  email?: EmailMessage[];
}

export interface ActionDefinition<S extends z.ZodType, L, T> {
  /** the policy action asked of `can` */
  permission: Action;
  input: S;
  /** reads what the policy needs (e.g. the indicator's service); null → not found */
  load: (db: Executor, input: z.infer<S>, actor: SessionUser) => Promise<{ resource: Resource; loaded: L } | null>;
  notFoundMessage?: string;
  /** the input field a "not found" is about (e.g. the board chosen), so a form can show it there */
  notFoundField?: string;
  handler: (args: { tx: Tx; actor: SessionUser; input: z.infer<S>; loaded: L }) => Promise<HandlerOutcome<T>>;
}

/** The path ("title", "highlights.0.theme") of the first text holding a NUL, which PostgreSQL cannot store; null if none. */
function fieldWithNul(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") : null;
  if (depth > 8 || typeof value !== "object" || value === null) return null;
  const entries = value instanceof FormData ? [...value.entries()] : Object.entries(value);
  for (const [key, item] of entries) {
    const found = fieldWithNul(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** What defineAction makes: called with the context and untrusted input, by tests and the entry points alike. */
export type ActionCore<T> = (ctx: ActionContext, raw: unknown) => Promise<ActionResult<T>>;

/**
 * One message per field, keyed by zod's issue path ("title", "highlights.0.theme");
 * an issue about the whole input is keyed "input". The first issue of a field wins.
 */
function fieldErrorsOf(issues: z.ZodError["issues"]): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[issue.path.map(String).join(".") || "input"] ??= issue.message;
  return fieldErrors;
}

export function defineAction<S extends z.ZodType, L, T>(definition: ActionDefinition<S, L, T>): ActionCore<T> {
  return async ({ db, actor, mailer }, raw) => {
    if (!actor) return { ok: false, code: "unauthenticated", message: "Sign in to do this." };
    const nul = fieldWithNul(raw);
    if (nul !== null) {
      const message = "Remove the invisible NUL character (U+0000) from this text: it cannot be stored.";
      return { ok: false, code: "invalid", message, fieldErrors: { [nul || "input"]: message } };
    }
    const parsed = definition.input.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error.issues);
      return { ok: false, code: "invalid", message: Object.values(fieldErrors).join(" "), fieldErrors };
    }
    const input = parsed.data;
    let emails: EmailMessage[] = [];
    try {
      const found = await definition.load(db, input, actor);
      if (!found) {
        const message = definition.notFoundMessage ?? "That could not be found.";
        const field = definition.notFoundField;
        return { ok: false, code: "not_found", message, ...(field ? { fieldErrors: { [field]: message } } : {}) };
      }
      if (!can(actor, definition.permission, found.resource)) {
        return { ok: false, code: "forbidden", message: "You do not have permission to do this." };
      }
      const data = await db.transaction(async (tx) => {
        const outcome = await definition.handler({ tx, actor, input, loaded: found.loaded });
        if (outcome.audit.length > 0) {
          await appendAudit(tx, outcome.audit.map((entry) => ({ ...entry, actorId: actor.id })));
        }
        emails = [...(await writeNotifications(tx, outcome.notify ?? [], actor.id)), ...(outcome.email ?? [])];
        // last in the transaction: cached scorecards are keyed by this counter
        await bumpDataVersion(tx);
        return outcome.data;
      });
      await sendAll(mailer ?? defaultEmailTransport(), emails);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof ActionRefusal) {
        const fieldErrors = error.field ? { [error.field]: error.message } : undefined;
        return { ok: false, code: error.code, message: error.message, details: error.details, ...(fieldErrors ? { fieldErrors } : {}) };
      }
      // A lost race (two people creating the same row at once) is a conflict, not a fault.
      if (isConcurrentConflict(error)) return { ok: false, code: "conflict", message: CONCURRENT_CONFLICT_MESSAGE };
      console.error(`[action ${definition.permission}] ${errorForLog(error)}`);
      return { ok: false, code: "error", message: "Something went wrong and nothing was changed. Try again." };
    }
  };
}

/** An email that cannot be sent never undoes the change: the in-app notification is already stored. */
async function sendAll(mailer: EmailTransport, emails: EmailMessage[]): Promise<void> {
  for (const email of emails) {
    try {
      await mailer.send(email);
    } catch (error) {
      console.error(`[email] could not send to ${email.to}:`, error instanceof Error ? error.message : error);
    }
  }
}
