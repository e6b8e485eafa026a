// The monthly report's web pages: the cover and contents, then the summary
// and each service's section, each cut into pages of a bounded number of
// indicators, so no page grows with the catalogue (a council with 400
// indicators gets more pages, not bigger ones). The print view, the PDF and
// the XLSX stay whole. Pure.
import type { MonthlyReport } from "./monthly";

/** Summary rows on one page (each row is the indicator's whole line: months, outturns, benchmarks). */
export const SUMMARY_ROWS_PER_PAGE = 45;
/** Indicators on one section page (each with its chart and twelve months). */
export const SECTION_ROWS_PER_PAGE = 12;

export type ReportWebPart = { kind: "front" } | { kind: "summary"; page: number } | { kind: "section"; key: string; page: number };

/** How many pages `rows` make at `per` a page (at least one). */
export function pageCount(rows: number, per: number): number {
  return Math.max(1, Math.ceil(rows / per));
}

/** Every web page of the report, in reading order, with its title. */
export function reportWebParts(report: MonthlyReport): { title: string; part: ReportWebPart }[] {
  const rows = report.sections.reduce((n, s) => n + s.rows.length, 0);
  const summaries = pageCount(rows, SUMMARY_ROWS_PER_PAGE);
  const titled = (title: string, page: number, pages: number) => (pages > 1 ? `${title} (page ${page} of ${pages})` : title);
  return [
    { title: "Cover and contents", part: { kind: "front" } },
    ...Array.from({ length: summaries }, (_, i) => ({ title: titled("Summary", i + 1, summaries), part: { kind: "summary", page: i + 1 } as const })),
    ...report.sections.flatMap((s) => {
      const pages = pageCount(s.rows.length, SECTION_ROWS_PER_PAGE);
      return Array.from({ length: pages }, (_, i) => ({ title: titled(s.name, i + 1, pages), part: { kind: "section", key: s.key, page: i + 1 } as const }));
    }),
  ];
}

/**
 * The report cut to what one page shows: a summary page's rows (whole
 * sections' rows in order, cut at the page's bounds), or a section page's
 * indicators. Null: no such page.
 */
export function reportForPart(report: MonthlyReport, part: ReportWebPart): MonthlyReport | null {
  if (part.kind === "front") return report;
  if (part.kind === "section") {
    const section = report.sections.find((s) => s.key === part.key);
    if (!section || part.page < 1 || part.page > pageCount(section.rows.length, SECTION_ROWS_PER_PAGE)) return null;
    const from = (part.page - 1) * SECTION_ROWS_PER_PAGE;
    return { ...report, sections: [{ ...section, rows: section.rows.slice(from, from + SECTION_ROWS_PER_PAGE) }] };
  }
  const from = (part.page - 1) * SUMMARY_ROWS_PER_PAGE;
  const to = from + SUMMARY_ROWS_PER_PAGE;
  let at = 0;
  const sections = report.sections
    .map((s) => {
      const start = at;
      at += s.rows.length;
      return { ...s, rows: s.rows.slice(Math.max(0, from - start), Math.max(0, to - start)) };
    })
    .filter((s) => s.rows.length > 0);
  if (part.page < 1 || (sections.length === 0 && part.page > 1)) return null;
  return { ...report, sections };
}
