// One indicator in its service's section of the report: the definition, the
// last twelve months (with "x of y" where there is a numerator), the year to
// date and annual trend, the benchmarks with their years, the board paper's
// chart of the same months (server SVG, named by its summary) and the
// month's approved commentary with its author and date.
import { chartSvg } from "@/components/snapshot/chart-html";
import { formatDateTime } from "@/lib/dates";
import { monthLabel } from "@/lib/format";
import type { ReportChange } from "@/lib/report/issues";
import { benchmarkText, REPORT_BENCHMARKS, ytdText, type ReportRow } from "@/lib/report/monthly";
import { RagWord, Revisable } from "./figures";
import { TableHead } from "@/components/ui/table";

function Commentary({ r }: { r: ReportRow }) {
  const c = r.commentary;
  if (c.status === "approved") {
    return (
      <>
        <p className="whitespace-pre-wrap">{c.body}</p>
        <p className="mt-1 text-sm text-gray-800">
          {c.author ? `${c.author}` : "Author not recorded"}
          {c.at ? `, approved ${formatDateTime(c.at)}` : ""}
          {c.internal ? " (internal: not for public release)" : ""}
        </p>
      </>
    );
  }
  if (c.status === "not_needed") return <p>No commentary needed: {c.notNeededReason ?? "no reason recorded"}</p>;
  return <p className="text-gray-800">{c.status === "pending" ? "Commentary not yet approved." : "No commentary written yet."}</p>;
}

export function IndicatorBlock({ r, revised }: { r: ReportRow; revised: Map<string, Extract<ReportChange, { kind: "figure" }>> }) {
  const headingId = `ind-${r.id}`;
  const withCounts = r.twelve.some((m) => m.ofText);
  const marks = r.twelve.map((m) => revised.get(`${r.code}|${m.period}`)).filter((m) => m !== undefined);
  return (
    <section aria-labelledby={headingId} className="report-indicator mt-5 border-t border-gray-300 pt-3">
      <h3 id={headingId} className="text-lg font-semibold">
        {r.no}. <span className="font-mono">{r.code}</span> {r.title}
      </h3>
      <p className="text-sm">
        <b>Definition:</b> {r.definition ?? "No definition recorded."}
      </p>
      <p className="text-sm text-gray-800">
        Good performance is {r.goodIs.toLowerCase()} · {r.unit}
        {r.councilPlan ? " · Council plan indicator" : ""}
        {r.outcome ? ` · What good looks like: ${r.outcome}` : ""}
        {r.dataNote ? ` · Data note: ${r.dataNote}` : ""}
      </p>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        <div className="report-twelve overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="text-left text-sm font-semibold">{r.code}: the last twelve months</caption>
            <TableHead className="bg-gray-100 text-left" cellClassName="px-2 py-0.5" columns={["Month", { label: "Figure", className: "text-right" }, withCounts && { label: "Of", className: "text-right" }]} />
            <tbody className="divide-y divide-gray-200">
              {r.twelve.map((m) => (
                <tr key={m.period}>
                  <th scope="row" className="px-2 py-0.5 text-left font-normal">{monthLabel(m.period)}</th>
                  <td className="whitespace-nowrap px-2 py-0.5 text-right tabular-nums">
                    <Revisable text={m.text} revised={revised.get(`${r.code}|${m.period}`)} />
                  </td>
                  {withCounts ? <td className="whitespace-nowrap px-2 py-0.5 text-right tabular-nums">{m.ofText ?? ""}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
          {marks.length ? (
            <p className="mt-1 text-xs">
              r: revised since the last issue ({marks.map((m) => `${monthLabel(m.period)} was ${m.from}`).join("; ")}).
            </p>
          ) : null}
        </div>
        <div>
          <div className="report-chart max-w-md" dangerouslySetInnerHTML={{ __html: chartSvg(r.chart).value }} />
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
            <dt className="font-semibold">RAG</dt>
            <dd>
              <RagWord rag={r.rag} illustrative={r.ragIllustrative} />
              {r.target.value !== null ? ` · target ${r.target.text}` : ""}
            </dd>
            <dt className="font-semibold">Year to date</dt>
            <dd>{ytdText(r)}</dd>
            <dt className="font-semibold">Same month last year</dt>
            <dd>
              {r.sameMonthLastYear.period && r.sameMonthLastYear.value !== null ? `${r.sameMonthLastYear.text} in ${monthLabel(r.sameMonthLastYear.period)}` : "n/a"}
              {r.sameMonthLastYear.change ? ` (change ${r.sameMonthLastYear.change})` : ""}
            </dd>
            <dt className="font-semibold">Annual trend</dt>
            <dd>{r.outturns.map((o) => `${o.year}: ${o.text}`).join(" · ")}</dd>
            {REPORT_BENCHMARKS.map((b, i) => (
              <div key={b.kind} className="contents">
                <dt className="font-semibold">{b.label}</dt>
                <dd>{benchmarkText(r.benchmarks[i])}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
      <h4 className="mt-3 font-semibold">Commentary</h4>
      <div className="report-commentary">
        <Commentary r={r} />
      </div>
    </section>
  );
}
