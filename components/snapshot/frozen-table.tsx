// One service's frozen rows as the board reads them (the paper's appendix).
// The words for RAG, judgement and SPC are always written out, never colour
// alone; the SPC cell says something only where there is something to say
// (special cause, assurance), and the paper's one legend explains the rest.
// Each indicator's commentary is a full-width row under its figures, so the
// table fits an A4 page at a readable size. Below 640 px the table is a list
// of cards (`.stack-sm` in app/globals.css): each cell carries its column's
// name (data-label), and explicit roles keep it a table for screen readers.
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
import { ARROWS, JUDGEMENT_CLASS, JUDGEMENT_TEXT } from "@/components/direction-label";
import { RAG_STYLES } from "@/components/rag-badge";
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

function ragHtml(rag: FrozenTableRow["rag"], illustrative: boolean): string {
  if (rag === "c") return "c";
  if (!rag) return `<span class="text-gray-700">No RAG</span>`;
  const style = RAG_STYLES[rag];
  return (
    `<span class="inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}">` +
    `<span aria-hidden="true">${style.shape}</span>${style.label}${illustrative ? `<span class="font-normal">*</span>` : ""}</span>`
  );
}

function directionHtml(direction: FrozenTableRow["direction"], judgement: FrozenTableRow["judgement"]): string {
  if (direction === "c" || judgement === "c") return "c";
  if (!direction) return `<span class="text-gray-700">n/a</span>`;
  return (
    `<span class="whitespace-nowrap ${judgement ? JUDGEMENT_CLASS[judgement] : ""}">` +
    `<span aria-hidden="true">${ARROWS[direction]} </span>` +
    `<span class="sr-only">${direction === "same" ? "unchanged" : direction}, </span>` +
    `${judgement ? JUDGEMENT_TEXT[judgement] : direction}</span>`
  );
}

const HEADERS = ["Code", "Indicator", "Value", "Previous", "Change", "Direction", "RAG", "Target", "SN avg", "England", "SPC"];
const NUMERIC = new Set(["Value", "Previous", "Change", "Target", "SN avg", "England"]);

export function frozenTableHtml({ caption, rows, showCommentary }: { caption: string; rows: FrozenTableRow[]; showCommentary: boolean }): string {
  const cell = "px-2 py-1.5";
  const num = `${cell} text-right tabular-nums whitespace-nowrap`;
  const td = (label: string, cls: string, html: string) => `<td role="cell" data-label="${label}" class="${cls}">${html}</td>`;
  const head = HEADERS.map(
    (h) => `<th role="columnheader" scope="col" class="px-2 py-2${NUMERIC.has(h) ? " text-right" : ""}${h === "Indicator" ? " w-[28%]" : ""}">${h}</th>`,
  ).join("");
  const body = rows
    .map((r) => {
      // as boards read it: points for percentages and rates (lib/figures/change.ts)
      const points = typeof r.value === "number" && typeof r.previous === "number" ? pointsChange(r.value, r.previous) : null;
      const change = typeof r.changeFromPreviousPct === "string" ? r.changeFromPreviousPct : formatChange({ unit: r.unit, points, relativePct: r.changeFromPreviousPct });
      const code = escapeHtml(r.code);
      const figures =
        `<tr role="row" class="align-top paper-row" id="row-${code}">` +
        `<th role="rowheader" scope="row" data-label="Code" class="${cell} text-left font-mono font-semibold whitespace-nowrap">${code}</th>` +
        td("Indicator", cell, `${escapeHtml(r.title)}${r.featured ? ` <span class="${badgeClass("blue", "ml-1")}">Featured</span>` : ""}`) +
        td("Value", `${num} font-semibold`, figure(r.value, r.unit, r.decimals)) +
        td("Previous", num, figure(r.previous, r.unit, r.decimals)) +
        td("Change", num, escapeHtml(change)) +
        td("Direction", cell, directionHtml(r.direction, r.judgement)) +
        td("RAG", cell, ragHtml(r.rag, r.bandsIllustrative)) +
        td("Target", num, figure(r.target, r.unit, r.decimals)) +
        td("SN avg", num, figure(r.snAverage, r.unit, r.decimals)) +
        td("England", num, figure(r.england, r.unit, r.decimals)) +
        td("SPC", `${cell} text-xs`, r.spcWords.map(escapeHtml).join("<br>")) +
        `</tr>`;
      const commentary = showCommentary
        ? `<tr role="row" class="paper-commentary"><td role="cell" data-label="Commentary" colspan="${HEADERS.length}" class="px-2 pb-2 pt-0 text-gray-800">` +
          `<span class="sr-only">Commentary on ${code}: </span>` +
          (r.commentary ? escapeHtml(r.commentary) : `<span class="text-gray-700">No approved commentary</span>`) +
          `</td></tr>`
        : "";
      return figures + commentary;
    })
    .join("");
  return (
    `<div class="${TABLE_REGION_CLASS} print:overflow-visible print:border-0 stack-region" tabindex="0" role="region" aria-label="${escapeHtml(caption)}">` +
    `<table role="table" class="paper-table stack-sm min-w-full text-sm"><caption class="sr-only">${escapeHtml(caption)}</caption>` +
    `<thead role="rowgroup" class="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-700"><tr role="row">${head}</tr></thead>` +
    `<tbody role="rowgroup" class="bg-white">${body}</tbody></table></div>`
  );
}
