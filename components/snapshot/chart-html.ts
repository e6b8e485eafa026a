// A board paper's small multiple as escaped HTML (built once per published
// paper and kept with the rest of it, ./paper-html.ts): twelve months of one
// indicator drawn as static SVG (the page reads without JavaScript and the
// PDF has it), with the target, the SPC centre line and process limits, and
// special-cause points marked by colour and shape (MDC colours; the shape so
// colour is never the only signal). Under it, the reading in words where it
// says something, and the figures as a table (every chart has one). Every
// value passes through `escapeHtml`.
import { RAG_STYLES } from "@/components/rag-badge";
import { MDC_COLOURS } from "@/components/spc-icons";
import { TABLE_REGION_CLASS } from "@/components/ui/table";
import { ASSURANCE_TEXT, VARIATION_TEXT } from "@/lib/figures/spc-words";
import type { SpcAssurance, SpcVariation } from "@/lib/figures/types";
import { formatValue } from "@/lib/format";
import type { IndicatorChartView } from "@/lib/snapshots/chart-view";
import { escapeHtml } from "./frozen-table";

/**
 * A table that is a list of cards below 640 px (`.stack-sm` in
 * app/globals.css; the HTML form of components/ui/stacked-table.tsx): each
 * cell carries its column's name, and explicit roles keep it a table.
 */
export function stackedTableHtml({
  caption,
  headers,
  rows,
  compact = false,
  captionVisible = false,
}: {
  caption: string;
  headers: string[];
  rows: string[][];
  compact?: boolean;
  captionVisible?: boolean;
}): string {
  const pad = compact ? "px-2 py-0.5" : "px-3 py-2";
  const head = headers.map((h, i) => `<th role="columnheader" scope="col" class="${pad}${i > 0 ? " text-right" : ""}">${escapeHtml(h)}</th>`).join("");
  const body = rows
    .map(
      (cells) =>
        `<tr role="row">` +
        cells
          .map((cell, c) =>
            c === 0
              ? `<th role="rowheader" scope="row" data-label="${escapeHtml(headers[0])}" class="${pad} text-left font-normal">${escapeHtml(cell)}</th>`
              : `<td role="cell" data-label="${escapeHtml(headers[c])}" class="${pad} text-right tabular-nums">${escapeHtml(cell)}</td>`,
          )
          .join("") +
        `</tr>`,
    )
    .join("");
  return (
    `<div class="${TABLE_REGION_CLASS} stack-region print:overflow-visible" tabindex="0" role="region" aria-label="${escapeHtml(caption)}">` +
    `<table role="table" class="stack-sm min-w-full ${compact ? "text-xs" : "text-sm"}">` +
    `<caption class="${captionVisible ? "px-3 py-2 text-left font-semibold" : "sr-only"}">${escapeHtml(caption)}</caption>` +
    `<thead role="rowgroup" class="bg-gray-50 text-left"><tr role="row">${head}</tr></thead>` +
    `<tbody role="rowgroup" class="divide-y divide-gray-200 bg-white">${body}</tbody></table></div>`
  );
}

function icon(id: string): string {
  return `<svg aria-hidden="true" focusable="false" width="20" height="20" class="shrink-0"><use href="#${id}"/></svg>`;
}

/** The reading only where it says something: the special-cause icon and the assurance icon, each with its words. */
export function spcSignalHtml(variation: SpcVariation | null, assurance: Exclude<SpcAssurance, null> | null, side: "high" | "low" | null): string {
  const special = variation && variation !== "common_cause" ? variation : null;
  if (!special && !assurance) return "";
  const line = (id: string, words: string) => `<span class="flex items-center gap-1">${icon(id)}<span>${escapeHtml(words)}</span></span>`;
  return (
    `<span class="flex flex-col gap-1 text-xs">` +
    (special ? line(side ? `mdc-${special}-${side}` : `mdc-${special}`, `${VARIATION_TEXT[special]}${side ? ` (${side})` : ""}`) : "") +
    (assurance ? line(`mdc-${assurance}`, ASSURANCE_TEXT[assurance]) : "") +
    `</span>`
  );
}

const W = 320;
const H = 150;
const M = { top: 10, right: 10, bottom: 22, left: 46 };

function marker(x: number, y: number, special: IndicatorChartView["points"][number]["special"]): string {
  const X = x.toFixed(1);
  const Y = y.toFixed(1);
  if (special === "improvement") return `<circle cx="${X}" cy="${Y}" r="4.5" fill="${MDC_COLOURS.improvement}" stroke="#00384d" stroke-width="1"/>`;
  if (special === "concern") return `<rect x="${(x - 4).toFixed(1)}" y="${(y - 4).toFixed(1)}" width="8" height="8" fill="${MDC_COLOURS.concern}" stroke="#5c2a00" stroke-width="1"/>`;
  if (special === "neither") return `<path d="M${X} ${(y - 5).toFixed(1)} L${(x + 5).toFixed(1)} ${(y + 4).toFixed(1)} H${(x - 5).toFixed(1)} Z" fill="${MDC_COLOURS.neither}"/>`;
  return `<circle cx="${X}" cy="${Y}" r="2.2" fill="#1e3a8a"/>`;
}

