// The monthly performance report a performance team sends each month, in the
// shape councils use: a summary table of every indicator (number, indicator,
// what good performance is, data note, the last three months, YTD, direction
// of travel, RAG, the RAG tolerances as written, five years of outturns, the
// statistical neighbours' average and best, England and the England top
// quartile), then a page per service section with each indicator's definition
// and the section's narrative. Pure: the page and the XLSX both read these
// rows, so they always have the same columns and figures.
import { addMonths } from "@/lib/figures/periods";
import { outturnYearsFor } from "@/lib/figures/outturns";
import type { BenchmarkKind, Polarity } from "@/lib/figures/types";
import { UNIT_TEXT } from "@/lib/figures/vocabulary";
import { formatChangeBrief, formatChangeLabelled, formatValue, shortMonthLabel, tolerancesFor } from "@/lib/format";
import type { ScorecardRow } from "@/lib/queries/scorecard";

/** "Good performance is": how councils head the polarity column. */
const GOOD_PERFORMANCE_TEXT: Record<Polarity, string> = {
  high: "High",
  low: "Low",
  range: "Within range",
  info: "For information",
};

const DIRECTION_TEXT = { up: "↑", down: "↓", same: "→" } as const;
const JUDGEMENT_WORDS = { better: "better", worse: "worse", same: "no change", neutral: "no judgement" } as const;
const RAG_WORDS = { green: "Green", amber: "Amber", red: "Red" } as const;

/** A number with the text the report prints for it ("n/a" when missing). */
interface ReportFigure {
  value: number | null;
  text: string;
}

export interface ReportRow {
  no: number;
  id: number;
  code: string;
  title: string;
  service: string;
  goodIs: string;
  /** "percentage", "count"…: the figures' unit (the XLSX cells are plain numbers) */
  unit: string;
  dataNote: string | null;
  /** the last three months, oldest first */
  months: (ReportFigure & { period: string })[];
  ytd: ReportFigure;
  /** "↓ worse" */
  direction: string;
  /** both numbers, labelled: "−4.0 percentage points; relative change −16%" (the XLSX) */
  change: string;
  /** the same in brief: "−4.0 pt (−16% relative)" (the page's narrow column) */
  changeBrief: string;
  rag: string;
  tolerances: { red: string; amber: string; green: string };
  outturns: (ReportFigure & { year: string })[];
  /** each comparator with its year: the text says it ("399 (2018/19)"); `year` is null when there is none */
  snAverage: ReportFigure & { year: string | null };
  snBest: ReportFigure & { year: string | null };
  england: ReportFigure & { year: string | null };
  topQuartile: ReportFigure & { year: string | null };
  /** the comparators' years, for the XLSX column beside them ("2019/20"; "" when there are none) */
  benchmarkYears: string;
  definition: string | null;
  outcome: string | null;
}

export interface ReportSection {
  key: string;
  name: string;
  rows: ReportRow[];
  narrative: { body: string; status: "approved" | "draft" | "none"; version: number; updatedBy: string | null; updatedAt: string | null };
  scorecard: { approved: boolean; approvedBy: string | null; approvedAt: string | null };
}

export interface MonthlyReport {
  period: string;
  authority: string;
  /** the three months' short labels, for the column heads: "Feb 20", "Mar 20", "Apr 20" */
  monthLabels: string[];
  outturnYears: string[];
  sections: ReportSection[];
}

export interface ReportInput {
  period: string;
  authority: string;
  rows: ScorecardRow[];
  services: { key: string; name: string }[];
  /** per indicator id: the month's data note, definition and outcome */
  notes: Map<number, { note: string | null; definition: string | null; outcome: string | null }>;
  narratives: Map<string, { body: string; version: number; updatedBy: string | null; updatedAt: string }>;
  approvals: Map<string, { approvedBy: string | null; approvedAt: string }>;
}

export function monthlyReport(input: ReportInput): MonthlyReport {
  const { period } = input;
  const months = [addMonths(period, -2), addMonths(period, -1), period];
  const outturnYears = outturnYearsFor(period);
  let no = 0;
  const sections: ReportSection[] = [];
  for (const service of input.services) {
    const own = input.rows.filter((r) => r.service === service.key);
    if (own.length === 0) continue;
    const rows = own.map((r) => reportRow(r, ++no, months, outturnYears, input.notes.get(r.id)));
    const narrative = input.narratives.get(service.key);
    const approval = input.approvals.get(service.key);
    // The narrative is approved with the scorecard: approved when the scorecard's approval came after its last save.
    const status = !narrative || !narrative.body.trim() ? "none" : approval && approval.approvedAt >= narrative.updatedAt ? "approved" : "draft";
    sections.push({
      key: service.key,
      name: service.name,
      rows,
      narrative: {
        body: narrative?.body ?? "",
        status,
        version: narrative?.version ?? 0,
        updatedBy: narrative?.updatedBy ?? null,
        updatedAt: narrative?.updatedAt ?? null,
      },
      scorecard: { approved: !!approval, approvedBy: approval?.approvedBy ?? null, approvedAt: approval?.approvedAt ?? null },
    });
  }
  return { period, authority: input.authority, monthLabels: months.map(shortMonthLabel), outturnYears, sections };
}

