// What a breakdown chart and a cohort flow share: a count split into parts,
// drawn (hidden from assistive technology) with a legend naming each part's
// colour, and a table of counts and shares that is the drawing's data, framed
// the same way on the indicator page (React) and in kept HTML (atoms).
import type { ReactElement } from "react";
import { atomElement, type Atom } from "@/components/ui/atom";
import { TABLE_CLASS, TABLE_REGION_CLASS } from "@/components/ui/table";
import { formatNumber } from "@/lib/format";

/** The legend under a drawing: each part's colour beside its name (the names are the table's too, so it is hidden). */
export function legendAtom(items: readonly { label: string; colour: string }[]): Atom {
  return {
    tag: "ul",
    attrs: { class: "mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm", "aria-hidden": "true" },
    children: items.map((p) => ({
      tag: "li",
      attrs: { class: "flex items-center gap-1" },
      children: [{ tag: "svg", attrs: { width: 12, height: 12, viewBox: "0 0 12 12", focusable: "false" }, children: [{ tag: "rect", attrs: { width: 12, height: 12, rx: 2, fill: p.colour } }] }, p.label],
    })),
  };
}

/** A count or share as the table shows it: `:` not available, `c` suppressed. */
export const countCell = (v: number | "c" | null, decimals = 0) => (v === null ? ":" : v === "c" ? "c" : formatNumber(v, decimals));

/** A header cell; row headers at depth 1 and 2 are indented under the row above. */
export const headerCell = (text: string, scope: "col" | "row" = "col", depth = 0): Atom => ({
  tag: "th",
  attrs: { scope, class: `px-3 py-2 text-left ${depth === 0 ? "font-semibold" : depth === 1 ? "pl-6 font-normal" : "pl-10 font-normal"}` },
  children: [text],
});

const numberCell = (text: string): Atom => ({ tag: "td", attrs: { class: "px-3 py-2 text-right tabular-nums" }, children: [text] });

/** The split as a table in its own scroll region: one header row, then a row header and its numbers per row. */
export function splitTable(caption: string, columns: readonly string[], rows: readonly { header: Atom; cells: readonly string[] }[]): Atom {
  return {
    tag: "div",
    attrs: { class: TABLE_REGION_CLASS, tabindex: 0, role: "region", "aria-label": caption },
    children: [
      {
        tag: "table",
        attrs: { class: TABLE_CLASS },
        children: [
          { tag: "caption", attrs: { class: "sr-only" }, children: [caption] },
          { tag: "thead", children: [{ tag: "tr", children: columns.map((c) => headerCell(c)) }] },
          { tag: "tbody", children: rows.map((r) => ({ tag: "tr", children: [r.header, ...r.cells.map(numberCell)] })) },
        ],
      },
    ],
  };
}

/** The figure on the indicator page: heading, a sentence, the drawing, its table and, when any count is hidden, what `c` means. */
export function SplitFigure({ label, heading, sentence, drawing, table, suppressed }: { label: string; heading: string; sentence: string; drawing: Atom; table: Atom; suppressed: boolean }): ReactElement {
  return (
    <section aria-label={label} className="rounded border border-gray-300 bg-white p-4">
      <h3 className="font-semibold">{heading}</h3>
      <p className="text-sm text-gray-800">{sentence}</p>
      {atomElement(drawing)}
      <div className="mt-3">{atomElement(table)}</div>
      {suppressed ? <p className="mt-1 text-sm">c: a small number, suppressed so no child can be identified.</p> : null}
    </section>
  );
}
