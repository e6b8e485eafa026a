// One service's frozen rows as the board reads them. The words for RAG,
// judgement and SPC are always written out, never colour alone.
//
// Why an HTML string: a published paper never changes, so its tables are
// built once as escaped HTML and kept (`keep`, per database and paper); every later
// request sends the stored string instead of rendering thousands of React
// elements again. Every value passes through `escapeHtml`, and the badge and
// direction words come from the same tables as <RagBadge> and <DirectionLabel>,
// and the SPC words from lib/figures/spc-words.
import { pointsChange } from "@/lib/figures/change";
import { formatChange, formatValue } from "@/lib/format";
import { spcTextFor } from "@/lib/figures/spc-words";
import type { Unit } from "@/lib/figures/types";
import type { KeepTable } from "@/lib/snapshots/table-cache";
import type { ReadableRow } from "@/lib/snapshots/view";
import { ARROWS, JUDGEMENT_CLASS, JUDGEMENT_TEXT } from "@/components/direction-label";
import { RAG_STYLES } from "@/components/rag-badge";
import { badgeClass } from "@/components/ui/badge";
import { TABLE_CLASS, TABLE_REGION_CLASS } from "@/components/ui/table";

/** A paper's row as lib/snapshots/view reads it, with its SPC cell in words (`spcTextFor`). */
export type FrozenTableRow = Omit<ReadableRow, "spcKind" | "spcVariation"> & { spcText: string };

/** A paper's rows as the table shows them: the SPC cell in words from lib/figures/spc-words. */
export function tableRows(rows: ReadableRow[]): FrozenTableRow[] {
  return rows.map(({ spcKind, spcVariation, ...row }) => ({ ...row, spcText: spcTextFor(spcKind, spcVariation) }));
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A suppressed or symbol cell ("c", "z", ":") is shown as it is. */
function figure(value: number | null | string, unit: Unit, decimals: number): string {
  return escapeHtml(typeof value === "string" ? value : formatValue(value, unit, decimals));
}

function ragHtml(rag: FrozenTableRow["rag"], illustrative: boolean): string {
  if (!rag) return `<span class="text-gray-600">No RAG</span>`;
  const style = RAG_STYLES[rag];
  const title = illustrative ? ` title="${escapeHtml("Illustrative bands (demo data), not the council's own")}"` : "";
  return (
    `<span class="inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}"${title}>` +
    `<span aria-hidden="true">${style.shape}</span>${style.label}${illustrative ? `<span class="font-normal">*</span>` : ""}</span>`
  );
}

function directionHtml(direction: FrozenTableRow["direction"], judgement: FrozenTableRow["judgement"]): string {
  if (!direction) return `<span class="text-gray-600">n/a</span>`;
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
  const cell = "px-2 py-2";
  const num = `${cell} text-right tabular-nums whitespace-nowrap`;
  const head = [...HEADERS, ...(showCommentary ? ["Commentary"] : [])]
    .map((h) => `<th scope="col" class="px-2 py-2${NUMERIC.has(h) ? " text-right" : ""}${h === "Indicator" ? " min-w-[14rem]" : h === "Commentary" ? " min-w-[20rem]" : ""}">${h}</th>`)
    .join("");
  const body = rows
    .map((r) => {
      // as boards read it: points for percentages and rates (lib/figures/change.ts)
      const points = typeof r.value === "number" && typeof r.previous === "number" ? pointsChange(r.value, r.previous) : null;
      const change = typeof r.changeFromPreviousPct === "string" ? r.changeFromPreviousPct : formatChange({ unit: r.unit, points, relativePct: r.changeFromPreviousPct });
      return (
        `<tr class="align-top" id="row-${escapeHtml(r.code)}">` +
        `<th scope="row" class="${cell} text-left font-mono font-semibold whitespace-nowrap">${escapeHtml(r.code)}</th>` +
        `<td class="${cell}">${escapeHtml(r.title)}${r.featured ? ` <span class="${badgeClass("blue", "ml-1")}">Featured</span>` : ""}</td>` +
        `<td class="${num} font-semibold">${figure(r.value, r.unit, r.decimals)}</td>` +
        `<td class="${num}">${figure(r.previous, r.unit, r.decimals)}</td>` +
        `<td class="${num}">${escapeHtml(change)}</td>` +
        `<td class="${cell}">${directionHtml(r.direction, r.judgement)}</td>` +
        `<td class="${cell}">${ragHtml(r.rag, r.bandsIllustrative)}</td>` +
        `<td class="${num}">${figure(r.target, r.unit, r.decimals)}</td>` +
        `<td class="${num}">${figure(r.snAverage, r.unit, r.decimals)}</td>` +
        `<td class="${num}">${figure(r.england, r.unit, r.decimals)}</td>` +
        `<td class="${cell} text-xs">${escapeHtml(r.spcText)}</td>` +
        (showCommentary
          ? `<td class="${cell} text-gray-800">${r.commentary ? escapeHtml(r.commentary) : `<span class="text-gray-600">No approved commentary</span>`}</td>`
          : "") +
        `</tr>`
      );
    })
    .join("");
  return (
    `<div class="${TABLE_REGION_CLASS} print:overflow-visible print:border-0" tabindex="0" role="region" aria-label="${escapeHtml(caption)}">` +
    `<table class="${TABLE_CLASS}"><caption class="sr-only">${escapeHtml(caption)}</caption>` +
    `<thead class="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-700"><tr>${head}</tr></thead>` +
    `<tbody class="divide-y divide-gray-100 bg-white">${body}</tbody></table></div>`
  );
}

export function FrozenTable({
  caption,
  rows,
  showCommentary = true,
  keep,
}: {
  caption: string;
  rows: FrozenTableRow[];
  showCommentary?: boolean;
  /** set for a published paper: the built table is kept (lib/snapshots/table-cache, per database and paper) */
  keep?: KeepTable;
}) {
  const build = () => frozenTableHtml({ caption, rows, showCommentary });
  return <div dangerouslySetInnerHTML={{ __html: keep ? keep(build) : build() }} />;
}
