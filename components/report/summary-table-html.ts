// The report's summary table: every indicator of every section in one table,
// the columns councils print (the XLSX's summary sheet has the same, from
// lib/export/report-xlsx.ts). Wide: on a screen it scrolls sideways inside its
// own named region; in print it has a landscape page of its own. Kept HTML
// (lib/html/template.ts): the live summary page builds it once per data
// version and page and sends it once (components/ui/kept-html.tsx); the print
// view and the PDF write the same string.
import { TABLE_CLASS, TABLE_REGION_CLASS } from "@/components/ui/table";
import { html, type SafeHtml } from "@/lib/html/template";
import { REPORT_BENCHMARKS, ytdText, type MonthlyReport, type ReportRow } from "@/lib/report/monthly";
import { ragWordHtml, revisableHtml, withYearHtml, type Revised } from "./figures-html";

const TH = "px-1.5 py-1 align-bottom font-semibold";
const TD = "px-1.5 py-1";
const NUM = `${TD} whitespace-nowrap text-right tabular-nums`;

function headHtml(report: MonthlyReport): SafeHtml {
  const th = (text: SafeHtml | string, right = false) => html`<th scope="col" class="${right ? `${TH} text-right` : TH}">${text}</th>`;
  return html`<thead class="bg-gray-100 text-left"><tr>${[
    th("No."),
    th("Indicator"),
    th("Good performance is"),
    th("Unit"),
    report.monthLabels.map((m) => th(m, true)),
    th(`YTD ${report.financialYear}`, true),
    th("Direction of travel"),
    th("RAG"),
    th("Red"),
    th("Amber"),
    th("Green"),
    th("Target", true),
    report.outturnYears.map((y) => th(html`<span class="sr-only">Outturn </span>${y}`, true)),
    REPORT_BENCHMARKS.map((b) => th(b.label, true)),
    th("Council plan"),
    th("Data note"),
  ]}</tr></thead>`;
}

function rowHtml(r: ReportRow, revised: Revised): SafeHtml {
  const td = (value: SafeHtml | string | number, cls = TD) => html`<td class="${cls}">${value}</td>`;
  return html`<tr class="report-row align-top">${[
    td(r.no, `${TD} tabular-nums`),
    html`<th scope="row" class="${TD} min-w-[12rem] text-left font-normal"><span class="font-mono font-semibold">${r.code}</span> ${r.title}</th>`,
    td(r.goodIs),
    td(r.unit),
    r.months.map((m) => td(revisableHtml(m.text, revised.get(`${r.code}|${m.period}`)), NUM)),
    td(ytdText(r, { brief: true }), `${TD} text-right tabular-nums`),
    td(html`<span class="whitespace-nowrap">${r.direction}</span><span class="block whitespace-nowrap text-gray-700">${r.changeBrief}</span>`),
    td(ragWordHtml(r.rag, r.ragIllustrative)),
    td(r.tolerances.red, `${TD} whitespace-nowrap`),
    td(r.tolerances.amber, `${TD} whitespace-nowrap`),
    td(r.tolerances.green, `${TD} whitespace-nowrap`),
    td(r.target.value === null ? "" : r.target.text, NUM),
    r.outturns.map((o) => td(o.text, NUM)),
    r.benchmarks.map((b) => td(withYearHtml(b.text, b.year), NUM)),
    td(r.councilPlan ? "Yes" : "No"),
    td(r.dataNote ?? "", `${TD} min-w-[10rem]`),
  ]}</tr>`;
}

/** The summary table of the report's sections (on the live report, one page of them). */
export function summaryTableHtml({ report, caption, revised }: { report: MonthlyReport; caption: string; revised: Revised }): SafeHtml {
  const columns = 13 + report.monthLabels.length + report.outturnYears.length + REPORT_BENCHMARKS.length;
  const bodies = report.sections.map(
    (section) =>
      html`<tbody class="divide-y divide-gray-200"><tr class="bg-gray-50"><th scope="rowgroup" colspan="${columns}" class="px-2 py-1 text-left text-sm font-semibold">${section.name}</th></tr>${section.rows.map(
        (r) => rowHtml(r, revised),
      )}</tbody>`,
  );
  return html`<div class="${TABLE_REGION_CLASS} report-summary print:overflow-visible print:border-0" tabindex="0" role="region" aria-label="${caption} (scrolls sideways)"><table class="${TABLE_CLASS} text-xs"><caption class="sr-only">${caption}</caption>${headHtml(
    report,
  )}${bodies}</table></div>`;
}