function reportRow(
  r: ScorecardRow,
  no: number,
  months: string[],
  outturnYears: string[],
  extra: { note: string | null; definition: string | null; outcome: string | null } | undefined,
): ReportRow {
  const fig = (value: number | null | undefined): ReportFigure => ({ value: value ?? null, text: formatValue(value ?? null, r.unit, r.decimals) });
  const byPeriod = new Map(r.series.map((p) => [p.period, p.value]));
  // a benchmark is never printed without its year (the month's: lib/figures/benchmarks.ts)
  const bench = (kind: BenchmarkKind): ReportFigure & { year: string | null } => {
    const b = r.benchmarkComparisons.find((c) => c.kind === kind);
    return b ? { value: b.value, text: `${formatValue(b.value, r.unit, r.decimals)} (${b.year})`, year: b.year } : { ...fig(null), year: null };
  };
  const t = tolerancesFor(r.bands, r.target, r.unit, r.decimals);
  return {
    no,
    id: r.id,
    code: r.code,
    title: r.title,
    service: r.service,
    goodIs: GOOD_PERFORMANCE_TEXT[r.polarity],
    unit: UNIT_TEXT[r.unit],
    dataNote: extra?.note ?? null,
    months: months.map((p) => ({ period: p, ...fig(byPeriod.get(p)) })),
    ytd: fig(r.ytd),
    direction: r.direction ? `${DIRECTION_TEXT[r.direction]} ${r.judgement ? JUDGEMENT_WORDS[r.judgement] : r.direction}` : "n/a",
    change: formatChangeLabelled({ unit: r.unit, points: r.changeFromPreviousPoints, relativePct: r.changeFromPreviousPct }),
    changeBrief: formatChangeBrief({ unit: r.unit, points: r.changeFromPreviousPoints, relativePct: r.changeFromPreviousPct }),
    rag: r.rag ? `${RAG_WORDS[r.rag]}${r.bandsIllustrative ? "*" : ""}` : "No RAG",
    tolerances: { red: t.red ?? "", amber: t.amber ?? "", green: t.green ?? "" },
    outturns: outturnYears.map((year) => ({ year, ...fig(r.outturns[year]) })),
    snAverage: bench("sn_average"),
    snBest: bench("sn_best"),
    england: bench("england"),
    topQuartile: bench("england_top_quartile"),
    benchmarkYears: [...new Set(r.benchmarkComparisons.map((b) => b.year))].join(", "),
    definition: extra?.definition ?? null,
    outcome: extra?.outcome ?? null,
  };
}

/**
 * The summary table's columns, for the XLSX (and the page's heads): one list,
 * so the two never drift apart. Figures are numbers; everything else text.
 */
export function summaryColumns(report: Pick<MonthlyReport, "monthLabels" | "outturnYears">): { header: string; cell: (r: ReportRow) => string | number | null }[] {
  return [
    { header: "No.", cell: (r) => r.no },
    { header: "Code", cell: (r) => r.code },
    { header: "Indicator", cell: (r) => r.title },
    { header: "Good performance is", cell: (r) => r.goodIs },
    { header: "Unit", cell: (r) => r.unit },
    { header: "Data note", cell: (r) => r.dataNote },
    ...report.monthLabels.map((label, i) => ({ header: label, cell: (r: ReportRow) => r.months[i].value })),
    { header: "YTD", cell: (r) => r.ytd.value },
    { header: "Direction of travel", cell: (r) => r.direction },
    { header: "Change from previous month", cell: (r) => r.change },
    { header: "RAG", cell: (r) => r.rag },
    { header: "Red", cell: (r) => r.tolerances.red },
    { header: "Amber", cell: (r) => r.tolerances.amber },
    { header: "Green", cell: (r) => r.tolerances.green },
    ...report.outturnYears.map((year, i) => ({ header: `Outturn ${year}`, cell: (r: ReportRow) => r.outturns[i].value })),
    { header: "SN average", cell: (r) => r.snAverage.value },
    { header: "Best SN", cell: (r) => r.snBest.value },
    { header: "England", cell: (r) => r.england.value },
    { header: "England top quartile", cell: (r) => r.topQuartile.value },
    { header: "Benchmark year", cell: (r) => r.benchmarkYears },
  ];
}
