// The monthly report on A4 for the PDF (lib/snapshots/pdf.ts prints it):
// sections portrait, the summary table on landscape pages of its own (a named
// page), a running header with the authority and the month (and "Draft" on
// every page of a draft), "Page n of m" at the foot (CSS @page margin boxes),
// each section from a new page. The document inside is the page's own render.
import type { ReactNode } from "react";

const cssString = (s: string) => JSON.stringify(s).replace(/</g, "\\3C ");

export function ReportPrintFrame({ nonce, header, mark, children }: { nonce: string | undefined; header: string; mark: string; children: ReactNode }) {
  const css = `
@page { size: A4 portrait; margin: 16mm 12mm 16mm;
  @top-left { content: ${cssString(header)}; font: 9pt sans-serif; color: #374151; }
  @top-right { content: ${cssString(mark)}; font: bold 9pt sans-serif; color: #111827; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; color: #374151; } }
@page summary { size: A4 landscape; }
@media print {
  html { font-size: 13px; }
  .report { font-size: 10pt; }
  .report > * + * { margin-top: 0 !important; }
  .report-cover, .report-contents, .report-section { border: 0 !important; padding: 0 !important; }
  .report-contents { break-before: page; }
  .report-contents [data-page-for] { display: inline; }
  .report-summary-page { page: summary; break-before: page; }
  .report-summary table { font-size: 6.5pt; line-height: 1.2; }
  .report-summary :is(th, td) { padding: 1px 2px !important; }
  .report-summary .min-w-\\[12rem\\] { min-width: 9rem; }
  .report-summary .min-w-\\[10rem\\] { min-width: 6rem; }
  .report-section { break-before: page; }
  .report-indicator { break-inside: avoid; }
  .report-twelve table { font-size: 8.5pt; }
  .report-chart { max-width: 80mm; }
}`;
  return (
    <div className="report-print mx-auto max-w-[186mm] bg-white print:max-w-none">
      <style nonce={nonce}>{css}</style>
      {children}
    </div>
  );
}
