// Loads a values CSV over HTTP, for the admin. The CLI (`lantern import
// values`) is the usual way, but the embedded database can be opened by one
// process only, so while the server runs (as in the browser tests) this is
// the way in. Same code as the CLI: lib/import/apply.ts importFile.
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/policy";
import { currentUser } from "@/lib/auth/session";
import { readBodyWithin } from "@/lib/http/bounded-body";
import { crossSiteRefusal, isSameOrigin } from "@/lib/http/same-origin";
import { formatImportError } from "@/lib/import/errors";
import { importFile } from "@/lib/import/apply";
import { authoritySettings } from "@/lib/queries/authority";

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteRefusal();
  const user = await currentUser();
  if (!user) return Response.json({ ok: false, code: "unauthenticated", message: "Sign in to do this." }, { status: 401 });
  if (!can(user, "data.load")) return Response.json({ ok: false, code: "forbidden", message: "You do not have permission to do this." }, { status: 403 });
  // The body is read here, whole or not at all (proxy.ts leaves /api/import/ alone, so nothing cuts it short).
  const db = await getDb();
  const { importMaxBytes } = await authoritySettings({ db });
  const body = await readBodyWithin(request, importMaxBytes);
  if (!body.ok) return Response.json({ ok: false, code: "too_large", message: body.message }, { status: 413 });
  const file = new URL(request.url).searchParams.get("file") || "upload.csv";
  const outcome = await importFile({ db, kind: "values", bytes: body.bytes, file, actorId: user.id });
  if (!outcome.ok) {
    return Response.json({ ok: false, code: "invalid", message: "The file was not loaded.", errors: outcome.errors.map(formatImportError) }, { status: 400 });
  }
  return Response.json({ ok: true, summary: outcome.summary });
}
