// POST /api/import/confirm {uploadId, sha256}: imports exactly the previewed
// file (lib/actions/imports/core.ts), streaming its progress, then the result.
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { confirmImportWith } from "@/lib/actions/imports/core";
import { refuse } from "@/lib/http/refusal";
import { withSession } from "@/lib/http/with-session";
import { streamLines } from "../guard";

export const POST = withSession(
  "data.load",
  async ({ request, user }) => {
    let input: unknown;
    try {
      input = await request.json();
    } catch {
      refuse(400, "Send the upload id and hash as JSON.");
    }
    const db = await getDb();
    return streamLines(async (send) => {
      const result = await confirmImportWith(send)({ db, actor: user }, input);
      if (result.ok) revalidatePath("/", "layout");
      return result;
    });
  },
  { sameOrigin: true },
);
