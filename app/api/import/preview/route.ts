// POST /api/import/preview?file=NAME&kind=KIND|auto&sheet=SHEET, the file's
// bytes as the body: checks it whole and answers with the preview (streamed
// progress, then the result). Writes no figures; keeps the file for "Import".
import { getDb } from "@/db/client";
import { withSession } from "@/lib/http/with-session";
import { isImportKind } from "@/lib/import/columns";
import { previewImport } from "@/lib/import/preview";
import { streamLines, uploadedBytes } from "../guard";

export const POST = withSession(
  "data.load",
  async ({ request, user }) => {
    const bytes = await uploadedBytes(request);
    const params = new URL(request.url).searchParams;
    const file = (params.get("file") || "upload.csv").replace(/[\\/\r\n]/g, "_").slice(0, 200);
    const kindParam = params.get("kind") ?? "auto";
    const kind = isImportKind(kindParam) ? kindParam : null;
    const sheet = params.get("sheet") || null;
    const db = await getDb();
    return streamLines(async (send) => {
      const preview = await previewImport({ db, actorId: user.id, bytes, file, kind, sheet, onProgress: send });
      return { ok: true, preview };
    });
  },
  { sameOrigin: true },
);
