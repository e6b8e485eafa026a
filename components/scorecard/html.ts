// Small pieces of scorecard markup as escaped HTML strings, for the tables
// built once per data version and kept (./scorecard-table-html.ts). The words
// come from the same tables as the React parts (<RagBadge>, <DirectionLabel>,
// <CommentaryStatus>, the SPC words), so a reading is written the same way
// everywhere. Every value passes through `esc`. Short class names are styled
// once, table-wide, in app/globals.css ("Scorecard table").
import { ARROWS, JUDGEMENT_TEXT } from "@/components/direction-label";
import { RAG_STYLES } from "@/components/rag-badge";
import { badgeClass, type BadgeTone } from "@/components/ui/badge";
import { COMMENTARY_STATUS_TEXT } from "@/lib/figures/vocabulary";
import type { Direction, Judgement, Rag } from "@/lib/figures/types";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML, in content and in quoted attributes. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const RAG_CLASS: Record<Rag, string> = { green: "rg rg-g", amber: "rg rg-a", red: "rg rg-r" };

/** RAG as a badge with its word and shape, never colour alone. */
export function ragHtml(rag: Rag | null, illustrative: boolean): string {
  if (!rag) return `<span class=mu>No RAG</span>`;
  const style = RAG_STYLES[rag];
  return `<span class="${RAG_CLASS[rag]}"${illustrative ? ` title="Illustrative bands (demo data), not the council&#39;s own"` : ""}><span aria-hidden=true>${style.shape}</span> ${style.label}${illustrative ? "*" : ""}</span>`;
}

const JUDGEMENT_CLASS: Record<Judgement, string> = { better: "jb", worse: "jw", same: "js", neutral: "js" };

/** Direction of travel as an arrow plus the judgement in words. */
export function directionHtml(direction: Direction | null, judgement: Judgement | null): string {
  if (!direction) return `<span class=mu>n/a</span>`;
  return (
    `<span class=${judgement ? JUDGEMENT_CLASS[judgement] : "js"}><span aria-hidden=true>${ARROWS[direction]} </span>` +
    `<span class=sr-only>${direction === "same" ? "unchanged" : direction}, </span>${judgement ? JUDGEMENT_TEXT[judgement] : direction}</span>`
  );
}

type Shown = keyof typeof COMMENTARY_STATUS_TEXT;
/** The <CommentaryStatus> badge's tones, by status (the same tone names as components/ui/badge). */
const STATUS_TONES: Record<Shown, BadgeTone> = {
  no_figure: "gray",
  not_started: "gray",
  draft: "slate",
  submitted: "sky",
  returned: "orange",
  approved: "green",
  not_needed: "gray",
};

/**
 * A commentary's status as the <CommentaryStatus> badge: in the table, the
 * short table-level classes (.st, .st-<tone> in app/globals.css, the same
 * colours as components/ui/badge); elsewhere the badge's own classes.
 */
export function statusHtml(status: string | null, { short = true }: { short?: boolean } = {}): string {
  const shown: Shown = status && status in STATUS_TONES ? (status as Shown) : "not_started";
  const tone = STATUS_TONES[shown];
  return `<span class="${short ? `st st-${tone}` : badgeClass(tone)}">${COMMENTARY_STATUS_TEXT[shown]}</span>`;
}

/**
 * A sparkline as plain SVG (decorative: the figures are in the row's month
 * cells). A gap in the figures breaks the line.
 */
export function sparklineHtml(values: (number | null)[], width = 72, height = 22): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return `<span class=mu>Too few figures</span>`;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const pad = 2;
  const x = (i: number) => Math.round(pad + (i * (width - 2 * pad)) / Math.max(values.length - 1, 1));
  const y = (v: number) => (max === min ? height / 2 : Math.round(pad + ((max - v) * (height - 2 * pad)) / (max - min)));
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) parts.push(`<polyline points="${run.join(" ")}"/>`);
    else if (run.length === 1) {
      const [cx, cy] = run[0].split(",");
      parts.push(`<circle cx=${cx} cy=${cy} r=1.5 />`);
    }
    run = [];
  };
  values.forEach((v, i) => {
    if (v === null) flush();
    else run.push(`${x(i)},${y(v)}`);
  });
  flush();
  let last = values.length - 1;
  while (values[last] === null) last--;
  return `<svg class=sp aria-hidden=true viewBox="0 0 ${width} ${height}">${parts.join("")}<circle cx=${x(last)} cy=${y(values[last]!)} r=2.5 /></svg>`;
}
