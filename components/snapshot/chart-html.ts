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
  // short class names, styled once in app/globals.css ("Board paper tables"); a chart's
  // table (compact) always has the columns Month, Figure (and Reading), named there when stacked;
  // the body's optional end tags are left out (./frozen-table.tsx says why)
  const label = (c: number) => (compact ? "" : ` data-label='${escapeHtml(headers[c])}'`);
  const head = headers.map((h) => `<th role=columnheader scope=col>${escapeHtml(h)}</th>`).join("");
  const body = rows
    .map(
      (cells) =>
        `<tr role=row>` +
        cells
          .map((cell, c) =>
            c === 0
              ? `<th role=rowheader scope=row${label(0)}>${escapeHtml(cell)}`
              : `<td role=cell${label(c)}>${escapeHtml(cell)}`,
          )
          .join(""),
    )
    .join("");
  const table =
    `<table role=table class='stb stack-sm${compact ? " stb-compact pregion" : ""}'>` +
    `<caption class='${captionVisible ? "px-3 py-2 text-left font-semibold" : "sr-only"}'>${escapeHtml(caption)}</caption>` +
    `<thead role=rowgroup><tr role=row>${head}</tr></thead>` +
    `<tbody role=rowgroup>${body}</tbody></table>`;
  // A chart's table (two or three narrow columns) never needs to scroll sideways: no scroll region, no extra tab stop.
  return compact ? table : `<div class='pregion stack-region' tabindex='0' role='region' aria-label='${escapeHtml(caption)}'>${table}</div>`;
}

function icon(id: string): string {
  return `<svg aria-hidden='true' focusable='false' width='20' height='20' class='shrink-0'><use href='#${id}'/></svg>`;
}

/** The reading only where it says something: the special-cause icon and the assurance icon, each with its words. */
export function spcSignalHtml(variation: SpcVariation | null, assurance: Exclude<SpcAssurance, null> | null, side: "high" | "low" | null): string {
  const special = variation && variation !== "common_cause" ? variation : null;
  if (!special && !assurance) return "";
  const line = (id: string, words: string) => `<span class='flex items-center gap-1'>${icon(id)}<span>${escapeHtml(words)}</span></span>`;
  return (
    `<span class='flex flex-col gap-1 text-xs'>` +
    (special ? line(side ? `mdc-${special}-${side}` : `mdc-${special}`, `${VARIATION_TEXT[special]}${side ? ` (${side})` : ""}`) : "") +
    (assurance ? line(`mdc-${assurance}`, ASSURANCE_TEXT[assurance]) : "") +
    `</span>`
  );
}

const W = 320;
const H = 150;
const M = { top: 10, right: 10, bottom: 22, left: 46 };

const r = Math.round;

/** A special-cause point's shape; ordinary points are the line's own dots (the `pdot` marker, ./paper-html.ts). */
function marker(x: number, y: number, special: IndicatorChartView["points"][number]["special"]): string {
  if (special === "improvement") return `<circle cx='${r(x)}' cy='${r(y)}' r='4.5' fill='${MDC_COLOURS.improvement}' stroke='#00384d'/>`;
  if (special === "concern") return `<rect x='${r(x - 4)}' y='${r(y - 4)}' width='8' height='8' fill='${MDC_COLOURS.concern}' stroke='#5c2a00'/>`;
  if (special === "neither") return `<path d='M${r(x)} ${r(y - 5)}l5 9h-10z' fill='${MDC_COLOURS.neither}'/>`;
  return "";
}

/** The dot every chart's line is drawn with (`pline`), defined once on a page that has charts. */
export const CHART_DEFS_HTML =
  `<svg width='0' height='0' class='absolute' aria-hidden='true' focusable='false'><defs>` +
  `<marker id='pdot' viewBox='0 0 6 6' refX='3' refY='3' markerWidth='4.4' markerHeight='4.4' markerUnits='userSpaceOnUse'><circle cx='3' cy='3' r='3' fill='#1e3a8a'/></marker>` +
  `</defs></svg>`;

