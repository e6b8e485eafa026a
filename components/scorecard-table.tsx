import { formatChangePct, formatValue, shortMonthLabel } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";
import { CommentaryStatus } from "./commentary-status";
import { DirectionLabel } from "./direction-label";
import { RagBadge } from "./rag-badge";

export interface ScorecardTableRow {
  code: string;
  title: string;
  unit: Unit;
  decimals: number;
  reporter: string | null;
  series: { period: string; value: number | null }[];
  changeFromPreviousPct: number | null;
  direction: "up" | "down" | "same" | null;
  judgement: "better" | "worse" | "same" | "neutral" | null;
  rag: "green" | "amber" | "red" | null;
  bandsIllustrative: boolean;
  target: number | null;
  revised: boolean;
  commentary: { status: string; body: string } | null;
}

export function ScorecardTable({
  caption,
  months,
  rows,
  illustrativeNote,
}: {
  caption: string;
  months: string[];
  rows: ScorecardTableRow[];
  illustrativeNote: string;
}) {
  const anyIllustrative = rows.some((r) => r.bandsIllustrative && r.rag);
  return (
    <div>
      <div className="overflow-x-auto rounded border border-gray-200" tabIndex={0} role="region" aria-label={caption}>
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-700">
            <tr>
              <th scope="col" className="px-3 py-2">Code</th>
              <th scope="col" className="px-3 py-2 min-w-[16rem]">Indicator</th>
              <th scope="col" className="px-3 py-2">Reporter</th>
              {months.map((m) => (
                <th key={m} scope="col" className="px-3 py-2 text-right whitespace-nowrap">{shortMonthLabel(m)}</th>
              ))}
              <th scope="col" className="px-3 py-2 text-right">Change</th>
              <th scope="col" className="px-3 py-2">Direction</th>
              <th scope="col" className="px-3 py-2">RAG</th>
              <th scope="col" className="px-3 py-2 min-w-[22rem]">Commentary</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100 bg-white">
            {rows.map((row) => {
              const byPeriod = new Map(row.series.map((p) => [p.period, p.value]));
              return (
                <tr key={row.code} className="align-top">
                  <th scope="row" className="px-3 py-2 text-left font-mono font-semibold whitespace-nowrap">{row.code}</th>
                  <td className="px-3 py-2">
                    <span className="font-medium text-gray-900">{row.title}</span>
                    {row.target !== null ? (
                      <span className="block text-xs text-gray-600">Target {formatValue(row.target, row.unit, row.decimals)}</span>
                    ) : null}
                    {row.revised ? <span className="block text-xs font-semibold text-purple-800">Figure revised</span> : null}
                  </td>
                  <td className="px-3 py-2 text-gray-700">{row.reporter ?? "Not assigned"}</td>
                  {months.map((m, i) => (
                    <td key={m} className={`px-3 py-2 text-right tabular-nums whitespace-nowrap ${i === months.length - 1 ? "font-semibold text-gray-900" : "text-gray-700"}`}>
                      {formatValue(byPeriod.get(m) ?? null, row.unit, row.decimals)}
                    </td>
                  ))}
                  <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{formatChangePct(row.changeFromPreviousPct)}</td>
                  <td className="px-3 py-2"><DirectionLabel direction={row.direction} judgement={row.judgement} /></td>
                  <td className="px-3 py-2"><RagBadge rag={row.rag} illustrative={row.bandsIllustrative} /></td>
                  <td className="px-3 py-2">
                    <CommentaryStatus status={row.commentary?.status ?? null} />
                    {row.commentary?.body ? (
                      <p className="mt-1 line-clamp-5 text-gray-800">{row.commentary.body}</p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {anyIllustrative ? (
        <p className="mt-2 text-xs text-gray-700">* {illustrativeNote}</p>
      ) : null}
    </div>
  );
}
