// Targets and RAG bands by year: every set, the months it was in force and
// what it said (newest last, as a table a screen reader can read).
import { bandText } from "@/components/indicator/band-text";
import { formatValue, monthLabel } from "@/lib/format";
import type { IndicatorPage } from "@/lib/queries/indicator";
import { TableHead } from "@/components/ui/table";

export function BandHistory({ history, unit, decimals }: { history: IndicatorPage["bandHistory"]; unit: IndicatorPage["indicator"]["unit"]; decimals: number }) {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="band-history-heading">
      <h2 id="band-history-heading" className="text-lg font-semibold">
        Targets and RAG bands by year
      </h2>
      <p className="mt-1 text-sm text-gray-800">Each month is rated by the set in force then; a new set leaves earlier months as they were.</p>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Targets and RAG bands, oldest first</caption>
          <TableHead rowClassName="border-b border-gray-300" cellClassName="py-1" columns={[{ label: "In force", className: "pr-4" }, { label: "Target", className: "pr-4" }, "RAG bands"]} />
          <tbody>
            {history.map((set, i) => (
              <tr key={set.effectiveFrom} className="border-b border-gray-200 align-top">
                <td className="py-1 pr-4">
                  {i === 0 ? `Up to ${set.until ? monthLabel(set.until) : "now"}` : `${monthLabel(set.effectiveFrom)} to ${set.until ? monthLabel(set.until) : "now"}`}
                </td>
                <td className="py-1 pr-4">{set.target === null ? "None" : formatValue(set.target, unit, decimals)}</td>
                <td className="py-1">{bandText(set, unit, decimals, set.target) ?? "No RAG bands"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
