// What every import route checks itself, before reading a byte of the body:
// same origin, a session, the policy's data.load, and the size limit from the
// Content-Length (413 with the limit in words; never a truncated file).
import "server-only";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/roles";
import { currentUser } from "@/lib/auth/session";
import { readBodyWithin } from "@/lib/http/bounded-body";
import { crossSiteRefusal, isSameOrigin } from "@/lib/http/same-origin";
import { authoritySettings } from "@/lib/queries/authority";
import { errorForLog } from "@/lib/db-errors";

export type Guarded = { ok: true; user: SessionUser } | { ok: false; response: Response };

export async function guardImport(request: Request, { post = true }: { post?: boolean } = {}): Promise<Guarded> {
  if (post && !isSameOrigin(request)) return { ok: false, response: crossSiteRefusal() };
  const user = await currentUser();
  if (!user) return { ok: false, response: Response.json({ ok: false, code: "unauthenticated", message: "Sign in to do this." }, { status: 401 }) };
  if (!can(user, "data.load")) {
    return { ok: false, response: Response.json({ ok: false, code: "forbidden", message: "You do not have permission to do this." }, { status: 403 }) };
  }
  return { ok: true, user };
}

/** The whole body, or the 413 answer (from Content-Length when given, before reading). */
export async function uploadedBytes(request: Request): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; response: Response }> {
  const { importMaxBytes } = await authoritySettings({ db: await getDb() });
  const body = await readBodyWithin(request, importMaxBytes);
  if (!body.ok) return { ok: false, response: Response.json({ ok: false, code: "too_large", message: body.message }, { status: 413 }) };
  return body;
}

/**
 * A response that streams one JSON object per line: progress as the work
 * goes, then the result. The page reads it as it arrives, so a big file shows
 * parsed / checked / written while the rest of the page stays usable.
 */
export function streamLines(work: (send: (line: object) => void) => Promise<object>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        send({ type: "result", ...(await work((progress) => send({ type: "progress", ...progress }))) });
      } catch (error) {
        console.error(`[import] ${errorForLog(error)}`);
        send({ type: "result", ok: false, code: "error", message: "Something went wrong and nothing was loaded. Try again." });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
