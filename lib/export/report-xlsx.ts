// The monthly performance report as a workbook, with the page's content:
// - "summary": the summary table, a row per indicator, commentary in its own column;
// - a sheet per service section: each indicator's definition, twelve months,
//   YTD, benchmarks with years and commentary (author and date in their own columns);
// - "narratives": each section's narrative and its approval;
// - "values": the twelve months' loaded figures (not computed ones) in the values import shape
//   (indicator, period, value, numerator, denominator, note): it imports back.
// Every sheet: a bold frozen header row, an autofilter, widths that fit (capped,
// long text wrapped), percentages as numbers with a percent format (25% is
// 0.25), text neutralised so a spreadsheet runs nothing.
import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/dates";
import { monthLabel, shortMonthLabel } from "@/lib/format";
import { REPORT_BENCHMARKS, RAG_WORDS, type MonthlyReport, type ReportRow } from "@/lib/report/monthly";
import { VALUE_COLUMNS } from "@/lib/import/columns";
import { neutraliseText } from "./neutralise";

type Cell = string | number | null;
/** A column: its head, its cell, and whether the cell is a figure in the row's unit (percent format for percentages). */
interface Column {
  header: string;
  cell: (r: ReportRow) => Cell;
  figure?: boolean;
  /** wrapped and wide: long text */
  long?: boolean;
}

const pct = (decimals: number) => (decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%");
const numFmt = (decimals: number) => (decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0");

function commentaryText(r: ReportRow): string {
  const c = r.commentary;
  if (c.status === "approved") return c.body;
  if (c.status === "not_needed") return `No commentary needed: ${c.notNeededReason ?? ""}`;
  return c.status === "pending" ? "Commentary not yet approved" : "No commentary written yet";
}

function summaryColumns(report: MonthlyReport): Column[] {
  return [
    { header: "No.", cell: (r) => r.no },
    { header: "Code", cell: (r) => r.code },
    { header: "Indicator", cell: (r) => r.title, long: true },
    { header: "Good performance is", cell: (r) => r.goodIs },
    { header: "Unit", cell: (r) => r.unit },
    ...report.monthLabels.map((label, i) => ({ header: label, cell: (r: ReportRow) => r.months[i].value, figure: true })),
    { header: `YTD ${report.financialYear}`, cell: (r) => r.ytd.value, figure: true },
    { header: "YTD covers", cell: (r) => r.ytd.covers ?? (r.ytd.value === null ? null : "the whole year so far") },
    { header: "Direction of travel", cell: (r) => r.direction },
    { header: "Change from previous month", cell: (r) => r.change, long: true },
    { header: "RAG", cell: (r) => (r.rag ? `${RAG_WORDS[r.rag]}${r.ragIllustrative ? "*" : ""}` : "No RAG") },
    { header: "Red", cell: (r) => r.tolerances.red },
    { header: "Amber", cell: (r) => r.tolerances.amber },
    { header: "Green", cell: (r) => r.tolerances.green },
    { header: "Target", cell: (r) => r.target.value, figure: true },
    ...report.outturnYears.map((year, i) => ({ header: `Outturn ${year}`, cell: (r: ReportRow) => r.outturns[i].value, figure: true })),
    ...REPORT_BENCHMARKS.flatMap((b, i) => [
      { header: b.label, cell: (r: ReportRow) => r.benchmarks[i].value, figure: true },
      { header: `${b.label} year`, cell: (r: ReportRow) => r.benchmarks[i].year },
    ]),
    { header: "Council plan", cell: (r) => (r.councilPlan ? "Yes" : "No") },
    { header: "Data note", cell: (r) => r.dataNote, long: true },
    { header: "Commentary", cell: commentaryText, long: true },
  ];
}

function sectionColumns(report: MonthlyReport): Column[] {
  const months = report.sections[0]?.rows[0]?.twelve.map((m) => m.period) ?? [];
  return [
    { header: "No.", cell: (r) => r.no },
    { header: "Code", cell: (r) => r.code },
    { header: "Indicator", cell: (r) => r.title, long: true },
    { header: "Definition", cell: (r) => r.definition, long: true },
    ...months.map((p, i) => ({ header: shortMonthLabel(p), cell: (r: ReportRow) => r.twelve[i]?.value ?? null, figure: true })),
    { header: `Numerator ${shortMonthLabel(report.period)}`, cell: (r) => r.twelve.at(-1)?.ofText ?? null },
    { header: `YTD ${report.financialYear}`, cell: (r) => r.ytd.value, figure: true },
    { header: "Same month last year", cell: (r) => r.sameMonthLastYear.value, figure: true },
    ...REPORT_BENCHMARKS.flatMap((b, i) => [
      { header: b.label, cell: (r: ReportRow) => r.benchmarks[i].value, figure: true },
      { header: `${b.label} year`, cell: (r: ReportRow) => r.benchmarks[i].year },
    ]),
    { header: "Commentary", cell: commentaryText, long: true },
    { header: "Commentary by", cell: (r) => (r.commentary.status === "approved" ? r.commentary.author : null) },
    { header: "Commentary approved", cell: (r) => (r.commentary.status === "approved" && r.commentary.at ? formatDateTime(r.commentary.at) : null) },
  ];
}

function text(value: Cell): Cell {
  return typeof value === "string" ? neutraliseText(value) : value;
}

function finishSheet(sheet: ExcelJS.Worksheet, headers: string[], widths: number[], long: boolean[]): void {
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "bottom" };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: headers.length } };
  headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    // long text wraps in a wide column; other columns fit their longest cell
    column.width = long[i] ? 50 : Math.min(30, Math.max(8, widths[i] + 2));
    if (long[i]) column.alignment = { wrapText: true, vertical: "top" };
  });
}

