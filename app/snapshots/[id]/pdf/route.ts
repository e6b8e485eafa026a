import { getDb } from "@/db/client";
import { currentUser } from "@/lib/auth/session";
import { snapshotContent } from "@/lib/queries/snapshots";
import { canReadSnapshot } from "@/lib/snapshots/access";
import { ChromiumMissingError, renderPdf } from "@/lib/snapshots/pdf";
import { storedPdf, type StoredPdf } from "@/lib/snapshots/pdf-store";
import { parseId } from "@/lib/ids";

/** The published paper as PDF: rendered once on first request, then the same bytes every time. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const user = await currentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!id) return new Response("No such paper.", { status: 404 });
  const db = await getDb();
  const content = await snapshotContent({ db, id });
  if (!content) return new Response("No such paper.", { status: 404 });
  if (!canReadSnapshot(user, content)) return new Response("You do not have access to this paper.", { status: 403 });
  if (content.status === "draft") return new Response("A draft has no PDF: publish it first, or use the print view.", { status: 409 });

  const origin = new URL(request.url).origin;
  // The reader's own session goes with Chromium, so the print view checks the same permissions.
  const cookies = (request.headers.get("cookie") ?? "")
    .split(/;\s*/)
    .filter(Boolean)
    .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1) }));
  let pdf: StoredPdf;
  try {
    pdf = await storedPdf({ db, snapshotId: id, render: () => renderPdf({ url: `${origin}/snapshots/${id}/print`, cookies }) });
  } catch (error) {
    if (error instanceof ChromiumMissingError) {
      return new Response(
        `The PDF cannot be made on this server because Chromium is not installed (${error.message}). Use the print view at /snapshots/${id}/print and your browser's "Save as PDF" instead.`,
        { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } },
      );
    }
    console.error("[pdf]", error);
    return new Response(`The PDF could not be made. Use the print view at /snapshots/${id}/print instead.`, { status: 500 });
  }
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="lantern-snapshot-${id}.pdf"`,
      "x-pdf-pages": String(pdf.pages),
      "cache-control": "private, max-age=31536000, immutable",
    },
  });
}
