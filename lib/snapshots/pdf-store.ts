import "server-only";
// A published paper's PDF is rendered once, on its first request, and kept in
// the database (snapshot_pdfs), so every later request gets the same bytes.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { snapshotPdfs } from "@/db/schema";
import { pdfPageCount } from "./pdf";

export interface StoredPdf {
  bytes: Buffer;
  pages: number;
}

/** The kept PDF of a paper, rendering and keeping it with `render` the first time. */
export async function storedPdf({ db, snapshotId, render }: { db: Db; snapshotId: number; render: () => Promise<Buffer> }): Promise<StoredPdf> {
  const [found] = await db.select().from(snapshotPdfs).where(eq(snapshotPdfs.snapshotId, snapshotId));
  if (found) return { bytes: found.bytes, pages: found.pages };
  const bytes = await render();
  // Two first requests at once: the first stored wins and both serve it.
  await db.insert(snapshotPdfs).values({ snapshotId, bytes, pages: pdfPageCount(bytes) }).onConflictDoNothing();
  const [stored] = await db.select().from(snapshotPdfs).where(eq(snapshotPdfs.snapshotId, snapshotId));
  return { bytes: stored.bytes, pages: stored.pages };
}
