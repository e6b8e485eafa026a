// Loads a values CSV over HTTP, for the admin. The CLI (`lantern import
// values`) is the usual way, but the embedded database can be opened by one
// process only, so while the server runs (as in the browser tests) this is
// the way in. Same code as the CLI: lib/import/apply.ts importFile.
import { getDb } from "@/db/client";
import { refuse } from "@/lib/http/refusal";
import { withSession } from "@/lib/http/with-session";
import { formatImportError } from "@/lib/import/errors";
import { importFile } from "@/lib/import/apply";
import { uploadedBytes } from "../guard";

export const POST = withSession(
  "data.load",
  async ({ request, user }) => {
    // The body is read here, whole or not at all (proxy.ts leaves /api/import/ alone, so nothing cuts it short).
    const bytes = await uploadedBytes(request);
    const file = new URL(request.url).searchParams.get("file") || "upload.csv";
    const outcome = await importFile({ db: await getDb(), kind: "values", bytes, file, actorId: user.id });
    if (!outcome.ok) refuse(400, "The file was not loaded.", { errors: outcome.errors.map(formatImportError) });
    return Response.json({ ok: true, summary: outcome.summary });
  },
  { sameOrigin: true },
);
