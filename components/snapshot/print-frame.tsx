// The A4 board paper around the paper's one render (./paper.tsx): a title
// page, the contents with page numbers (written in by the PDF renderer from
// Chromium's own bookmarks, lib/snapshots/pdf.ts), then the paper: "At a
// glance" and the appendix each start a page, the themes between them follow
// on (a page per theme left most pages half empty), a heading is never left
// at the foot of a page and a chart is never split; "Page n of m" in the
// margin (CSS @page margin boxes).
// Body text is 10.5 pt and table text at least 8.5 pt, never scaled down: the
// page is laid out at the printable width, so nothing is shrunk to fit.
import type { ReactNode } from "react";
import { formatDay } from "@/lib/dates";
import { monthLabel } from "@/lib/format";
import type { PaperView } from "@/lib/snapshots/paper-view";
import type { KeepTable } from "@/lib/snapshots/table-cache";
import { Paper } from "./paper";
import { paperContents } from "./paper-html";

const PAPER_CSS = `
@page { size: A4 landscape; margin: 14mm 12mm 16mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; color: #374151; }
  @bottom-left { content: var(--paper-footer, ""); font: 9pt sans-serif; color: #374151; } }
@page :first { @bottom-right { content: none; } }
@media print {
  /* the app's print rule sets the root to 10px (for the scorecards); the paper's rem sizes are read from 14px, so text-sm is 9.2pt */
  html { font-size: 14px; }
  .print-paper { font-size: 10.5pt; }
  .print-paper .text-xs { font-size: 9pt; line-height: 1.3; }
  .print-paper #at-a-glance, .print-paper #appendix { break-before: page; }
  .print-paper :is(h2, h3, h4) { break-after: avoid; }
  .print-paper .paper-table { font-size: 8.5pt; }
  .print-paper .paper-table thead th, .print-paper .paper-table tr.paper-row > :nth-child(7) > span,
  .print-paper .paper-table tr.paper-row > :nth-child(11) { font-size: 8pt; }
  /* A chart's drawing is never split; its table may go on over the page: a tall table (a month's
     SPC reading in words) beside narrow charts would otherwise push the whole row over, leaving a page nearly empty. */
  .print-paper .paper-chart svg { break-inside: avoid; }
  .print-paper .paper-chart-body { display: grid; grid-template-columns: 3fr 2fr; gap: 8px; align-items: start; }
  .print-paper #featured > h3 { break-after: avoid; }
  .print-paper .paper-chart table { font-size: 8pt; line-height: 1.25; }
  .print-paper .paper-chart :is(th, td) { padding-top: 0; padding-bottom: 0; }
  .print-paper .glance-card, .print-paper .paper-legend { break-inside: avoid; }
  .print-paper .paper-row, .print-paper .paper-commentary { break-inside: avoid; }
}
`;

/** What the title page names: the paper's authority, title, board, meeting day and month. */
export interface PrintTitle {
  authority: string;
  title: string;
  board: string;
  /** "YYYY-MM-DD" */
  meetingDate: string | null;
  /** "YYYY-MM" */
  period: string;
}

export function PrintFrame({
  view,
  nonce,
  paper,
  publishedLine,
  keep,
  children,
}: {
  view: PaperView;
  nonce: string | undefined;
  paper: PrintTitle;
  /** "Published on … by …", or null for a draft */
  publishedLine: string | null;
  /** keeps a published paper's HTML */
  keep?: KeepTable;
  /** anything under the title (e.g. a correction's reason) */
  children?: ReactNode;
}) {
  const contents = paperContents(view);
  const { authority, title, board } = paper;
  const meeting = formatDay(paper.meetingDate);
  const period = monthLabel(paper.period);
  return (
    <div className="print-paper mx-auto max-w-[273mm] bg-white p-6 text-[10.5pt] print:p-0">
      <style nonce={nonce}>{PAPER_CSS}</style>
      <section className="flex min-h-[150mm] flex-col justify-center" aria-labelledby="paper-title">
        <p className="text-lg">{authority}</p>
        <h1 id="paper-title" className="mt-2 text-4xl font-bold">{title}</h1>
        <p className="mt-4 text-xl">{board}</p>
        <p className="text-xl">Meeting of {meeting}</p>
        <p className="mt-2">Reporting month: {period}</p>
        {publishedLine ? <p className="mt-6 text-sm">{publishedLine}</p> : <p className="mt-6 font-semibold">Draft — not published</p>}
        {children}
      </section>

      <section className="paper-section break-before-page" aria-labelledby="contents">
        <h2 id="contents" className="text-2xl font-bold">Contents</h2>
        <ol className="mt-4 max-w-3xl space-y-1">
          {contents.map((entry) => (
            <li key={entry.id} className={`flex items-baseline gap-2 ${entry.level === 2 ? "pl-6 text-[10pt]" : "font-semibold"}`}>
              <a href={`#${entry.id}`}>{entry.title}</a>
              <span aria-hidden="true" className="flex-1 border-b border-dotted border-gray-500" />
              <span className="w-12 text-right tabular-nums" data-page-for={entry.id} data-title={entry.title} />
            </li>
          ))}
        </ol>
      </section>

      <Paper view={view} period={period} print keep={keep} />
    </div>
  );
}
