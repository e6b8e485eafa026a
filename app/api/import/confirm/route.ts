// POST /api/import/confirm {uploadId, sha256}: imports exactly the previewed
// file (lib/actions/imports/core.ts), streaming its progress, then the result.
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { confirmImportWith } from "@/lib/actions/imports/core";
import { readJsonWithin } from "@/lib/http/bounded-body";
import { refuse } from "@/lib/http/refusal";
import { withSession } from "@/lib/http/with-session";
import { streamLines } from "../guard";

export const POST = withSession(
  "data.load",
  async ({ request, user }) => {
    // {uploadId, sha256}: a few dozen bytes; the route is outside the proxy, so it bounds its own body.
    const input = await readJsonWithin(request, 16 * 1024);
    if (!input.ok) refuse(input.status, input.code === "invalid" ? "Send the upload id and hash as JSON." : input.message);
    const db = await getDb();
    return streamLines(async (send) => {
      const result = await confirmImportWith(send)({ db, actor: user }, input.value);
      if (result.ok) revalidatePath("/", "layout");
      return result;
    });
  },
  { sameOrigin: true },
);
