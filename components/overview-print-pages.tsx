// The overview as a board paper: after the summary cards, a printed page per
// service area with each indicator's month in brief. Shown only in print.
import { formatChangePct, formatValue } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";
import { CommentaryStatus } from "./commentary-status";
import { DirectionLabel } from "./direction-label";
import { RagBadge } from "./rag-badge";

export interface PrintService {
  key: string;
  name: string;
  rows: {
    id: number;
    code: string;
    title: string;
    unit: Unit;
    decimals: number;
    value: number | null;
    changeFromPreviousPct: number | null;
    direction: "up" | "down" | "same" | null;
    judgement: "better" | "worse" | "same" | "neutral" | null;
    rag: "green" | "amber" | "red" | null;
    bandsIllustrative: boolean;
    commentaryStatus: string | null;
  }[];
}

export function OverviewPrintPages({ services, monthText }: { services: PrintService[]; monthText: string }) {
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
                  <td className="text-right tabular-nums">{formatChangePct(r.changeFromPreviousPct)}</td>
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
