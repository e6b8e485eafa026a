// Every month's figure with its numerator and denominator, and for revised
// months the figures it replaced, who loaded them and when.
import { formatNumber, formatValue, monthLabel } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";

export interface MonthlyRow {
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  loadedBy: string | null;
  loadedAt: string | null;
  revisions: { revision: number; value: number | null; loadedBy: string | null; loadedAt: string }[];
}

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

export function MonthlyTable({ rows, unit, decimals, caption }: { rows: MonthlyRow[]; unit: Unit; decimals: number; caption: string }) {
  return (
    <div className="relative overflow-x-auto rounded border border-gray-300 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-100 text-left">
          <tr>
            <th scope="col" className="px-2 py-2">Month</th>
            <th scope="col" className="px-2 py-2 text-right">Figure</th>
            <th scope="col" className="px-2 py-2 text-right">Numerator</th>
            <th scope="col" className="px-2 py-2 text-right">Denominator</th>
            <th scope="col" className="px-2 py-2">Note</th>
            <th scope="col" className="px-2 py-2">Revisions</th>
          </tr>
        </thead>
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
      </table>
    </div>
  );
}
