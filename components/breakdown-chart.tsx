// A breakdown by one dimension, described once as atoms for the indicator
// page (React) and the board paper and public release (HTML strings): a
// stacked bar per month, each category its colour and named in the legend
// beside it, and the month's split as a table, which is the chart's data
// (the chart itself is hidden from assistive technology).
import type { ReactElement } from "react";
import { atomElement, type Atom } from "@/components/ui/atom";
import { TABLE_CLASS, TABLE_REGION_CLASS } from "@/components/ui/table";
import { formatNumber, monthLabel, shortMonthLabel } from "@/lib/format";
import type { BreakdownView } from "@/lib/views/breakdown-view";

/** Colours 3:1 against white and apart from each other; "not recorded" is grey. */
const PALETTE = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#9d174d", "#374151"];
const colourOf = (i: number, key: string) => (key === "not-recorded" ? "#6b7280" : PALETTE[i % PALETTE.length]);

const WIDTH = 560;
const HEIGHT = 200;
const BOTTOM = 22;

export function breakdownBars(view: BreakdownView): Atom {
  const totals = view.months.map((_, m) => view.series.reduce((sum, s) => sum + (typeof s.values[m] === "number" ? (s.values[m] as number) : 0), 0));
  const max = Math.max(1, ...totals);
  const slot = WIDTH / Math.max(view.months.length, 1);
  const bar = Math.min(36, slot * 0.7);
  const scale = (HEIGHT - BOTTOM - 4) / max;
  const bars: Atom[] = view.months.flatMap((month, m) => {
    let y = HEIGHT - BOTTOM;
    const x = Math.round((m * slot + (slot - bar) / 2) * 10) / 10;
    const rects: Atom[] = view.series.flatMap((s, i) => {
      const v = s.values[m];
      if (typeof v !== "number" || v === 0) return [];
      const h = Math.round(v * scale * 10) / 10;
      y -= h;
      return [{ tag: "rect", attrs: { x, y: Math.round(y * 10) / 10, width: bar, height: h, fill: colourOf(i, s.key) } }];
    });
    return [...rects, { tag: "text", attrs: { x: x + bar / 2, y: HEIGHT - 6, "text-anchor": "middle", "font-size": 11, fill: "#374151" }, children: [shortMonthLabel(month)] }];
  });
  const legend: Atom = {
    tag: "ul",
    attrs: { class: "mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm", "aria-hidden": "true" },
    children: view.series.map((s, i) => ({
      tag: "li",
      attrs: { class: "flex items-center gap-1" },
      children: [{ tag: "svg", attrs: { width: 12, height: 12, viewBox: "0 0 12 12", focusable: "false" }, children: [{ tag: "rect", attrs: { width: 12, height: 12, rx: 2, fill: colourOf(i, s.key) } }] }, s.label],
    })),
  };
  return {
    tag: "div",
    children: [{ tag: "svg", attrs: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "h-48 w-full", "aria-hidden": "true", focusable: "false" }, children: bars }, legend],
  };
}

const cell = (v: number | "c" | null, decimals = 0) => (v === null ? ":" : v === "c" ? "c" : formatNumber(v, decimals));

/** The month's split: category, count, share. */
export function breakdownTable(view: BreakdownView, caption: string): Atom {
  const th = (text: string, scope: "col" | "row" = "col"): Atom => ({ tag: "th", attrs: { scope, class: "px-3 py-2 text-left font-semibold" }, children: [text] });
  const td = (text: string): Atom => ({ tag: "td", attrs: { class: "px-3 py-2 text-right tabular-nums" }, children: [text] });
  return {
    tag: "div",
    attrs: { class: TABLE_REGION_CLASS, tabindex: 0, role: "region", "aria-label": caption },
    children: [
      {
        tag: "table",
        attrs: { class: TABLE_CLASS },
        children: [
          { tag: "caption", attrs: { class: "sr-only" }, children: [caption] },
          { tag: "thead", children: [{ tag: "tr", children: [th(view.dimension), th("Count"), th("Share (%)")] }] },
          { tag: "tbody", children: view.split.map((r) => ({ tag: "tr", children: [th(r.label, "row"), td(cell(r.value)), td(cell(r.sharePct, 1))] })) },
        ],
      },
    ],
  };
}

export function breakdownCaption(view: BreakdownView, code: string): string {
  return `${code} by ${view.dimension.toLowerCase()}, ${monthLabel(view.period)}`;
}

export function BreakdownFigure({ view, code }: { view: BreakdownView; code: string }): ReactElement {
  const caption = breakdownCaption(view, code);
  return (
    <section aria-label={`${code} by ${view.dimension}`} className="rounded border border-gray-300 bg-white p-4">
      <h3 className="font-semibold">By {view.dimension.toLowerCase()}</h3>
      <p className="text-sm text-gray-800">
        Each bar is a month, {view.months.length > 0 ? `${monthLabel(view.months[0])} to ${monthLabel(view.months.at(-1)!)}` : "none yet"}; the table gives {monthLabel(view.period)}.
      </p>
      {atomElement(breakdownBars(view))}
      <div className="mt-3">{atomElement(breakdownTable(view, caption))}</div>
      {view.suppressed ? <p className="mt-1 text-sm">c: a small number, suppressed so no child can be identified.</p> : null}
    </section>
  );
}
