// One service's frozen rows as the board reads them. Plain data in; the words
// for RAG, judgement and SPC are always written out, never colour alone.
import { formatChangePct, formatValue } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";
import { DirectionLabel } from "@/components/direction-label";
import { RagBadge } from "@/components/rag-badge";

export interface FrozenTableRow {
  code: string;
  title: string;
  unit: Unit;
  decimals: number;
  featured: boolean;
  value: number | null | string;
  previous: number | null | string;
  changeFromPreviousPct: number | null | string;
  direction: "up" | "down" | "same" | null;
  judgement: "better" | "worse" | "same" | "neutral" | null;
  rag: "green" | "amber" | "red" | null;
  bandsIllustrative: boolean;
  target: number | null;
  snAverage: number | null;
  england: number | null;
  spcText: string;
  commentary: string | null;
}

const SPC_TEXT: Record<string, string> = {
  common_cause: "Common cause variation",
  improvement: "Special cause: improving",
  concern: "Special cause: concerning",
  neither: "Special cause (no judgement)",
};
export const spcTextFor = (kind: string, variation: string | null) =>
  `${kind === "run" ? "Run chart: " : ""}${variation ? SPC_TEXT[variation] ?? variation : "n/a"}`;

/** A suppressed or symbol cell ("c", "z", ":") is shown as it is. */
function cell(value: number | null | string, unit: Unit, decimals: number) {
  return typeof value === "string" ? value : formatValue(value, unit, decimals);
}

export function FrozenTable({ caption, rows, showCommentary = true }: { caption: string; rows: FrozenTableRow[]; showCommentary?: boolean }) {
  return (
    <div className="overflow-x-auto rounded border border-gray-200 print:overflow-visible print:border-0" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-700">
          <tr>
            <th scope="col" className="px-2 py-2">Code</th>
            <th scope="col" className="px-2 py-2 min-w-[14rem]">Indicator</th>
            <th scope="col" className="px-2 py-2 text-right">Value</th>
            <th scope="col" className="px-2 py-2 text-right">Previous</th>
            <th scope="col" className="px-2 py-2 text-right">Change</th>
            <th scope="col" className="px-2 py-2">Direction</th>
            <th scope="col" className="px-2 py-2">RAG</th>
            <th scope="col" className="px-2 py-2 text-right">Target</th>
            <th scope="col" className="px-2 py-2 text-right">SN avg</th>
            <th scope="col" className="px-2 py-2 text-right">England</th>
            <th scope="col" className="px-2 py-2">SPC</th>
            {showCommentary ? <th scope="col" className="px-2 py-2 min-w-[20rem]">Commentary</th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100 bg-white">
          {rows.map((r) => (
            <tr key={r.code} className="align-top" id={`row-${r.code}`}>
              <th scope="row" className="px-2 py-2 text-left font-mono font-semibold whitespace-nowrap">{r.code}</th>
              <td className="px-2 py-2">
                {r.title}
                {r.featured ? <span className="ml-1 rounded bg-blue-100 px-1 text-xs font-semibold text-blue-900">Featured</span> : null}
              </td>
              <td className="px-2 py-2 text-right font-semibold tabular-nums whitespace-nowrap">{cell(r.value, r.unit, r.decimals)}</td>
              <td className="px-2 py-2 text-right tabular-nums whitespace-nowrap">{cell(r.previous, r.unit, r.decimals)}</td>
              <td className="px-2 py-2 text-right tabular-nums whitespace-nowrap">
                {typeof r.changeFromPreviousPct === "string" ? r.changeFromPreviousPct : formatChangePct(r.changeFromPreviousPct)}
              </td>
              <td className="px-2 py-2"><DirectionLabel direction={r.direction} judgement={r.judgement} /></td>
              <td className="px-2 py-2"><RagBadge rag={r.rag} illustrative={r.bandsIllustrative} /></td>
              <td className="px-2 py-2 text-right tabular-nums">{formatValue(r.target, r.unit, r.decimals)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{formatValue(r.snAverage, r.unit, r.decimals)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{formatValue(r.england, r.unit, r.decimals)}</td>
              <td className="px-2 py-2 text-xs">{r.spcText}</td>
              {showCommentary ? <td className="px-2 py-2 text-gray-800">{r.commentary ?? <span className="text-gray-600">No approved commentary</span>}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
