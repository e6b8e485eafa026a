import "server-only";
// The preview: a file read, checked and planned against what is stored, and
// nothing written but the staged copy of its bytes that "Import" will load.
import type { Db } from "@/db/client";
import { planImport, readImport } from "./apply";
import type { ImportKind } from "./columns";
import { formatImportError } from "./errors";
import type { PlanItem } from "./plan";
import { PREVIEW_ROWS, type ImportPreview, type ImportProgress, type PreviewRow } from "./preview-types";
import { stageUpload } from "./uploads";

export async function previewImport({
  db,
  actorId,
  bytes,
  file,
  kind = null,
  sheet = null,
  onProgress = () => {},
  now = new Date(),
}: {
  db: Db;
  actorId: string;
  bytes: Uint8Array;
  file: string;
  kind?: ImportKind | null;
  sheet?: string | null;
  onProgress?: (progress: ImportProgress) => void;
  now?: Date;
}): Promise<ImportPreview> {
  onProgress({ stage: "received", bytes: bytes.byteLength });
  const read = await readImport({ bytes, file, kind, sheet });
  const base = {
    uploadId: null,
    sha256: read.sha256,
    file,
    format: read.format,
    kind: read.kind,
    detected: kind === null && read.kind !== null,
    sheet: read.sheet,
    sheets: read.sheets,
    rows: 0,
    counts: { new: 0, revised: 0, unchanged: 0 },
    opens: [],
    notes: [],
    revised: [],
    added: [],
  };
  if (!read.ok) {
    onProgress({ stage: "checked", errors: read.errors.length });
    return { ...base, ok: false, errors: read.errors.map(formatImportError) };
  }
  onProgress({ stage: "parsed", rows: read.table.rows.length + read.rowErrors.length });
  const planned = await planImport(db, read, now);
  if (!planned.ok) {
    onProgress({ stage: "checked", errors: planned.errors.length });
    return { ...base, ok: false, rows: read.table.rows.length, errors: planned.errors.map(formatImportError) };
  }
  onProgress({ stage: "checked", errors: 0 });
  const { plan } = planned;
  const uploadId = await stageUpload(db, {
    createdBy: actorId,
    fileName: file,
    kind: read.kind,
    sheet: read.sheet,
    sha256: read.sha256,
    bytes,
    planDigest: planned.digest,
  });
  onProgress({ stage: "planned" });
  return {
    ...base,
    ok: true,
    uploadId,
    rows: plan.items.length,
    counts: plan.counts,
    opens: plan.opens,
    notes: plan.notes ?? [],
    revised: firstRows(plan.items, "revised"),
    added: firstRows(plan.items, "new"),
    errors: [],
  };
}

function firstRows(items: PlanItem[], change: PlanItem["change"]): PreviewRow[] {
  const out: PreviewRow[] = [];
  for (const i of items) {
    if (i.change !== change) continue;
    out.push({ row: i.row, label: i.label, before: i.beforeText, after: i.afterText, beforeBy: i.beforeBy, beforeAt: i.beforeAt?.toISOString() ?? null });
    if (out.length === PREVIEW_ROWS) break;
  }
  return out;
}
