import { getDb } from "@/db/client";
import { refuse } from "@/lib/http/refusal";
import { idParam, withSession } from "@/lib/http/with-session";
import { paperForReader } from "@/lib/snapshots/reader";
import { pdfResponse } from "@/lib/snapshots/pdf-response";

/** The published paper as PDF: rendered once on first request, then the same bytes every time. */
export const GET = withSession<{ id: string }>(null, async ({ user, params }) => {
  const id = idParam(params.id);
  const db = await getDb();
  const content = await paperForReader({ db, user, id });
  if (content.status === "draft") refuse(409, "A draft has no PDF: publish it first, or use the print view.");
  // Rendered on this server from the frozen paper with a render token, never the reader's cookies.
  return pdfResponse({ db, content, variant: "paper" });
});