function chartSvg(chart: IndicatorChartView): string {
  const drawn = chart.points.filter((p) => p.value !== null);
  if (drawn.length === 0) return `<p class="text-sm text-gray-800">No figures to chart.</p>`;
  const lines = [chart.target, chart.spc?.mean ?? null, chart.spc?.upper ?? null, chart.spc?.lower ?? null].filter((v): v is number => v !== null);
  const all = [...drawn.map((p) => p.value as number), ...lines];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const pad = (max - min) * 0.1;
  const top = max + pad;
  const bottom = min - pad;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = chart.points.length;
  const x = (i: number) => M.left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => M.top + ((top - v) * plotH) / (top - bottom);
  const label = (v: number) => escapeHtml(formatValue(v, chart.unit, max - min < 10 ? 1 : 0));
  // A gap (a missing or suppressed month) breaks the line.
  const segments: string[][] = [];
  let current: string[] = [];
  chart.points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  if (current.length) segments.push(current);
  const hLine = (v: number | null, attrs: string) =>
    v === null ? "" : `<line x1="${M.left}" x2="${W - M.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" ${attrs}/>`;
  const text = (tx: number, ty: number, anchor: string, words: string) => `<text x="${tx}" y="${ty}" text-anchor="${anchor}" font-size="10" fill="#374151">${words}</text>`;
  return (
    `<svg viewBox="0 0 ${W} ${H}" class="h-auto w-full" role="img" aria-label="${escapeHtml(chart.summary)}" focusable="false">` +
    `<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}" stroke="#6b7280"/>` +
    `<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#6b7280"/>` +
    text(M.left - 4, M.top + 4, "end", label(max)) +
    text(M.left - 4, H - M.bottom, "end", label(min)) +
    text(M.left, H - 6, "start", escapeHtml(chart.points[0].label)) +
    text(W - M.right, H - 6, "end", escapeHtml(chart.points[n - 1].label)) +
    hLine(chart.spc?.upper ?? null, `stroke="#9ca3af" stroke-dasharray="4 3"`) +
    hLine(chart.spc?.lower ?? null, `stroke="#9ca3af" stroke-dasharray="4 3"`) +
    hLine(chart.spc?.mean ?? null, `stroke="#9ca3af"`) +
    hLine(chart.target, `stroke="#111827" stroke-dasharray="7 3" stroke-width="1.5"`) +
    segments.map((points) => `<polyline points="${points.join(" ")}" fill="none" stroke="#1e3a8a" stroke-width="1.8" stroke-linejoin="round"/>`).join("") +
    chart.points.map((p, i) => (p.value === null ? "" : marker(x(i), y(p.value), p.special))).join("") +
    `</svg>`
  );
}

function ragBadge(rag: IndicatorChartView["rag"], illustrative: boolean): string {
  if (rag === "c") return `<span>RAG c</span>`;
  if (!rag) return "";
  const style = RAG_STYLES[rag];
  return (
    `<span class="inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}">` +
    `<span aria-hidden="true">${style.shape}</span>${style.label}${illustrative ? `<span class="font-normal">*</span>` : ""}</span>`
  );
}

/** One chart's card: its heading, the month's figure and RAG, the chart, the reading, and its table. */
export function indicatorChartHtml(chart: IndicatorChartView, { headingLevel = 3, print = false }: { headingLevel?: 3 | 4; print?: boolean } = {}): string {
  const h = `h${headingLevel}`;
  const table = stackedTableHtml({ caption: `${chart.code} ${chart.title}: the figures charted`, headers: chart.table.headers, rows: chart.table.rows, compact: true });
  return (
    `<figure class="paper-chart flex flex-col gap-1 rounded border border-gray-300 bg-white p-3">` +
    `<${h} class="text-sm font-semibold leading-snug"><span class="font-mono">${escapeHtml(chart.code)}</span> ${escapeHtml(chart.title)}</${h}>` +
    `<p class="flex flex-wrap items-center gap-2 text-sm"><span class="text-lg font-bold tabular-nums">${escapeHtml(chart.latest)}</span>` +
    ragBadge(chart.rag, chart.bandsIllustrative) +
    (chart.targetText ? `<span class="text-gray-800">target ${escapeHtml(chart.targetText)}</span>` : "") +
    `</p>` +
    `<div class="${print ? "paper-chart-body" : ""}">${chartSvg(chart)}${print ? table : ""}</div>` +
    spcSignalHtml(chart.variation, chart.assurance, chart.side) +
    (print
      ? ""
      : `<details class="text-sm"><summary class="cursor-pointer font-medium text-blue-800 underline">Figures as a table</summary><div class="mt-1">${table}</div></details>`) +
    `</figure>`
  );
}
