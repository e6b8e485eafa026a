import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { snapshotPdfs } from "@/db/schema";
import { currentUser } from "@/lib/auth/session";
import { snapshotContent } from "@/lib/queries/snapshots";
import { canReadSnapshot } from "@/lib/snapshots/access";
import { ChromiumMissingError, pdfPageCount, renderPdf } from "@/lib/snapshots/pdf";

/** The published paper as PDF: rendered once on first request, then the same bytes every time. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const user = await currentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!Number.isInteger(id) || id <= 0) return new Response("No such paper.", { status: 404 });
  const db = await getDb();
  const content = await snapshotContent({ db, id });
  if (!content) return new Response("No such paper.", { status: 404 });
  if (!canReadSnapshot(user, content)) return new Response("You do not have access to this paper.", { status: 403 });
  if (content.status === "draft") return new Response("A draft has no PDF: publish it first, or use the print view.", { status: 409 });

  let [stored] = await db.select().from(snapshotPdfs).where(eq(snapshotPdfs.snapshotId, id));
  if (!stored) {
    const origin = new URL(request.url).origin;
    const cookies = (request.headers.get("cookie") ?? "")
      .split(/;\s*/)
      .filter(Boolean)
      .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1) }));
    let bytes: Buffer;
    try {
      bytes = await renderPdf({ url: `${origin}/snapshots/${id}/print`, cookies });
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
    // Two first requests at once: the first stored wins and both serve it.
    await db.insert(snapshotPdfs).values({ snapshotId: id, bytes, pages: pdfPageCount(bytes) }).onConflictDoNothing();
    [stored] = await db.select().from(snapshotPdfs).where(eq(snapshotPdfs.snapshotId, id));
  }
  return new Response(new Uint8Array(stored.bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="lantern-snapshot-${id}.pdf"`,
      "x-pdf-pages": String(stored.pages),
      "cache-control": "private, max-age=31536000, immutable",
    },
  });
}
