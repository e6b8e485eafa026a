import "server-only";
// A published paper's PDF (and its public release's) is rendered once, on its
// first request, and kept in the database (snapshot_pdfs, snapshot_public_pdfs),
// so every later request gets the same bytes. Requests that arrive while it
// is being rendered wait for that one render and are given the stored bytes:
// never a second Chromium for the same paper.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { snapshotPdfs, snapshotPublicPdfs } from "@/db/schema";
import { pdfPageCount } from "./pdf-file";

export interface StoredPdf {
  bytes: Buffer;
  pages: number;
}

export type PdfVariant = "paper" | "public";

const TABLES = { paper: snapshotPdfs, public: snapshotPublicPdfs } as const;

// In flight, per database and paper (on globalThis: each route is bundled apart).
const IN_FLIGHT = Symbol.for("lantern.pdf.inflight");
function inFlight(db: Db): Map<string, Promise<StoredPdf>> {
  const holder = globalThis as { [IN_FLIGHT]?: WeakMap<Db, Map<string, Promise<StoredPdf>>> };
  const all = (holder[IN_FLIGHT] ??= new WeakMap());
  let forDb = all.get(db);
  if (!forDb) all.set(db, (forDb = new Map()));
  return forDb;
}

async function kept(db: Db, variant: PdfVariant, snapshotId: number): Promise<StoredPdf | null> {
  const table = TABLES[variant];
  const [found] = await db.select({ bytes: table.bytes, pages: table.pages }).from(table).where(eq(table.snapshotId, snapshotId));
  return found ? { bytes: found.bytes, pages: found.pages } : null;
}

/** The kept PDF of a paper, rendering and keeping it with `render` the first time. */
export async function storedPdf({
  db,
  snapshotId,
  variant = "paper",
  render,
}: {
  db: Db;
  snapshotId: number;
  variant?: PdfVariant;
  render: () => Promise<Buffer>;
}): Promise<StoredPdf> {
  const found = await kept(db, variant, snapshotId);
  if (found) return found;
  const waiting = inFlight(db);
  const key = `${variant}:${snapshotId}`;
  let job = waiting.get(key);
  if (!job) {
    job = (async () => {
      const bytes = await render();
      // Two servers rendering at once: the first stored wins and both serve it.
      await db.insert(TABLES[variant]).values({ snapshotId, bytes, pages: pdfPageCount(bytes) }).onConflictDoNothing();
      return (await kept(db, variant, snapshotId))!;
    })().finally(() => waiting.delete(key));
    waiting.set(key, job);
  }
  return await job;
}
