// The report's summary table: every indicator of every section in one table,
// the columns councils print (lib/report/monthly.ts summaryColumns is the
// same list for the XLSX). Wide: it scrolls inside its own region on a
// screen, and prints on A3 landscape (or A4, smaller).
import { Table } from "@/components/ui/table";
import type { MonthlyReport } from "@/lib/report/monthly";

const TH = "px-2 py-1 align-bottom font-semibold";

export function SummaryTable({ report, caption }: { report: MonthlyReport; caption: string }) {
  return (
    <Table caption={caption} regionLabel={`${caption} (scrolls sideways)`} className="report-summary print:overflow-visible print:border-0" tableClassName="text-xs">
      <thead className="bg-gray-100 text-left">
        <tr>
          <th scope="col" className={TH}>No.</th>
          <th scope="col" className={TH}>Indicator</th>
          <th scope="col" className={TH}>Good performance is</th>
          <th scope="col" className={TH}>Data note</th>
          {report.monthLabels.map((m) => (
            <th key={m} scope="col" className={`${TH} text-right`}>
              {m}
            </th>
          ))}
          <th scope="col" className={`${TH} text-right`}>YTD</th>
          <th scope="col" className={TH}>Direction of travel</th>
          <th scope="col" className={TH}>RAG</th>
          <th scope="col" className={TH}>Red</th>
          <th scope="col" className={TH}>Amber</th>
          <th scope="col" className={TH}>Green</th>
          {report.outturnYears.map((y) => (
            <th key={y} scope="col" className={`${TH} text-right`}>
              <span className="sr-only">Outturn </span>
              {y}
            </th>
          ))}
          <th scope="col" className={`${TH} text-right`}>SN average</th>
          <th scope="col" className={`${TH} text-right`}>Best SN</th>
          <th scope="col" className={`${TH} text-right`}>England</th>
          <th scope="col" className={`${TH} text-right`}>England top quartile</th>
        </tr>
      </thead>
      {report.sections.map((section) => (
        <tbody key={section.key} className="divide-y divide-gray-200">
          <tr className="bg-gray-50">
            <th scope="rowgroup" colSpan={16 + report.outturnYears.length} className="px-2 py-1 text-left text-sm font-semibold">
              {section.name}
            </th>
          </tr>
          {section.rows.map((r) => (
            <tr key={r.id} className="align-top">
              <td className="px-2 py-1 tabular-nums">{r.no}</td>
              <th scope="row" className="min-w-[14rem] px-2 py-1 text-left font-normal">
                <span className="font-mono font-semibold">{r.code}</span> {r.title}
              </th>
              <td className="px-2 py-1">
                {r.goodIs}
                <span className="block text-gray-700">{r.unit}</span>
              </td>
              <td className="px-2 py-1">{r.dataNote ?? ""}</td>
              {r.months.map((m) => (
                <td key={m.period} className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                  {m.text}
                </td>
              ))}
              <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">{r.ytd.text}</td>
              <td className="px-2 py-1">
                <span className="whitespace-nowrap">{r.direction}</span>
                <span className="block whitespace-nowrap text-gray-700">{r.changeBrief}</span>
              </td>
              <td className="whitespace-nowrap px-2 py-1">{r.rag}</td>
              <td className="whitespace-nowrap px-2 py-1">{r.tolerances.red}</td>
              <td className="whitespace-nowrap px-2 py-1">{r.tolerances.amber}</td>
              <td className="whitespace-nowrap px-2 py-1">{r.tolerances.green}</td>
              {r.outturns.map((o) => (
                <td key={o.year} className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                  {o.text}
                </td>
              ))}
              <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">{r.snAverage.text}</td>
              <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">{r.snBest.text}</td>
              <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">{r.england.text}</td>
              <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">{r.topQuartile.text}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </Table>
  );
}
