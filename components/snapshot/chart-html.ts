// A board paper's small multiple as escaped HTML (`html`; built once per
// published paper and kept with the rest of it, ./paper-html.ts): twelve
// months of one indicator drawn as static SVG (the page reads without
// JavaScript and the PDF has it), with the target, the SPC centre line and
// process limits, and special-cause points marked by colour and shape (MDC
// colours; the shape so colour is never the only signal). Under it, the
// reading in words where it says something, and the figures as a table
// (every chart has one: the same stacked table as <StackedTable>).
import { ragBadge } from "@/components/rag-badge";
import { MDC_COLOURS } from "@/components/spc-icons";
import { atomHtml } from "@/components/ui/atom";
import { stackedTable } from "@/components/ui/stacked-table";
import { ASSURANCE_TEXT, VARIATION_TEXT } from "@/lib/figures/spc-words";
import type { SpcAssurance, SpcVariation } from "@/lib/figures/types";
import { formatValue } from "@/lib/format";
import { html, raw, type SafeHtml } from "@/lib/html/template";
import type { IndicatorChartView } from "@/lib/snapshots/chart-view";
import { valueScale } from "@/lib/views/chart-scale";

/** A table that is a list of cards below 640 px: the stacked table atom (components/ui/stacked-table.tsx) as HTML. */
export function stackedTableHtml(props: { caption: string; headers: string[]; rows: string[][]; compact?: boolean; captionVisible?: boolean }): SafeHtml {
  return atomHtml(stackedTable(props));
}

function icon(id: string): SafeHtml {
  return html`<svg aria-hidden="true" focusable="false" width="20" height="20" class="shrink-0"><use href="#${id}"/></svg>`;
}

/** The reading only where it says something: the special-cause icon and the assurance icon, each with its words. */
export function spcSignalHtml(variation: SpcVariation | null, assurance: Exclude<SpcAssurance, null> | null, side: "high" | "low" | null): SafeHtml | "" {
  const special = variation && variation !== "common_cause" ? variation : null;
  if (!special && !assurance) return "";
  const line = (id: string, words: string) => html`<span class="flex items-center gap-1">${icon(id)}<span>${words}</span></span>`;
  return html`<span class="flex flex-col gap-1 text-xs">${special ? line(side ? `mdc-${special}-${side}` : `mdc-${special}`, `${VARIATION_TEXT[special]}${side ? ` (${side})` : ""}`) : ""}${
    assurance ? line(`mdc-${assurance}`, ASSURANCE_TEXT[assurance]) : ""
  }</span>`;
}

const W = 320;
const H = 150;
const M = { top: 10, right: 10, bottom: 22, left: 46 };

const r = Math.round;

/** A special-cause point's shape; ordinary points are the line's own dots (the `pdot` marker, ./paper-html.ts). */
function marker(x: number, y: number, special: IndicatorChartView["points"][number]["special"]): SafeHtml | "" {
  if (special === "improvement") return html`<circle cx="${r(x)}" cy="${r(y)}" r="4.5" fill="${MDC_COLOURS.improvement}" stroke="#00384d"/>`;
  if (special === "concern") return html`<rect x="${r(x - 4)}" y="${r(y - 4)}" width="8" height="8" fill="${MDC_COLOURS.concern}" stroke="#5c2a00"/>`;
  if (special === "neither") return html`<path d="M${r(x)} ${r(y - 5)}l5 9h-10z" fill="${MDC_COLOURS.neither}"/>`;
  return "";
}

/** The dot every chart's line is drawn with (`pline`), defined once on a page that has charts. */
export const CHART_DEFS = raw(
  `<svg width="0" height="0" class="absolute" aria-hidden="true" focusable="false"><defs>` +
    `<marker id="pdot" viewBox="0 0 6 6" refX="3" refY="3" markerWidth="4.4" markerHeight="4.4" markerUnits="userSpaceOnUse"><circle cx="3" cy="3" r="3" fill="#1e3a8a"/></marker>` +
    `</defs></svg>`,
);

