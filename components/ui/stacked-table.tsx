// A data table that becomes a list of cards below 640 px (`.stack-sm` in
// app/globals.css): each cell carries its column's name (data-label), shown
// beside the figure when stacked, and explicit roles keep it a table for
// screen readers whatever its display. Above 640 px it is an ordinary table
// in its scroll region (<Table>'s pattern). The first cell of a row is its
// header.
import type { ReactNode } from "react";
import { TABLE_REGION_CLASS } from "./table";

export function StackedTable({
  caption,
  headers,
  rows,
  compact = false,
  captionVisible = false,
  numeric = true,
}: {
  caption: string;
  headers: string[];
  rows: ReactNode[][];
  /** smaller cells, for a chart's figures */
  compact?: boolean;
  captionVisible?: boolean;
  /** the cells after the first are figures (right-aligned); false for words */
  numeric?: boolean;
}) {
  const pad = compact ? "px-2 py-0.5" : "px-3 py-2";
  return (
    <div className={`${TABLE_REGION_CLASS} stack-region print:overflow-visible`} tabIndex={0} role="region" aria-label={caption}>
      <table role="table" className={`stack-sm min-w-full ${compact ? "text-xs" : "text-sm"}`}>
        <caption className={captionVisible ? "px-3 py-2 text-left font-semibold" : "sr-only"}>{caption}</caption>
        <thead role="rowgroup" className="bg-gray-50 text-left">
          <tr role="row">
            {headers.map((h, i) => (
              <th key={h} role="columnheader" scope="col" className={`${pad} ${i > 0 && numeric ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-gray-200 bg-white">
          {rows.map((cells, r) => (
            <tr key={r} role="row">
              {cells.map((cell, c) =>
                c === 0 ? (
                  <th key={c} role="rowheader" scope="row" data-label={headers[0]} className={`${pad} text-left font-normal`}>
                    {cell}
                  </th>
                ) : (
                  <td key={c} role="cell" data-label={headers[c]} className={`${pad} ${numeric ? "text-right tabular-nums" : ""}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
