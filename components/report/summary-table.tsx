// The report's summary table: every indicator of every section in one table,
// the columns councils print (the XLSX's summary sheet has the same, from
// lib/export/report-xlsx.ts). Wide: on a screen it scrolls sideways inside its
// own named region; in print it has a landscape page of its own.
import { Table } from "@/components/ui/table";
import type { ReportChange } from "@/lib/report/issues";
import { REPORT_BENCHMARKS, ytdText, type MonthlyReport } from "@/lib/report/monthly";
import { RagWord, Revisable, WithYear } from "./figures";

const TH = "px-1.5 py-1 align-bottom font-semibold";
const TD = "px-1.5 py-1";
const NUM = `${TD} whitespace-nowrap text-right tabular-nums`;

export function SummaryTable({
  report,
  caption,
  revised,
}: {
  report: MonthlyReport;
  caption: string;
  revised: Map<string, Extract<ReportChange, { kind: "figure" }>>;
}) {
  const columns = 13 + report.monthLabels.length + report.outturnYears.length + REPORT_BENCHMARKS.length;
  return (
    <Table caption={caption} regionLabel={`${caption} (scrolls sideways)`} className="report-summary print:overflow-visible print:border-0" tableClassName="text-xs">
      <thead className="bg-gray-100 text-left">
        <tr>
          <th scope="col" className={TH}>No.</th>
          <th scope="col" className={TH}>Indicator</th>
          <th scope="col" className={TH}>Good performance is</th>
          <th scope="col" className={TH}>Unit</th>
          {report.monthLabels.map((m) => (
            <th key={m} scope="col" className={`${TH} text-right`}>
              {m}
            </th>
          ))}
          <th scope="col" className={`${TH} text-right`}>YTD {report.financialYear}</th>
          <th scope="col" className={TH}>Direction of travel</th>
          <th scope="col" className={TH}>RAG</th>
          <th scope="col" className={TH}>Red</th>
          <th scope="col" className={TH}>Amber</th>
          <th scope="col" className={TH}>Green</th>
          <th scope="col" className={`${TH} text-right`}>Target</th>
          {report.outturnYears.map((y) => (
            <th key={y} scope="col" className={`${TH} text-right`}>
              <span className="sr-only">Outturn </span>
              {y}
            </th>
          ))}
          {REPORT_BENCHMARKS.map((b) => (
            <th key={b.kind} scope="col" className={`${TH} text-right`}>
              {b.label}
            </th>
          ))}
          <th scope="col" className={TH}>Council plan</th>
          <th scope="col" className={TH}>Data note</th>
        </tr>
      </thead>
      {report.sections.map((section) => (
        <tbody key={section.key} className="divide-y divide-gray-200">
          <tr className="bg-gray-50">
            <th scope="rowgroup" colSpan={columns} className="px-2 py-1 text-left text-sm font-semibold">
              {section.name}
            </th>
          </tr>
          {section.rows.map((r) => (
            <tr key={r.id} className="report-row align-top">
              <td className={`${TD} tabular-nums`}>{r.no}</td>
              <th scope="row" className={`${TD} min-w-[12rem] text-left font-normal`}>
                <span className="font-mono font-semibold">{r.code}</span> {r.title}
              </th>
              <td className={TD}>{r.goodIs}</td>
              <td className={TD}>{r.unit}</td>
              {r.months.map((m) => (
                <td key={m.period} className={NUM}>
                  <Revisable text={m.text} revised={revised.get(`${r.code}|${m.period}`)} />
                </td>
              ))}
              <td className={`${TD} text-right tabular-nums`}>{ytdText(r, { brief: true })}</td>
              <td className={TD}>
                <span className="whitespace-nowrap">{r.direction}</span>
                <span className="block whitespace-nowrap text-gray-700">{r.changeBrief}</span>
              </td>
              <td className={TD}>
                <RagWord rag={r.rag} illustrative={r.ragIllustrative} />
              </td>
              <td className={`${TD} whitespace-nowrap`}>{r.tolerances.red}</td>
              <td className={`${TD} whitespace-nowrap`}>{r.tolerances.amber}</td>
              <td className={`${TD} whitespace-nowrap`}>{r.tolerances.green}</td>
              <td className={NUM}>{r.target.value === null ? "" : r.target.text}</td>
              {r.outturns.map((o) => (
                <td key={o.year} className={NUM}>
                  {o.text}
                </td>
              ))}
              {r.benchmarks.map((b) => (
                <td key={b.kind} className={NUM}>
                  <WithYear text={b.text} year={b.year} />
                </td>
              ))}
              <td className={TD}>{r.councilPlan ? "Yes" : "No"}</td>
              <td className={`${TD} min-w-[10rem]`}>{r.dataNote ?? ""}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </Table>
  );
}
