// Every month's figure with its numerator and denominator, and for revised
// months the figures it replaced, who loaded them and when.
import { formatDateTime } from "@/lib/dates";
import { formatNumber, formatValue, monthLabel } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";
import type { IndicatorMonth } from "@/lib/queries/indicator";
import { Table, TableHead } from "@/components/ui/table";

const when = (iso: string) => formatDateTime(iso);

export function MonthlyTable({ rows, unit, decimals, caption }: { rows: IndicatorMonth[]; unit: Unit; decimals: number; caption: string }) {
  return (
    <Table caption={caption}>
      <TableHead className="bg-gray-100 text-left" cellClassName="px-2 py-2" columns={["Month", { label: "Figure", className: "text-right" }, { label: "Numerator", className: "text-right" }, { label: "Denominator", className: "text-right" }, "Note", "Revisions"]} />
      <tbody className="divide-y divide-gray-200">
        {[...rows].reverse().map((row) => (
          <tr key={row.period} className="align-top">
            <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-normal">
              {monthLabel(row.period)}
            </th>
            <td className="px-2 py-1 text-right font-semibold tabular-nums">{formatValue(row.value, unit, decimals)}</td>
            <td className="px-2 py-1 text-right tabular-nums">{row.numerator === null ? "" : formatNumber(row.numerator, 0)}</td>
            <td className="px-2 py-1 text-right tabular-nums">{row.denominator === null ? "" : formatNumber(row.denominator, 0)}</td>
            <td className="px-2 py-1 text-gray-800">{row.note ?? ""}</td>
            <td className="px-2 py-1">
              {row.revisions.length === 0 ? (
                <span className="text-gray-700">{row.value === null && !row.loadedAt ? "No figure" : "Not revised"}</span>
              ) : (
                <>
                  <span className="font-semibold text-purple-800">Revised</span>
                  {row.loadedAt ? (
                    <span className="block text-xs text-gray-800">
                      Current figure loaded {when(row.loadedAt)}
                      {row.loadedBy ? ` by ${row.loadedBy}` : ""}
                    </span>
                  ) : null}
                  <ul className="text-xs text-gray-800">
                    {row.revisions.map((r) => (
                      <li key={r.revision}>
                        Was {formatValue(r.value, unit, decimals)} (loaded {when(r.loadedAt)}
                        {r.loadedBy ? ` by ${r.loadedBy}` : ""})
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
