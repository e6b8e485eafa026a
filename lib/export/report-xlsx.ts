// The monthly performance report as a workbook: "summary" in the page's
// columns (figures as numbers, text neutralised by toXlsx), and "sections"
// with each service's narrative and its indicators' definitions.
import { summaryColumns, type MonthlyReport } from "@/lib/report/monthly";
import type { ExportTable } from "./cells";
import { toXlsx } from "./xlsx";

export function reportTables(report: MonthlyReport): ExportTable[] {
  const columns = summaryColumns(report);
  const summary: ExportTable = {
    name: "summary",
    columns: ["Section", ...columns.map((c) => c.header)],
    rows: report.sections.flatMap((s) =>
      s.rows.map((r) => Object.fromEntries([["Section", s.name], ...columns.map((c) => [c.header, c.cell(r)])])),
    ),
  };
  const sections: ExportTable = {
    name: "sections",
    columns: ["Section", "Narrative status", "Significant changes and areas of concern", "No.", "Code", "Indicator", "Definition", "What good looks like"],
    rows: report.sections.flatMap((s) =>
      s.rows.map((r, i) => ({
        Section: s.name,
        "Narrative status": i === 0 ? s.narrative.status : null,
        "Significant changes and areas of concern": i === 0 ? s.narrative.body : null,
        "No.": r.no,
        Code: r.code,
        Indicator: r.title,
        Definition: r.definition,
        "What good looks like": r.outcome,
      })),
    ),
  };
  return [summary, sections];
}

export function reportWorkbook(report: MonthlyReport): Promise<Buffer> {
  return toXlsx(reportTables(report), { title: `Monthly performance report ${report.period}` });
}
