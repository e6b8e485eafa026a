// What the import page is shown: plain data, safe to send to the browser.
import type { ImportKind } from "./columns";
import type { ImportFormat } from "./source";
import type { SheetInfo } from "./xlsx";

export interface PreviewRow {
  row: number;
  label: string;
  before: string | null;
  after: string;
  /** who loaded the figure being replaced, and when (ISO) */
  beforeBy: string | null;
  beforeAt: string | null;
}

export interface ImportPreview {
  ok: boolean;
  /** the staged upload "Import" writes; null when the file has errors */
  uploadId: string | null;
  sha256: string;
  file: string;
  format: ImportFormat;
  kind: ImportKind | null;
  /** whether the kind was recognised from the header rather than chosen */
  detected: boolean;
  sheet: string | null;
  sheets: SheetInfo[];
  rows: number;
  counts: { new: number; revised: number; unchanged: number };
  /** months the import opens for commentary */
  opens: string[];
  /** what the plan says beside its rows: a breakdown's categories short of the figure ("… 20 of 510 not recorded") */
  notes: string[];
  /** the first PREVIEW_ROWS of each */
  revised: PreviewRow[];
  added: PreviewRow[];
  /** every error, formatted file:row:column: reason (at most MAX_ERRORS + 1) */
  errors: string[];
}

/** Rows of each list and errors shown on the page; the rest are counted (errors: downloadable). */
export const PREVIEW_ROWS = 200;

/** Progress lines streamed while a file is read, checked and written. */
export type ImportProgress =
  | { stage: "received"; bytes: number }
  | { stage: "parsed"; rows: number }
  | { stage: "checked"; errors: number }
  | { stage: "planned" }
  | { stage: "writing"; rows: number }
  | { stage: "written" };
