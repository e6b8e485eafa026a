// The session's ends, for the warning before it ends (components/session/):
// GET says when the session ends without counting as activity; POST is "Stay
// signed in", which records activity now (same-site pages only). Anyone may
// ask: without a session the answer is { signedIn: false }, never a redirect.
import { getDb } from "@/db/client";
import { sessionStatus, tokenOf } from "@/lib/auth/session-status";
import { crossSiteRefusal, isSameOrigin } from "@/lib/http/same-origin";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  const status = await sessionStatus({ db: await getDb(), token: await tokenOf(request) });
  return Response.json({ ...status, now: Date.now() }, { headers: NO_STORE });
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteRefusal();
  const status = await sessionStatus({ db: await getDb(), token: await tokenOf(request), touch: true });
  return Response.json({ ...status, now: Date.now() }, { status: status.signedIn ? 200 : 401, headers: NO_STORE });
}
