import "server-only";
// A published paper's PDF (and its public release's) is rendered once, on its
// first request, and kept in the database (snapshot_pdfs, snapshot_public_pdfs),
// so every later request gets the same bytes. Requests that arrive while it
// is being rendered wait for that one render and are given the stored bytes:
// never a second Chromium for the same paper.
//
// Only the renderer stores a PDF: each row carries an HMAC of its bytes under
// the settings' key (lib/audit/key.ts), which the database does not hold. A
// row without a matching one -- inserted by someone with write access to the
// database, or kept before the MAC existed -- is never served: the paper is
// rendered again from its frozen content and kept beside it.
import { createHmac } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { snapshotPdfs, snapshotPublicPdfs } from "@/db/schema";
import { auditKey } from "@/lib/audit/key";
import { pdfPageCount } from "./pdf-file";

export interface StoredPdf {
  bytes: Buffer;
  pages: number;
}

export type PdfVariant = "paper" | "public";

// In flight, per database and paper (on globalThis: each route is bundled apart).
const IN_FLIGHT = Symbol.for("lantern.pdf.inflight");
function inFlight(db: Db): Map<string, Promise<StoredPdf>> {
  const holder = globalThis as { [IN_FLIGHT]?: WeakMap<Db, Map<string, Promise<StoredPdf>>> };
  const all = (holder[IN_FLIGHT] ??= new WeakMap());
  let forDb = all.get(db);
  if (!forDb) all.set(db, (forDb = new Map()));
  return forDb;
}

/** The renderer's seal on a kept PDF ("" with no key set: then nothing can tell a forged row). */
export function pdfMac({ variant, snapshotId, rules, bytes }: { variant: PdfVariant; snapshotId: number; rules: string; bytes: Uint8Array }): string {
  const key = auditKey();
  if (!key) return "";
  return createHmac("sha256", key.secret).update(`lantern pdf\u0000${variant}\u0000${snapshotId}\u0000${rules}\u0000`).update(bytes).digest("hex");
}

async function kept(db: Db, variant: PdfVariant, snapshotId: number, rules: string): Promise<StoredPdf | null> {
  const rows =
    variant === "public"
      ? await db
          .select({ bytes: snapshotPublicPdfs.bytes, pages: snapshotPublicPdfs.pages, mac: snapshotPublicPdfs.mac })
          .from(snapshotPublicPdfs)
          .where(and(eq(snapshotPublicPdfs.snapshotId, snapshotId), eq(snapshotPublicPdfs.rules, rules)))
          .orderBy(asc(snapshotPublicPdfs.createdAt), asc(snapshotPublicPdfs.mac))
      : await db
          .select({ bytes: snapshotPdfs.bytes, pages: snapshotPdfs.pages, mac: snapshotPdfs.mac })
          .from(snapshotPdfs)
          .where(eq(snapshotPdfs.snapshotId, snapshotId))
          .orderBy(asc(snapshotPdfs.createdAt), asc(snapshotPdfs.mac));
  // The first one the renderer sealed; any other row is ignored.
  const found = rows.find((r) => r.mac === pdfMac({ variant, snapshotId, rules, bytes: r.bytes }));
  return found ? { bytes: found.bytes, pages: found.pages } : null;
}

/** The kept PDF of a paper, rendering and keeping it with `render` the first time. */
export async function storedPdf({
  db,
  snapshotId,
  variant = "paper",
  rules = "",
  render,
}: {
  db: Db;
  snapshotId: number;
  variant?: PdfVariant;
  /** the public release's disclosure rules (./public-rules.ts): a PDF kept under other rules is not served */
  rules?: string;
  render: () => Promise<Buffer>;
}): Promise<StoredPdf> {
  const found = await kept(db, variant, snapshotId, rules);
  if (found) return found;
  const waiting = inFlight(db);
  const key = `${variant}:${snapshotId}:${rules}`;
  let job = waiting.get(key);
  if (!job) {
    job = (async () => {
      const bytes = await render();
      // Two servers rendering at once: both keep theirs, and the first kept is the one served.
      const row = { snapshotId, bytes, pages: pdfPageCount(bytes), mac: pdfMac({ variant, snapshotId, rules, bytes }) };
      if (variant === "public") await db.insert(snapshotPublicPdfs).values({ ...row, rules }).onConflictDoNothing();
      else await db.insert(snapshotPdfs).values(row).onConflictDoNothing();
      return (await kept(db, variant, snapshotId, rules))!;
    })().finally(() => waiting.delete(key));
    waiting.set(key, job);
  }
  return await job;
}
