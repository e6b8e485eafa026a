// POST /api/import/confirm {uploadId, sha256}: imports exactly the previewed
// file (lib/actions/imports/core.ts), streaming its progress, then the result.
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { confirmImportWith } from "@/lib/actions/imports/core";
import { readJsonWithin } from "@/lib/http/bounded-body";
import { guardImport, streamLines } from "../guard";

export async function POST(request: Request): Promise<Response> {
  const guard = await guardImport(request);
  if (!guard.ok) return guard.response;
  // {uploadId, sha256}: a few dozen bytes; the route is outside the proxy, so it bounds its own body.
  const input = await readJsonWithin(request, 16 * 1024);
  if (!input.ok) {
    const message = input.code === "invalid" ? "Send the upload id and hash as JSON." : input.message;
    return Response.json({ ok: false, code: input.code, message }, { status: input.status });
  }
  const db = await getDb();
  return streamLines(async (send) => {
    const result = await confirmImportWith(send)({ db, actor: guard.user }, input.value);
    if (result.ok) revalidatePath("/", "layout");
    return result;
  });
}
