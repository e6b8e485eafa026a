import "server-only";
// The PDF routes' shared tail: the stored PDF of a published paper (or of its
// public release), rendered once from the print view by ./pdf.ts with a render
// token, as an HTTP response; a plain message when Chromium is missing or the
// render fails.
import type { Db } from "@/db/client";
import type { SnapshotContent } from "./types";
import { ChromiumMissingError, renderPdf } from "./pdf";
import { storedPdf, type PdfVariant, type StoredPdf } from "./pdf-store";
import { publicRulesFor } from "./public-rules";
import { renderToken } from "./render-token";
import { errorForLog } from "@/lib/db-errors";
import { pdfFileName } from "./paper-view";

export async function pdfResponse({ db, content, variant }: { db: Db; content: SnapshotContent; variant: PdfVariant }): Promise<Response> {
  const id = content.id;
  const printPath = variant === "public" ? `/public/${id}/print` : `/snapshots/${id}/print`;
  let pdf: StoredPdf;
  try {
    pdf = await storedPdf({
      db,
      snapshotId: id,
      variant,
      rules: variant === "public" ? (await publicRulesFor({ db, content })).name : "",
      render: () =>
        renderPdf({
          path: printPath,
          token: renderToken(variant === "public" ? "public" : "paper", id),
          title: content.title,
          author: content.authority,
        }),
    });
  } catch (error) {
    if (error instanceof ChromiumMissingError) {
      return new Response(
        `The PDF cannot be made on this server because Chromium is not installed (${error.message}). Use the print view at ${printPath} and your browser's "Save as PDF" instead.`,
        { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } },
      );
    }
    console.error(`[pdf] ${errorForLog(error)}`);
    return new Response(`The PDF could not be made. Use the print view at ${printPath} instead.`, { status: 500 });
  }
  const name = pdfFileName({ board: content.board, period: content.period, audience: variant === "public" ? "public" : "internal" });
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${name}"`,
      "x-pdf-pages": String(pdf.pages),
      "cache-control": `${variant === "public" ? "public" : "private"}, max-age=31536000, immutable`,
    },
  });
}
