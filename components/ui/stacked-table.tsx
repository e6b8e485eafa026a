// A data table that becomes a list of cards below 640 px (`.stack-sm` in
// app/globals.css): each cell carries its column's name (data-label), shown
// beside the figure when stacked, and explicit roles keep it a table for
// screen readers whatever its display. Above 640 px it is an ordinary table
// in its scroll region (<Table>'s pattern); a compact one (a chart's figures:
// two or three narrow columns that never scroll sideways) sits in a plain box,
// with no extra tab stop. The first cell of a row is its header. Described
// once (`stackedTable`) for <StackedTable> and the board paper's HTML.
import type { ReactNode } from "react";
import { atomElement, type Atom, type AtomChild } from "./atom";
import { TABLE_REGION_CLASS } from "./table";

interface StackedTableProps<Cell> {
  caption: string;
  headers: string[];
  rows: Cell[][];
  /** smaller cells, for a chart's figures */
  compact?: boolean;
  captionVisible?: boolean;
  /** the cells after the first are figures (right-aligned); false for words */
  numeric?: boolean;
}

export function stackedTable({ caption, headers, rows, compact = false, captionVisible = false, numeric = true }: StackedTableProps<AtomChild>): Atom {
  const pad = compact ? "px-2 py-0.5" : "px-3 py-2";
  const figure = numeric ? `${pad} text-right tabular-nums` : pad;
  const table: Atom = {
    tag: "table",
    attrs: { role: "table", class: `stack-sm min-w-full ${compact ? "text-xs" : "text-sm"}` },
    children: [
      { tag: "caption", attrs: { class: captionVisible ? "px-3 py-2 text-left font-semibold" : "sr-only" }, children: [caption] },
      {
        tag: "thead",
        attrs: { role: "rowgroup", class: "bg-gray-50 text-left" },
        children: [{ tag: "tr", attrs: { role: "row" }, children: headers.map((h, i) => ({ tag: "th", attrs: { role: "columnheader", scope: "col", class: i > 0 && numeric ? `${pad} text-right` : pad }, children: [h] })) }],
      },
      {
        tag: "tbody",
        attrs: { role: "rowgroup", class: "divide-y divide-gray-200 bg-white" },
        children: rows.map((cells) => ({
          tag: "tr",
          attrs: { role: "row" },
          children: cells.map((cell, c) =>
            c === 0
              ? { tag: "th", attrs: { role: "rowheader", scope: "row", "data-label": headers[0], class: `${pad} text-left font-normal` }, children: [cell] }
              : { tag: "td", attrs: { role: "cell", "data-label": headers[c], class: figure }, children: [cell] },
          ),
        })),
      },
    ],
  };
  return compact
    ? { tag: "div", attrs: { class: "rounded border border-gray-300 bg-white" }, children: [table] }
    : { tag: "div", attrs: { class: `${TABLE_REGION_CLASS} stack-region print:overflow-visible`, tabindex: 0, role: "region", "aria-label": caption }, children: [table] };
}

export function StackedTable(props: StackedTableProps<ReactNode>) {
  return atomElement(stackedTable(props as StackedTableProps<AtomChild>));
}
