// One service's frozen rows as the board reads them (the paper's appendix).
// The words for RAG, judgement and SPC are always written out, never colour
// alone; the SPC cell says something only where there is something to say
// (special cause, assurance), and the paper's one legend explains the rest.
// Each indicator's commentary is a full-width row under its figures, so the
// table fits an A4 page at a readable size. Below 640 px the table is a list
// of cards (`.stack-sm` and `.ptb` in app/globals.css): each cell shows its
// column's name, given by its place in the row (no attribute per cell), and
// explicit roles keep it a table for screen readers.
//
// Why an HTML string: a published paper never changes, so its tables are
// built once as escaped HTML and kept (`keep`, per database and paper); every later
// request sends the stored string instead of rendering thousands of React
// elements again. Every value passes through `escapeHtml`, and the badge and
// direction words come from the same tables as <RagBadge> and <DirectionLabel>,
// and the SPC words from lib/figures/spc-words.
import { pointsChange } from "@/lib/figures/change";
import { formatChange, formatValue } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";
import type { ReadableRow } from "@/lib/snapshots/view";
import { directionHtml, ragHtml } from "@/components/scorecard/html";
import { badgeClass } from "@/components/ui/badge";
import { TABLE_REGION_CLASS } from "@/components/ui/table";

export type FrozenTableRow = ReadableRow;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A suppressed or symbol cell ("c", "z", ":") is shown as it is. */
function figure(value: number | null | string, unit: Unit, decimals: number): string {
  return escapeHtml(typeof value === "string" ? value : formatValue(value, unit, decimals));
}

/** a comparator with the year it is for: "399 (2018/19)" */
function benchmark(value: number | null, year: string | null, unit: Unit, decimals: number): string {
  return value === null || year === null ? figure(value, unit, decimals) : `${figure(value, unit, decimals)} <span class='text-gray-700'>(${escapeHtml(year)})</span>`;
}

// RAG and direction as the scorecard table writes them (components/scorecard/html.ts: the
// same words and shapes, short classes styled once in app/globals.css); "c" when suppressed.
function ragCell(rag: FrozenTableRow["rag"], illustrative: boolean): string {
  return rag === "c" ? "c" : ragHtml(rag, illustrative);
}

function directionCell(direction: FrozenTableRow["direction"], judgement: FrozenTableRow["judgement"]): string {
  return direction === "c" || judgement === "c" ? "c" : directionHtml(direction, judgement);
}

const HEADERS = ["Code", "Indicator", "Value", "Previous", "Change", "Direction", "RAG", "Target", "SN avg", "England", "SPC"];

/**
 * Cells carry no classes: each column is styled once by its place in
 * app/globals.css ("Board paper tables": the figures right-aligned, the
 * month's in bold, the SPC words small), and the stacked cards' column names
 * come from the column's place there too, so a 60-row table is not 60 copies
 * of the same utility classes. The body's optional end tags (</td>, </th>,
 * </tr>) are left out: HTML closes a cell at the next cell or row, and the
 * page carries this markup twice (its HTML, and escaped in the React payload,
 * where each "<" costs six bytes).
 */
export function frozenTableHtml({ caption, rows, showCommentary }: { caption: string; rows: FrozenTableRow[]; showCommentary: boolean }): string {
  const head = HEADERS.map((h) => `<th role=columnheader scope=col${h === "Indicator" ? ` class='w-[28%]'` : ""}>${h}</th>`).join("");
  const body = rows
    .map((r) => {
      // as boards read it: points for percentages and rates (lib/figures/change.ts)
      const points = typeof r.value === "number" && typeof r.previous === "number" ? pointsChange(r.value, r.previous) : null;
      const change = typeof r.changeFromPreviousPct === "string" ? r.changeFromPreviousPct : formatChange({ unit: r.unit, points, relativePct: r.changeFromPreviousPct });
      const code = escapeHtml(r.code);
      const figures =
        `<tr role=row class=paper-row id='row-${code}'>` +
        `<th role=rowheader scope=row>${code}` +
        `<td role=cell>${escapeHtml(r.title)}${r.featured ? ` <span class='${badgeClass("blue", "ml-1")}'>Featured</span>` : ""}` +
        `<td role=cell>${figure(r.value, r.unit, r.decimals)}` +
        `<td role=cell>${figure(r.previous, r.unit, r.decimals)}` +
        `<td role=cell>${escapeHtml(change)}` +
        `<td role=cell>${directionCell(r.direction, r.judgement)}` +
        `<td role=cell>${ragCell(r.rag, r.bandsIllustrative)}` +
        `<td role=cell>${figure(r.target, r.unit, r.decimals)}` +
        `<td role=cell>${benchmark(r.snAverage, r.snAverageYear, r.unit, r.decimals)}` +
        `<td role=cell>${benchmark(r.england, r.englandYear, r.unit, r.decimals)}` +
        `<td role=cell>${r.spcWords.map(escapeHtml).join("<br>")}`;
      const commentary = showCommentary
        ? `<tr role=row class=paper-commentary><td role=cell colspan='${HEADERS.length}'>` +
          `<span class='sr-only'>Commentary on ${code}: </span>` +
          (r.commentary ? escapeHtml(r.commentary) : `<span class='text-gray-700'>No approved commentary</span>`)
        : "";
      return figures + commentary;
    })
    .join("");
  return (
    `<div class='${TABLE_REGION_CLASS} print:overflow-visible print:border-0 stack-region' tabindex='0' role='region' aria-label='${escapeHtml(caption)}'>` +
    `<table role='table' class='paper-table ptb stack-sm'><caption class='sr-only'>${escapeHtml(caption)}</caption>` +
    `<thead role=rowgroup><tr role=row>${head}</tr></thead>` +
    `<tbody role=rowgroup class='bg-white'>${body}</tbody></table></div>`
  );
}
