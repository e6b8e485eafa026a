// Imports from the admin pages: "Import" writes the previewed upload; "Undo"
// takes back the latest import of a kind. Both through defineAction (session,
// zod, the policy's data.load, one transaction with its audit event), both
// under the kind's import lock.
import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { importBatches } from "@/db/schema";
import { can } from "@/lib/auth/policy";
import { requireAuthority } from "@/lib/queries/authority";
import { lockImports, readImport, sha256Of, writePlanned, type ReadFile } from "@/lib/import/apply";
import { isImportKind } from "@/lib/import/columns";
import { formatImportError } from "@/lib/import/errors";
import type { ImportProgress } from "@/lib/import/preview-types";
import { checkUndo, undoBatch } from "@/lib/import/undo";
import { dropUpload, loadUpload } from "@/lib/import/uploads";
import { defineAction } from "../define-action";
import { id } from "../fields";
import { ActionRefusal } from "../result";

const confirmInput = z.object({
  uploadId: z.string({ error: "Upload is required" }).uuid("Upload must be the id of a previewed file"),
  sha256: z.string({ error: "File hash is required" }).regex(/^[0-9a-f]{64}$/, "File hash must be 64 hexadecimal digits"),
});

/** "Import" for a previewed upload; `onProgress` hears each stage (the route streams it). */
export function confirmImportWith(onProgress: (progress: ImportProgress) => void = () => {}) {
  return defineAction({
    permission: "data.load",
    input: confirmInput,
    notFoundMessage: "This preview has expired or its file was imported already: upload the file again.",
    // Reading the file (the slow part for a big workbook) happens before the
    // transaction, so the import lock is held only while writing.
    load: async (db, input, actor) => {
      // Nothing is read for someone the policy will refuse anyway.
      if (!can(actor, "data.load")) return { resource: {}, loaded: null as never };
      const upload = await loadUpload(db, input.uploadId, actor.id);
      if (!upload || !isImportKind(upload.kind)) return null;
      const read = await readImport({ bytes: upload.bytes, file: upload.fileName, kind: upload.kind, sheet: upload.sheet });
      return { resource: {}, loaded: { upload, read } };
    },
    handler: async ({ tx, actor, input, loaded: { upload, read } }) => {
      if (input.sha256 !== upload.sha256 || sha256Of(upload.bytes) !== upload.sha256) {
        throw new ActionRefusal("conflict", "This is not the file that was previewed: preview it again before importing.");
      }
      if (!read.ok) throw new ActionRefusal("invalid", "The file has errors: nothing was loaded.", { errors: read.errors.map(formatImportError) });
      onProgress({ stage: "writing", rows: read.table.rows.length });
      await lockImports(tx, read.kind);
      const written = await writePlanned(tx, read as ReadFile, actor.id, upload.planDigest);
      if (!written.ok) {
        if ("moved" in written) {
          throw new ActionRefusal("conflict", "The stored figures have changed since the preview (another import?): preview the file again.");
        }
        throw new ActionRefusal("invalid", "The file has errors: nothing was loaded.", { errors: written.errors.map(formatImportError) });
      }
      await dropUpload(tx, upload.id);
      onProgress({ stage: "written" });
      return { data: written.summary, audit: [written.audit] };
    },
  });
}

export const confirmImport = confirmImportWith();

export interface UndoResult {
  batchId: number;
  kind: string;
  fileName: string;
  rows: number;
}

export const undoImport = defineAction({
  permission: "data.load",
  input: z.object({ batchId: id("Import") }),
  notFoundMessage: "There is no such import.",
  load: async (db, input) => {
    const [batch] = await db.select({ id: importBatches.id }).from(importBatches).where(eq(importBatches.id, input.batchId));
    return batch ? { resource: {}, loaded: batch } : null;
  },
  handler: async ({ tx, actor, input }) => {
    const [{ kind }] = await tx.select({ kind: importBatches.kind }).from(importBatches).where(eq(importBatches.id, input.batchId));
    if (isImportKind(kind)) await lockImports(tx, kind);
    // Read again under the lock: another undo or import may have just committed.
    const [batch] = await tx
      .select({
        id: importBatches.id,
        kind: importBatches.kind,
        fileName: importBatches.fileName,
        loadedAt: importBatches.loadedAt,
        outcome: importBatches.outcome,
        openedPeriods: importBatches.openedPeriods,
        rows: importBatches.rowCount,
        inserted: importBatches.inserted,
        updated: importBatches.updated,
        unchanged: importBatches.unchanged,
      })
      .from(importBatches)
      .where(eq(importBatches.id, input.batchId));
    const check = await checkUndo(tx, batch);
    if (!check.ok) throw new ActionRefusal("invalid_state", check.reason);
    const authority = await requireAuthority({ db: tx });
    const rows = await undoBatch(tx, batch, check.kind, authority.id);
    await tx.update(importBatches).set({ outcome: "undone", undoneBy: actor.id, undoneAt: new Date() }).where(eq(importBatches.id, batch.id));
    const data: UndoResult = { batchId: batch.id, kind: batch.kind, fileName: batch.fileName, rows };
    return { data, audit: [auditOf(data)] };
  },
});

function auditOf(result: UndoResult) {
  return {
    action: "import.undo",
    entityType: "import_batch",
    entityId: String(result.batchId),
    summary: `Undid the ${result.kind} import ${result.fileName}: ${result.rows} rows put back`,
    after: result,
  };
}