/** The chart alone (an image named by its one-sentence summary); the monthly report puts it beside its own table. */
export function chartSvg(chart: IndicatorChartView): string {
  const drawn = chart.points.filter((p) => p.value !== null);
  if (drawn.length === 0) return `<p class='text-sm text-gray-800'>No figures to chart.</p>`;
  const lines = [chart.target, chart.spc?.mean ?? null, chart.spc?.upper ?? null, chart.spc?.lower ?? null].filter((v): v is number => v !== null);
  const all = [...drawn.map((p) => p.value as number), ...lines];
  // the scale's labels are the highest and lowest values drawn; one value throughout gets one label
  // (the plot's range around it is made up, so it is never written: it could be any number)
  const high = Math.max(...all);
  const low = Math.min(...all);
  const min = high === low ? low - 1 : low;
  const max = high === low ? high + 1 : high;
  const pad = (max - min) * 0.1;
  const top = max + pad;
  const bottom = min - pad;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = chart.points.length;
  const x = (i: number) => M.left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => M.top + ((top - v) * plotH) / (top - bottom);
  // a count is a whole number; other units take a decimal where the scale is narrow
  const label = (v: number) => escapeHtml(formatValue(v, chart.unit, chart.unit !== "count" && max - min < 10 ? 1 : 0));
  // A gap (a missing or suppressed month) breaks the line.
  const segments: string[][] = [];
  let current: string[] = [];
  chart.points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push(`${r(x(i))},${r(y(p.value))}`);
  });
  if (current.length) segments.push(current);
  const hLine = (v: number | null, attrs: string) =>
    v === null ? "" : `<line x1='${M.left}' x2='${W - M.right}' y1='${r(y(v))}' y2='${r(y(v))}' ${attrs}/>`;
  const text = (tx: number, ty: number, anchor: string, words: string) => `<text x='${tx}' y='${ty}'${anchor === "start" ? "" : ` text-anchor='${anchor}'`} class='ptx'>${words}</text>`;
  return (
    `<svg viewBox='0 0 ${W} ${H}' class='h-auto w-full' role='img' aria-label='${escapeHtml(chart.summary)}' focusable='false'>` +
    `<path d='M${M.left} ${M.top}V${H - M.bottom}H${W - M.right}' class='pax'/>` +
    // the scale's two labels beside the highest and lowest value drawn (the plot has a margin above and below)
    text(M.left - 4, r(y(high)) + 3, "end", label(high)) +
    (low === high ? "" : text(M.left - 4, r(y(low)) + 3, "end", label(low))) +
    text(M.left, H - 6, "start", escapeHtml(chart.points[0].label)) +
    text(W - M.right, H - 6, "end", escapeHtml(chart.points[n - 1].label)) +
    hLine(chart.spc?.upper ?? null, `class='plim'`) +
    hLine(chart.spc?.lower ?? null, `class='plim'`) +
    hLine(chart.spc?.mean ?? null, `class='pmean'`) +
    hLine(chart.target, `class='ptgt'`) +
    segments.map((points) => (points.length > 1 ? `<polyline points='${points.join(" ")}' class='pline'/>` : `<circle cx='${points[0].split(",")[0]}' cy='${points[0].split(",")[1]}' r='2.2' fill='#1e3a8a'/>`)).join("") +
    chart.points.map((p, i) => (p.value === null ? "" : marker(x(i), y(p.value), p.special))).join("") +
    `</svg>`
  );
}

function ragBadge(rag: IndicatorChartView["rag"], illustrative: boolean): string {
  if (rag === "c") return `<span>RAG c</span>`;
  if (!rag) return "";
  const style = RAG_STYLES[rag];
  return (
    `<span class='inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}'>` +
    `<span aria-hidden='true'>${style.shape}</span>${style.label}${illustrative ? `<span class='font-normal'>*</span>` : ""}</span>`
  );
}

/** One chart's card: its heading, the month's figure and RAG, the chart, the reading, and its table. */
export function indicatorChartHtml(chart: IndicatorChartView, { headingLevel = 3, print = false }: { headingLevel?: 3 | 4; print?: boolean } = {}): string {
  const h = `h${headingLevel}`;
  const table = stackedTableHtml({ caption: `${chart.code} ${chart.title}: the figures charted`, headers: chart.table.headers, rows: chart.table.rows, compact: true });
  return (
    `<figure class='paper-chart'>` +
    `<${h}><span class='font-mono'>${escapeHtml(chart.code)}</span> ${escapeHtml(chart.title)}</${h}>` +
    `<p class='pch-fig'><span>${escapeHtml(chart.latest)}</span>` +
    ragBadge(chart.rag, chart.bandsIllustrative) +
    (chart.targetText ? `<span class='text-gray-800 text-sm'>target ${escapeHtml(chart.targetText)}</span>` : "") +
    `</p>` +
    `<div class='${print ? "paper-chart-body" : ""}'>${chartSvg(chart)}${print ? table : ""}</div>` +
    spcSignalHtml(chart.variation, chart.assurance, chart.side) +
    (print
      ? ""
      : `<details><summary>Figures as a table</summary>${table}</details>`) +
    `</figure>`
  );
}
