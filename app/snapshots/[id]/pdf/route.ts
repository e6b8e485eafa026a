import { getDb } from "@/db/client";
import { currentUser } from "@/lib/auth/session";
import { snapshotContent } from "@/lib/queries/snapshots";
import { canReadSnapshot } from "@/lib/snapshots/access";
import { pdfResponse } from "@/lib/snapshots/pdf-response";
import { parseId } from "@/lib/ids";

/** The published paper as PDF: rendered once on first request, then the same bytes every time. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const user = await currentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!id) return new Response("No such paper.", { status: 404 });
  const db = await getDb();
  const content = await snapshotContent({ db, id });
  if (!content) return new Response("No such paper.", { status: 404 });
  if (!canReadSnapshot(user, content)) return new Response("You do not have access to this paper.", { status: 403 });
  if (content.status === "draft") return new Response("A draft has no PDF: publish it first, or use the print view.", { status: 409 });

  // Rendered on this server from the frozen paper with a render token, never the reader's cookies.
  return pdfResponse({ db, content, variant: "paper" });
}