function addTable(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: ReportRow[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const headers = columns.map((c) => c.header);
  sheet.addRow(headers);
  const widths = headers.map((h) => Math.min(h.length, 16));
  for (const r of rows) {
    const values = columns.map((c) => {
      const v = c.cell(r);
      return c.figure && typeof v === "number" && r.percent ? v / 100 : text(v);
    });
    const row = sheet.addRow(values);
    columns.forEach((c, i) => {
      if (c.figure && typeof values[i] === "number") row.getCell(i + 1).numFmt = r.percent ? pct(r.decimals) : numFmt(r.decimals);
      widths[i] = Math.max(widths[i], String(c.figure && typeof values[i] === "number" ? c.cell(r) : (values[i] ?? "")).length);
    });
  }
  finishSheet(sheet, headers, widths, columns.map((c) => !!c.long));
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ and unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31).trim() || "section";
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 28)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function reportWorkbook(report: MonthlyReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Lantern";
  workbook.title = `Monthly performance report ${monthLabel(report.period)}${report.approved ? "" : " (draft)"}`;
  workbook.created = new Date(0); // a fixed date keeps exports of the same figures byte-comparable
  const all = report.sections.flatMap((s) => s.rows);
  const taken = new Set(["summary", "narratives", "values"]);
  addTable(workbook, "summary", [{ header: "Section", cell: (r) => report.sections.find((s) => s.key === r.service)?.name ?? r.service }, ...summaryColumns(report)], all);
  for (const section of report.sections) addTable(workbook, sheetName(section.name, taken), sectionColumns(report), section.rows);

  const narratives = workbook.addWorksheet("narratives", { views: [{ state: "frozen", ySplit: 1 }] });
  const narrativeHeads = ["Section", "Status", "Significant changes and areas of concern", "Approved by", "Approved"];
  narratives.addRow(narrativeHeads);
  for (const s of report.sections) {
    narratives.addRow([
      text(s.name),
      s.narrative.status,
      text(s.narrative.none ? "No narrative this month." : s.narrative.body),
      text(s.scorecard.approvedBy),
      s.scorecard.approvedAt ? formatDateTime(s.scorecard.approvedAt) : null,
    ]);
  }
  finishSheet(narratives, narrativeHeads, [24, 10, 0, 20, 20], [false, false, true, false, false]);

  // the values import shape, exactly: `lantern import values --sheet values` reads it back
  const values = workbook.addWorksheet("values", { views: [{ state: "frozen", ySplit: 1 }] });
  values.addRow([...VALUE_COLUMNS]);
  for (const r of all.filter((row) => !row.computed)) {
    for (const m of r.twelve) {
      if (m.value === null) continue;
      values.addRow([text(r.code), m.period, m.value, m.numerator, m.denominator, m.period === report.period ? text(r.dataNote) : null]);
    }
  }
  finishSheet(values, [...VALUE_COLUMNS], [14, 8, 10, 10, 11, 30], [false, false, false, false, false, true]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
