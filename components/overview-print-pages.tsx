// The overview as a board paper: after the summary cards, a printed page per
// service area with each indicator's month in brief. Shown only in print.
import { formatChange, formatValue } from "@/lib/format";
import { CommentaryStatus } from "./commentary-status";
import { DirectionLabel } from "./direction-label";
import { RagBadge } from "./rag-badge";
import type { ServiceSummary } from "@/lib/queries/overview";

export function OverviewPrintPages({ services, monthText }: { services: Pick<ServiceSummary, "key" | "name" | "rows">[]; monthText: string }) {
  return (
    <div className="hidden print:block">
      {services.map((s) => (
        <section key={s.key} className="print-page">
          <h2 className="text-xl font-bold">
            {s.name}: {monthText}
          </h2>
          <table className="mt-2 w-full text-sm">
            <thead className="text-left">
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Indicator</th>
                <th scope="col" className="text-right">Figure</th>
                <th scope="col" className="text-right">Change</th>
                <th scope="col">Direction</th>
                <th scope="col">RAG</th>
                <th scope="col">Commentary</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((r) => (
                <tr key={r.id} className="border-t border-gray-300 align-top">
                  <th scope="row" className="text-left font-mono">{r.code}</th>
                  <td>{r.title}</td>
                  <td className="text-right tabular-nums">{formatValue(r.value, r.unit, r.decimals)}</td>
                  <td className="text-right tabular-nums">{formatChange({ unit: r.unit, points: r.changeFromPreviousPoints, relativePct: r.changeFromPreviousPct })}</td>
                  <td>
                    <DirectionLabel direction={r.direction} judgement={r.judgement} />
                  </td>
                  <td>
                    <RagBadge rag={r.rag} illustrative={r.bandsIllustrative} />
                  </td>
                  <td>
                    <CommentaryStatus status={r.commentaryStatus} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
