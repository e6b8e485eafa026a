import "server-only";
// Files uploaded at /admin/import and previewed, kept until imported (or for
// a day), so "Import" writes exactly the bytes that were previewed.
import { and, eq, lt } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { importUploads } from "@/db/schema";

const KEEP_MS = 24 * 60 * 60 * 1000;

export async function stageUpload(
  db: Db,
  upload: { createdBy: string; fileName: string; kind: string; sheet: string | null; sha256: string; bytes: Uint8Array; planDigest: string },
): Promise<string> {
  await db.delete(importUploads).where(lt(importUploads.createdAt, new Date(Date.now() - KEEP_MS)));
  const [row] = await db
    .insert(importUploads)
    .values({ ...upload, bytes: Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, upload.bytes.byteLength) })
    .returning({ id: importUploads.id });
  return row.id;
}

export interface StagedUpload {
  id: string;
  createdBy: string;
  fileName: string;
  kind: string;
  sheet: string | null;
  sha256: string;
  bytes: Uint8Array;
  planDigest: string;
}

/** A person's own staged upload; null when it is gone (imported, expired) or someone else's. */
export async function loadUpload(db: Db | Tx, id: string, createdBy: string): Promise<StagedUpload | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
    .select()
    .from(importUploads)
    .where(and(eq(importUploads.id, id), eq(importUploads.createdBy, createdBy)));
  if (!row) return null;
  return { ...row, bytes: new Uint8Array(row.bytes) };
}

export async function dropUpload(db: Db | Tx, id: string): Promise<void> {
  await db.delete(importUploads).where(eq(importUploads.id, id));
}
