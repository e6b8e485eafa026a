import { getDb } from "@/db/client";
import { parseId } from "@/lib/ids";
import { snapshotContent } from "@/lib/queries/snapshots";
import { pdfResponse } from "@/lib/snapshots/pdf-response";

/** The public release as PDF: anyone may have it, for a published paper marked for public release; anything else is not there. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const content = id ? await snapshotContent({ db: await getDb(), id }) : null;
  if (!content || content.status === "draft" || !content.publicRelease) return new Response("No such public release.", { status: 404 });
  return pdfResponse({ db: await getDb(), content, variant: "public" });
}
