// POST /api/import/confirm {uploadId, sha256}: imports exactly the previewed
// file (lib/actions/imports/core.ts), streaming its progress, then the result.
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { confirmImportWith } from "@/lib/actions/imports/core";
import { guardImport, streamLines } from "../guard";

export async function POST(request: Request): Promise<Response> {
  const guard = await guardImport(request);
  if (!guard.ok) return guard.response;
  let input: unknown;
  try {
    input = await request.json();
  } catch {
    return Response.json({ ok: false, code: "invalid", message: "Send the upload id and hash as JSON." }, { status: 400 });
  }
  const db = await getDb();
  return streamLines(async (send) => {
    const result = await confirmImportWith(send)({ db, actor: guard.user }, input);
    if (result.ok) revalidatePath("/", "layout");
    return result;
  });
}
