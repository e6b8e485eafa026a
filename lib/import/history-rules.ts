import { addMonths } from "@/lib/figures/periods";
import { monthLabel, plural } from "@/lib/format";

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

/**
 * What undoing an import will do, said before it is done: "Undo removes 9
 * new figures, puts 2 revised figures back as they were and takes May 2020
 * out of the months open for commentary."
 */
export function undoConsequence(batch: { kind: string; fileName: string; inserted: number; updated: number; opened: readonly string[] }): string {
  const noun = batch.kind === "values" ? "figure" : batch.kind === "indicators" ? "indicator" : "row";
  const parts = [
    batch.inserted > 0 ? `removes ${plural(batch.inserted, `new ${noun}`)}` : null,
    batch.updated > 0 ? `puts ${plural(batch.updated, `revised ${noun}`)} back as they were` : null,
    batch.opened.length > 0
      ? `takes ${batch.opened.map(monthLabel).join(", ")} out of the months open for commentary (unless other figures or commentary are kept for ${batch.opened.length === 1 ? "it" : "them"})`
      : null,
  ].filter((p): p is string => p !== null);
  const what = parts.length === 0 ? "changes nothing stored (every row was as stored)" : parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `Undoing ${batch.fileName} ${what}. It cannot be redone except by importing the file again.`;
}

/**
 * The month a values template is made out for: the one after the newest
 * figures loaded; with none loaded, the month that ended before `today`
 * ("YYYY-MM-DD", UK).
 */
export function nextMonthToLoad(newest: string | null, today: string): string {
  return newest ? addMonths(newest, 1) : addMonths(today.slice(0, 7), -1);
}
