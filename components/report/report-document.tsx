// The monthly report as one document: the cover, the contents, the summary
// table, then a section per service. The page, an earlier issue and the print
// view the PDF is made from all render this, so they cannot drift apart. In
// the PDF the contents' page numbers are written in by the renderer from
// Chromium's own bookmarks (lib/snapshots/pdf.ts): each entry's title is its
// heading's text exactly.
import type { ReactNode } from "react";
import { SPC_SPRITE_HTML } from "@/components/spc-icons";
import { CHART_DEFS } from "@/components/snapshot/chart-html";
import { monthLabel } from "@/lib/format";
import { revisedFigures } from "@/lib/report/issues";
import type { MonthlyReport, ReportSection } from "@/lib/report/monthly";
import { Cover, type CoverIssue } from "./cover";
import { DraftMark } from "./draft-mark";
import { SectionPage } from "./section-page";
import { SummaryTable } from "./summary-table";

export function reportContents(report: MonthlyReport): { id: string; title: string }[] {
  return [{ id: "summary", title: "Summary" }, ...report.sections.map((s) => ({ id: `section-${s.key}`, title: s.name }))];
}

export function ReportDocument({
  report,
  issue,
  issues,
  superseded,
  editor,
}: {
  report: MonthlyReport;
  issue: CoverIssue | null;
  issues: { issue: number; issuedAt: string }[];
  superseded?: number;
  /** the narrative editor for a section whose manager is reading (the live page only) */
  editor?: (section: ReportSection) => ReactNode;
}) {
  const month = monthLabel(report.period);
  const revised = revisedFigures(issue && issue.issue > 1 ? issue.changes : []);
  const draft = !report.approved;
  return (
    <div className="report space-y-6">
      <div aria-hidden="true" className="absolute h-0 w-0 overflow-hidden" dangerouslySetInnerHTML={{ __html: SPC_SPRITE_HTML + CHART_DEFS.value }} />
      <Cover report={report} issue={issue} issues={issues} superseded={superseded} />
      <section aria-labelledby="contents-heading" className="report-contents rounded border border-gray-300 bg-white p-4">
        <h2 id="contents-heading" className="text-xl font-bold">
          Contents
        </h2>
        <ol className="mt-2 max-w-2xl space-y-1">
          {reportContents(report).map((entry) => (
            <li key={entry.id} className="flex items-baseline gap-2">
              <a href={`#${entry.id}`}>{entry.title}</a>
              <span aria-hidden="true" className="hidden flex-1 border-b border-dotted border-gray-500 print:block" />
              <span className="w-10 text-right tabular-nums" data-page-for={entry.id} data-title={entry.title} />
            </li>
          ))}
        </ol>
      </section>
      <section id="summary" aria-labelledby="summary-heading" className="report-summary-page">
        <DraftMark draft={draft} />
        <h2 id="summary-heading" className="text-xl font-bold">
          Summary
        </h2>
        <p className="mt-1 text-sm text-gray-800">
          Direction of travel compares {month} with the month before (percentages and rates in percentage points, with the relative change).
          Tolerances are the RAG bands as written. Benchmarks carry their year. YTD is the financial year {report.financialYear} to date.
          {revised.size ? " r: revised since the last issue (listed on the cover)." : ""}
        </p>
        <div className="mt-2">
          <SummaryTable report={report} caption={`Monthly performance report summary, ${month}`} revised={revised} />
        </div>
      </section>
      {report.sections.map((section) => (
        <SectionPage key={section.key} section={section} draft={draft} revised={revised} editor={editor?.(section)} />
      ))}
    </div>
  );
}
