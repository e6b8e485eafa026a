// A breakdown by one dimension, described once as atoms for the indicator
// page (React) and the board paper and public release (HTML strings): a
// stacked bar per month, each category its colour and named in the legend
// beside it, and the month's split as a table, which is the chart's data
// (the chart itself is hidden from assistive technology).
import type { ReactElement } from "react";
import { countCell, headerCell, legendAtom, splitTable, SplitFigure } from "@/components/split-figure";
import type { Atom } from "@/components/ui/atom";
import { monthLabel, shortMonthLabel } from "@/lib/format";
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
  const legend = legendAtom(view.series.map((s, i) => ({ label: s.label, colour: colourOf(i, s.key) })));
  return {
    tag: "div",
    children: [{ tag: "svg", attrs: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "h-48 w-full", "aria-hidden": "true", focusable: "false" }, children: bars }, legend],
  };
}

/** The month's split: category, count, share. */
export function breakdownTable(view: BreakdownView, caption: string): Atom {
  const rows = view.split.map((r) => ({ header: headerCell(r.label, "row"), cells: [countCell(r.value), countCell(r.sharePct, 1)] }));
  return splitTable(caption, [view.dimension, "Count", "Share (%)"], rows);
}

export function breakdownCaption(view: BreakdownView, code: string): string {
  return `${code} by ${view.dimension.toLowerCase()}, ${monthLabel(view.period)}`;
}

export function BreakdownFigure({ view, code }: { view: BreakdownView; code: string }): ReactElement {
  const caption = breakdownCaption(view, code);
  const months = view.months.length > 0 ? `${monthLabel(view.months[0])} to ${monthLabel(view.months.at(-1)!)}` : "none yet";
  return (
    <SplitFigure
      label={`${code} by ${view.dimension}`}
      heading={`By ${view.dimension.toLowerCase()}`}
      sentence={`Each bar is a month, ${months}; the table gives ${monthLabel(view.period)}.`}
      drawing={breakdownBars(view)}
      table={breakdownTable(view, caption)}
      suppressed={view.suppressed}
    />
  );
}
