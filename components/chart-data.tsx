// A chart's figures as a table, behind a disclosure anyone can open with the
// keyboard: every chart in Lantern has one.
import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";

export function ChartData({
  summary = "Show the figures as a table",
  caption,
  headers,
  rows,
}: {
  summary?: string;
  caption: string;
  headers: string[];
  rows: ReactNode[][];
}) {
  return (
    <details className="mt-2 text-sm print:hidden">
      <summary className="cursor-pointer font-medium text-blue-800 underline">{summary}</summary>
      <Table caption={caption} className="mt-2 max-h-96 overflow-y-auto">
        <thead className="bg-gray-100 text-left">
          <tr>
            {headers.map((h, i) => (
              <th key={h} scope="col" className={`px-2 py-1 ${i > 0 ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200 bg-white">
          {rows.map((cells, r) => (
            <tr key={r}>
              {cells.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="px-2 py-1 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={c} className="px-2 py-1 text-right tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </details>
  );
}
