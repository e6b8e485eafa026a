// One service's frozen rows as the board reads them (the paper's appendix).
// The words for RAG, judgement and SPC are always written out, never colour
// alone; the SPC cell says something only where there is something to say
// (special cause, assurance), and the paper's one legend explains the rest.
// Each indicator's commentary is a full-width row under its figures, so the
// table fits an A4 page at a readable size. Below 640 px the table is a list
// of cards (`.stack-sm` and `.paper-table` in app/globals.css): each cell shows its
// column's name, given by its place in the row (no attribute per cell), and
// explicit roles keep it a table for screen readers.
//
// Why an HTML string: a published paper never changes, so its tables are
// built once as escaped HTML (`html`) and kept (`keep`, per database and
// paper); every later request sends the stored string instead of rendering
// thousands of React elements again. The RAG badge and the direction are the
// atoms <RagBadge> and <DirectionLabel> draw; the SPC words come from
// lib/figures/spc-words.
import { directionLabel } from "@/components/direction-label";
import { ragBadge } from "@/components/rag-badge";
import { atomHtml } from "@/components/ui/atom";
import { badgeClass } from "@/components/ui/badge";
import { TABLE_REGION_CLASS } from "@/components/ui/table";
import { pointsChange } from "@/lib/figures/change";
import type { Unit } from "@/lib/figures/types";
import { formatChange, formatValue } from "@/lib/format";
import { html, type HtmlValue, type SafeHtml } from "@/lib/html/template";
import type { ReadableRow } from "@/lib/snapshots/view";

export type FrozenTableRow = ReadableRow;

/** A suppressed or symbol cell ("c", "z", ":") is shown as it is. */
function figure(value: number | null | string, unit: Unit, decimals: number): string {
  return typeof value === "string" ? value : formatValue(value, unit, decimals);
}

/** a comparator with the year it is for: "399 (2018/19)" */
function benchmark(value: number | null | string, year: string | null | undefined, unit: Unit, decimals: number): HtmlValue {
  return value === null || !year ? figure(value, unit, decimals) : html`${figure(value, unit, decimals)} <span class="text-gray-700">(${year})</span>`;
}

// "c" when suppressed
function ragCell(rag: FrozenTableRow["rag"], illustrative: boolean): SafeHtml | string {
  return rag === "c" ? "c" : atomHtml(ragBadge(rag, { illustrative }));
}

function directionCell(direction: FrozenTableRow["direction"], judgement: FrozenTableRow["judgement"]): SafeHtml | string {
  return direction === "c" || judgement === "c" ? "c" : atomHtml(directionLabel(direction, judgement, { wrap: true }));
}

const HEADERS = ["Code", "Indicator", "Value", "Previous", "Change", "Direction", "RAG", "Target", "SN avg", "England", "SPC"];

/**
 * Cells carry no classes: each column is styled once by its place in
 * app/globals.css ("Board paper tables": the figures right-aligned, the
 * month's in bold, the SPC words small), and the stacked cards' column names
 * come from the column's place there too, so a 60-row table is not 60 copies
 * of the same utility classes.
 */
export function frozenTableHtml({ caption, rows, showCommentary }: { caption: string; rows: FrozenTableRow[]; showCommentary: boolean }): SafeHtml {
  const head = HEADERS.map((h) => html`<th role="columnheader" scope="col"${h === "Indicator" ? html` class="w-[28%]"` : ""}>${h}</th>`);
  const body = rows.map((r) => {
    // as boards read it: points for percentages and rates (lib/figures/change.ts)
    const points = typeof r.value === "number" && typeof r.previous === "number" ? pointsChange(r.value, r.previous) : null;
    const change = typeof r.changeFromPreviousPct === "string" ? r.changeFromPreviousPct : formatChange({ unit: r.unit, points, relativePct: r.changeFromPreviousPct });
    const figures = html`<tr role="row" class="paper-row" id="row-${r.code}"><th role="rowheader" scope="row">${r.code}</th><td role="cell">${r.title}${
      r.featured ? html` <span class="${badgeClass("blue", "ml-1")}">Featured</span>` : ""
    }</td><td role="cell">${figure(r.value, r.unit, r.decimals)}</td><td role="cell">${figure(r.previous, r.unit, r.decimals)}</td><td role="cell">${change}</td><td role="cell">${directionCell(
      r.direction,
      r.judgement,
    )}</td><td role="cell">${ragCell(r.rag, r.bandsIllustrative)}</td><td role="cell">${figure(r.target, r.unit, r.decimals)}</td><td role="cell">${benchmark(r.snAverage, r.snAverageYear, r.unit, r.decimals)}</td><td role="cell">${benchmark(r.england, r.englandYear, r.unit, r.decimals)}</td><td role="cell">${r.spcWords.map((w, i) => html`${i ? html`<br>` : ""}${w}`)}</td></tr>`;
    const commentary = showCommentary
      ? html`<tr role="row" class="paper-commentary"><td role="cell" colspan="${HEADERS.length}"><span class="sr-only">Commentary on ${r.code}: </span>${
          r.commentary
            ? r.commentary
            : r.noCommentaryReason != null
              ? html`<span class="text-gray-700">No commentary needed${r.noCommentaryReason ? `: ${r.noCommentaryReason}` : ""}</span>`
              : html`<span class="text-gray-700">No approved commentary</span>`
        }</td></tr>`
      : "";
    return html`${figures}${commentary}`;
  });
  return html`<div class="${TABLE_REGION_CLASS} print:overflow-visible print:border-0 stack-region" tabindex="0" role="region" aria-label="${caption}"><table role="table" class="paper-table stack-sm"><caption class="sr-only">${caption}</caption><thead role="rowgroup"><tr role="row">${head}</tr></thead><tbody role="rowgroup" class="bg-white">${body}</tbody></table></div>`;
}