/** The chart alone (an image named by its one-sentence summary); the monthly report puts it beside its own table. */
export function chartSvg(chart: IndicatorChartView): SafeHtml {
  const drawn = chart.points.filter((p) => p.value !== null);
  if (drawn.length === 0) return html`<p class="text-sm text-gray-800">No figures to chart.</p>`;
  const lines = [chart.target, chart.spc?.mean ?? null, chart.spc?.upper ?? null, chart.spc?.lower ?? null].filter((v): v is number => v !== null);
  const all = [...drawn.map((p) => p.value as number), ...lines];
  // round ticks covering every value drawn, from zero for counts and percentages (lib/views/chart-scale.ts)
  const { top, bottom, ticks } = valueScale(all, chart.unit);
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  const tickDecimals = Math.min(2, (String(step).split(".")[1] ?? "").length);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = chart.points.length;
  const x = (i: number) => M.left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => M.top + ((top - v) * plotH) / (top - bottom);
  const label = (v: number) => formatValue(v, chart.unit, tickDecimals);
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
  const hLine = (v: number | null, className: string) => (v === null ? "" : html`<line x1="${M.left}" x2="${W - M.right}" y1="${r(y(v))}" y2="${r(y(v))}" class="${className}"/>`);
  const text = (tx: number, ty: number, anchor: "start" | "end", words: string) => html`<text x="${tx}" y="${ty}"${anchor === "start" ? "" : html` text-anchor="${anchor}"`} class="ptx">${words}</text>`;
  return html`<svg viewBox="0 0 ${W} ${H}" class="h-auto w-full" role="img" aria-label="${chart.summary}" focusable="false"><path d="M${M.left} ${M.top}V${H - M.bottom}H${W - M.right}" class="pax"/>${[
    // each tick: its label and a faint grid line; the months: the first, the middle and the last
    ticks.map((t) => html`<line x1="${M.left}" x2="${W - M.right}" y1="${r(y(t))}" y2="${r(y(t))}" class="pgrid"/>${text(M.left - 4, r(y(t)) + 3, "end", label(t))}`),
    text(M.left, H - 6, "start", chart.points[0].label),
    n > 4 ? html`<text x="${r(x(Math.floor((n - 1) / 2)))}" y="${H - 6}" text-anchor="middle" class="ptx">${chart.points[Math.floor((n - 1) / 2)].label}</text>` : "",
    text(W - M.right, H - 6, "end", chart.points[n - 1].label),
    hLine(chart.spc?.upper ?? null, "plim"),
    hLine(chart.spc?.lower ?? null, "plim"),
    hLine(chart.spc?.mean ?? null, "pmean"),
    hLine(chart.target, "ptgt"),
    segments.map((points) => {
      const [cx, cy] = points[0].split(",");
      return points.length > 1 ? html`<polyline points="${points.join(" ")}" class="pline"/>` : html`<circle cx="${cx}" cy="${cy}" r="2.2" fill="#1e3a8a"/>`;
    }),
    chart.points.map((p, i) => (p.value === null ? "" : marker(x(i), y(p.value), p.special))),
  ]}</svg>`;
}

function ragHtml(rag: IndicatorChartView["rag"], illustrative: boolean): SafeHtml | "" {
  if (rag === "c") return html`<span>RAG c</span>`;
  return rag ? atomHtml(ragBadge(rag, { illustrative })) : "";
}

/** One chart's card: its heading, the month's figure and RAG, the chart, the reading, and its table. */
export function indicatorChartHtml(chart: IndicatorChartView, { headingLevel = 3, print = false }: { headingLevel?: 3 | 4; print?: boolean } = {}): SafeHtml {
  const h = headingLevel === 4 ? { open: html`<h4>`, close: html`</h4>` } : { open: html`<h3>`, close: html`</h3>` };
  const table = stackedTableHtml({ caption: `${chart.code} ${chart.title}: the figures charted`, headers: chart.table.headers, rows: chart.table.rows, compact: true });
  return html`<div class="paper-chart">${h.open}<span class="font-mono">${chart.code}</span> ${chart.title}${h.close}<p class="pch-fig"><span>${chart.latest}</span>${ragHtml(chart.rag, chart.bandsIllustrative)}${
    chart.targetText ? html`<span class="text-gray-800 text-sm">target ${chart.targetText}</span>` : ""
  }</p><div class="${print ? "paper-chart-body" : ""}">${chartSvg(chart)}${print ? table : ""}</div>${spcSignalHtml(chart.variation, chart.assurance, chart.side)}${
    print ? "" : html`<details><summary>Figures as a table</summary>${table}</details>`
  }</div>`;
}
