// Imports loaded before Lantern counted each import's new, revised and
// unchanged rows (and recorded what each row changed) have zeros in those
// columns. Every import counts each of its rows once, so the counts are
// known only where they add up to the rows loaded: elsewhere they are "not
// recorded", never a false 0, and such an import cannot be undone exactly.
export interface ImportCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export function countsRecorded(batch: ImportCounts): boolean {
  return batch.rows === 0 || batch.inserted + batch.updated + batch.unchanged === batch.rows;
}

export const COUNTS_NOT_RECORDED = "not recorded (loaded before Lantern counted them)";

export const CANNOT_UNDO_UNRECORDED =
  "This import was loaded before Lantern recorded what each import changes, so it cannot be undone exactly: nothing was changed. Load a corrected file instead.";
