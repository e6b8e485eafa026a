// The editor's save-on-leaving-the-page: navigator.sendBeacon posts here when
// the tab is hidden or closed (a server action cannot be called as a beacon).
// It runs the same save core as the "Save draft" button, with the person from
// the session.
import { getDb } from "@/db/client";
import { saveCommentary } from "@/lib/actions/commentary/core";
import { currentUser } from "@/lib/auth/session";
import { readJsonWithin } from "@/lib/http/bounded-body";
import { crossSiteRefusal, isSameOrigin } from "@/lib/http/same-origin";

const STATUS: Record<string, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 400,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  error: 500,
};

export async function POST(request: Request): Promise<Response> {
  // Only this site's own pages may post here: a beacon carries Origin, so a missing one is refused too.
  if (!isSameOrigin(request)) return crossSiteRefusal();
  // A draft is a few thousand characters: 1 MB is far more than one needs.
  const input = await readJsonWithin(request, 1024 * 1024);
  if (!input.ok) return Response.json({ ok: false, code: input.code, message: input.message }, { status: input.status });
  const result = await saveCommentary({ db: await getDb(), actor: await currentUser() }, input.value);
  return Response.json(result, { status: result.ok ? 200 : (STATUS[result.code] ?? 400) });
}
