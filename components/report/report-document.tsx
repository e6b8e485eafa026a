// The monthly report as one document: the cover, the contents, the summary
// table, then a section per service. The pages, an earlier issue and the print
// view the PDF is made from all render this, so they cannot drift apart. The
// print view (and so the PDF) and an earlier issue show it whole; the live
// report's web pages show one part each (`part`: the cover with the contents,
// the summary, or one section), so a page stays small whatever the size of
// the catalogue. In
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
import { summaryTableHtml } from "./summary-table-html";

export function reportContents(report: MonthlyReport): { id: string; title: string; part: ReportPart }[] {
  return [
    { id: "summary", title: "Summary", part: { kind: "summary" } },
    ...report.sections.map((s) => ({ id: `section-${s.key}`, title: s.name, part: { kind: "section", key: s.key } as const })),
  ];
}

/** One part of the report on a web page of its own: the cover and contents, the summary, or a service's section. */
export type ReportPart = { kind: "front" } | { kind: "summary" } | { kind: "section"; key: string };

/** The summary table's caption (read with it, and naming its scroll region). */
export function summaryCaption(report: MonthlyReport): string {
  return `Monthly performance report summary, ${monthLabel(report.period)}`;
}

/** The figures revised since the last issue, marked "r" (none in a first issue). */
export function revisedSinceLastIssue(issue: CoverIssue | null) {
  return revisedFigures(issue && issue.issue > 1 ? issue.changes : []);
}

export function ReportDocument({
  report,
  issue,
  issues,
  superseded,
  editor,
  blocks,
  summary,
  part,
  partHref,
}: {
  report: MonthlyReport;
  issue: CoverIssue | null;
  issues: { issue: number; issuedAt: string }[];
  superseded?: number;
  /** the narrative editor for a section whose manager is reading (the live page only) */
  editor?: (section: ReportSection) => ReactNode;
  /** a section's indicator blocks as the page sends them (the live page); unset: written into the section */
  blocks?: (section: ReportSection) => ReactNode;
  /** the summary table as the page sends it (the live page); unset: written here */
  summary?: ReactNode;
  /** the one part shown (the live report's pages); unset: the whole report (print, PDF, an earlier issue) */
  part?: ReportPart;
  /** where a contents entry's part is (with `part`); unset: an anchor in the same document */
  partHref?: (part: ReportPart) => string;
}) {
  const month = monthLabel(report.period);
  const revised = revisedSinceLastIssue(issue);
  const draft = !report.approved;
  const shows = (kind: ReportPart["kind"], key?: string) => !part || (part.kind === kind && (key === undefined || (part.kind === "section" && part.key === key)));
  return (
    <div className="report space-y-6">
      {part?.kind !== "front" ? (
        <div aria-hidden="true" className="absolute h-0 w-0 overflow-hidden" dangerouslySetInnerHTML={{ __html: SPC_SPRITE_HTML + CHART_DEFS.value }} />
      ) : null}
      {shows("front") ? <Cover report={report} issue={issue} issues={issues} superseded={superseded} /> : null}
      {shows("front") ? <section aria-labelledby="contents-heading" className="report-contents rounded border border-gray-300 bg-white p-4">
        <h2 id="contents-heading" className="text-xl font-bold">
          Contents
        </h2>
        <ol className="mt-2 max-w-2xl space-y-1">
          {reportContents(report).map((entry) => (
            <li key={entry.id} className="flex items-baseline gap-2">
              <a href={partHref ? partHref(entry.part) : `#${entry.id}`}>{entry.title}</a>
              <span aria-hidden="true" className="hidden flex-1 border-b border-dotted border-gray-500 print:block" />
              <span className="w-10 text-right tabular-nums" data-page-for={entry.id} data-title={entry.title} />
            </li>
          ))}
        </ol>
      </section> : null}
      {shows("summary") ? <section id="summary" aria-labelledby="summary-heading" className="report-summary-page">
        <DraftMark draft={draft} />
        <h2 id="summary-heading" className="text-xl font-bold">
          Summary
        </h2>
        <p className="mt-1 text-sm text-gray-800">
          Direction of travel compares {month} with the month before (percentages and rates in percentage points, with the relative change).
          Tolerances are the RAG bands as written. Benchmarks carry their year. YTD is the financial year {report.financialYear} to date.
          {revised.size ? " r: revised since the last issue (listed on the cover)." : ""}
        </p>
        {summary ? (
          <div className="mt-2">{summary}</div>
        ) : (
          <div className="mt-2" dangerouslySetInnerHTML={{ __html: summaryTableHtml({ report, caption: summaryCaption(report), revised }).value }} />
        )}
      </section> : null}
      {report.sections
        .filter((section) => shows("section", section.key))
        .map((section) => (
          <SectionPage key={section.key} section={section} draft={draft} revised={revised} editor={editor?.(section)} blocks={blocks?.(section)} />
        ))}
    </div>
  );
}
