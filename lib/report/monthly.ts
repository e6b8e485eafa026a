// The monthly performance report a performance team sends each month, in the
// shape councils use: a cover, a summary table of every indicator, then a
// section per service in catalogue order (its narrative, and per indicator
// the definition, twelve months with "x of y", the year to date and annual
// trend, the benchmarks with their years, a chart, and the approved
// commentary). Pure: the page, the PDF (printed from the page) and the XLSX
// all read this one object, and an issue of the report keeps it as JSON
// (./issues.ts), so an old issue renders exactly as it was.
import { indicatorChart, type IndicatorChartView } from "@/lib/snapshots/chart-view";
import { addMonths, financialYearOf } from "@/lib/figures/periods";
import { outturnYearsFor } from "@/lib/figures/outturns";
import type { BenchmarkKind, Polarity } from "@/lib/figures/types";
import { UNIT_TEXT } from "@/lib/figures/vocabulary";
import { formatChangeBrief, formatChangeLabelled, formatNumber, formatValue, monthLabel, shortMonthLabel, tolerancesFor, ytdCoverageText } from "@/lib/format";
import type { ScorecardRow } from "@/lib/queries/scorecard";

/** "Good performance is": how councils head the polarity column. */
const GOOD_PERFORMANCE_TEXT: Record<Polarity, string> = { high: "High", low: "Low", range: "Within range", info: "For information" };
const DIRECTION_ARROW = { up: "↑", down: "↓", same: "→" } as const;
const JUDGEMENT_WORDS = { better: "better", worse: "worse", same: "no change", neutral: "no judgement" } as const;

/** The benchmarks the report prints, in order, with their column heads. */
export const REPORT_BENCHMARKS: { kind: BenchmarkKind; label: string }[] = [
  { kind: "sn_average", label: "SN average" },
  { kind: "sn_best", label: "Best SN" },
  { kind: "england", label: "England" },
  { kind: "region", label: "Region" },
  { kind: "england_top_quartile", label: "National top quartile" },
];

/** A number with the text the report prints for it ("n/a" when missing). */
export interface ReportFigure {
  value: number | null;
  text: string;
}

export interface ReportMonth extends ReportFigure {
  period: string;
  /** "423 of 1,198" where the figure has a numerator and denominator */
  ofText: string | null;
  numerator: number | null;
  denominator: number | null;
}

export interface ReportCommentary {
  status: "approved" | "not_needed" | "pending" | "none";
  body: string;
  author: string | null;
  /** when it was approved (or marked as needing none); ISO */
  at: string | null;
  notNeededReason: string | null;
  internal: boolean;
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
  /** percent figures are written "25%" and kept in the XLSX as 0.25 with a percent format */
  percent: boolean;
  decimals: number;
  councilPlan: boolean;
  /** figures computed by a formula from other indicators (never imported) */
  computed: boolean;
  dataNote: string | null;
  /** the last three months, oldest first */
  months: ReportMonth[];
  /** the last twelve months, oldest first (the section's table and chart) */
  twelve: ReportMonth[];
  /** months: of the year so far with a figure; covers: "6 of 12 months" when partial (lib/figures, one rule for every page) */
  ytd: ReportFigure & { months: number | null; covers: string | null; note: string | null };
  sameMonthLastYear: ReportFigure & { period: string | null; change: string };
  /** "↓ worse" */
  direction: string;
  /** both numbers, labelled: "−4.0 percentage points; relative change −16%" */
  change: string;
  /** the same in brief: "−4.0 pt (−16% relative)" */
  changeBrief: string;
  rag: "red" | "amber" | "green" | null;
  ragIllustrative: boolean;
  tolerances: { red: string; amber: string; green: string };
  target: ReportFigure;
  outturns: (ReportFigure & { year: string })[];
  /** in REPORT_BENCHMARKS order; year null when there is none */
  benchmarks: (ReportFigure & { kind: BenchmarkKind; year: string | null })[];
  definition: string | null;
  outcome: string | null;
  commentary: ReportCommentary;
  chart: IndicatorChartView;
}

export interface ReportSection {
  key: string;
  name: string;
  rows: ReportRow[];
  narrative: { body: string; none: boolean; status: "approved" | "draft" | "none"; version: number; updatedBy: string | null; updatedAt: string | null };
  scorecard: { approved: boolean; approvedBy: string | null; approvedAt: string | null };
}

export interface MonthlyReport {
  period: string;
  authority: string;
  /** every section's scorecard is approved: the report is issued, not a draft */
  approved: boolean;
  /** who loaded the month's figures (the performance team) */
  preparedBy: string[];
  /** the three months' short labels, for the column heads: "Feb 20", "Mar 20", "Apr 20" */
  monthLabels: string[];
  /** "May 2019 to April 2020" */
  twelveMonths: string;
  financialYear: string;
  outturnYears: string[];
  sections: ReportSection[];
}

export interface ReportCommentaryInput {
  status: string;
  body: string;
  author: string | null;
  reviewedAt: string | null;
  updatedAt: string;
  notNeededReason: string | null;
  internal: boolean;
}

export interface ReportInput {
  period: string;
  authority: string;
  rows: ScorecardRow[];
  services: { key: string; name: string }[];
  /** per indicator id: the month's data note, definition and outcome */
  notes: Map<number, { note: string | null; definition: string | null; outcome: string | null; computed: boolean }>;
  /** per indicator id, per period: the numerator and denominator where loaded */
  counts: Map<number, Map<string, { numerator: number | null; denominator: number | null }>>;
  commentary: Map<number, ReportCommentaryInput>;
  narratives: Map<string, { body: string; none: boolean; version: number; updatedBy: string | null; updatedAt: string }>;
  approvals: Map<string, { approvedBy: string | null; approvedAt: string }>;
  preparedBy: string[];
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
    const rows = own.map((r) => reportRow(r, ++no, months, outturnYears, input));
    const narrative = input.narratives.get(service.key);
    const approval = input.approvals.get(service.key);
    const written = !!narrative && (narrative.none || narrative.body.trim() !== "");
    // The narrative is approved with the scorecard: approved when the scorecard's approval came after its last save.
    const status = !written ? "none" : approval && approval.approvedAt >= narrative.updatedAt ? "approved" : "draft";
    sections.push({
      key: service.key,
      name: service.name,
      rows,
      narrative: {
        body: narrative?.body ?? "",
        none: narrative?.none ?? false,
        status,
        version: narrative?.version ?? 0,
        updatedBy: narrative?.updatedBy ?? null,
        updatedAt: narrative?.updatedAt ?? null,
      },
      scorecard: { approved: !!approval, approvedBy: approval?.approvedBy ?? null, approvedAt: approval?.approvedAt ?? null },
    });
  }
  return {
    period,
    authority: input.authority,
    approved: sections.length > 0 && sections.every((s) => s.scorecard.approved),
    preparedBy: input.preparedBy,
    monthLabels: months.map(shortMonthLabel),
    twelveMonths: `${monthLabel(addMonths(period, -11))} to ${monthLabel(period)}`,
    financialYear: financialYearOf(period),
    outturnYears,
    sections,
  };
}

function commentaryOf(c: ReportCommentaryInput | undefined): ReportCommentary {
  if (!c) return { status: "none", body: "", author: null, at: null, notNeededReason: null, internal: false };
  const status = c.status === "approved" || c.status === "not_needed" ? c.status : "pending";
  return {
    status,
    // only approved words are printed: a draft's text stays out of the report
    body: status === "approved" ? c.body : "",
    author: c.author,
    at: c.reviewedAt ?? c.updatedAt,
    notNeededReason: status === "not_needed" ? c.notNeededReason : null,
    internal: c.internal,
  };
}

function reportRow(r: ScorecardRow, no: number, months: string[], outturnYears: string[], input: ReportInput): ReportRow {
  const fig = (value: number | null | undefined): ReportFigure => ({ value: value ?? null, text: formatValue(value ?? null, r.unit, r.decimals) });
  const counts = input.counts.get(r.id);
  const month = (period: string, value: number | null | undefined): ReportMonth => {
    const c = counts?.get(period);
    const ofText = c && c.numerator !== null && c.denominator !== null ? `${formatNumber(c.numerator, 0)} of ${formatNumber(c.denominator, 0)}` : null;
    return { period, ...fig(value), ofText, numerator: c?.numerator ?? null, denominator: c?.denominator ?? null };
  };
  const byPeriod = new Map(r.series.map((p) => [p.period, p.value]));
  const t = tolerancesFor(r.bands, r.target, r.unit, r.decimals);
  const extra = input.notes.get(r.id);
  const { id: _id, commentary: _c, ...figures } = r;
  return {
    no,
    id: r.id,
    code: r.code,
    title: r.title,
    service: r.service,
    goodIs: GOOD_PERFORMANCE_TEXT[r.polarity],
    unit: UNIT_TEXT[r.unit],
    percent: r.unit === "percent",
    decimals: r.decimals,
    councilPlan: r.councilPlan,
    computed: extra?.computed ?? false,
    dataNote: extra?.note ?? null,
    months: months.map((p) => month(p, byPeriod.get(p))),
    twelve: r.series.map((p) => month(p.period, p.value)),
    ytd: { ...fig(r.ytd), months: r.ytd === null ? null : r.ytdMonths, covers: ytdCoverageText(r, r.frequency), note: r.ytdNote },
    sameMonthLastYear: {
      ...fig(r.lastYear),
      period: r.lastYearPeriod,
      change: r.lastYear === null ? "" : formatChangeBrief({ unit: r.unit, points: r.changeFromLastYearPoints, relativePct: r.changeFromLastYearPct }),
    },
    direction: r.direction ? `${DIRECTION_ARROW[r.direction]} ${r.judgement ? JUDGEMENT_WORDS[r.judgement] : r.direction}` : "n/a",
    change: formatChangeLabelled({ unit: r.unit, points: r.changeFromPreviousPoints, relativePct: r.changeFromPreviousPct }),
    changeBrief: formatChangeBrief({ unit: r.unit, points: r.changeFromPreviousPoints, relativePct: r.changeFromPreviousPct }),
    rag: r.rag,
    ragIllustrative: r.bandsIllustrative,
    tolerances: { red: t.red ?? "", amber: amberAsRange(t) ?? "", green: t.green ?? "" },
    target: fig(r.target),
    outturns: outturnYears.map((year) => ({ year, ...fig(r.outturns[year]) })),
    benchmarks: REPORT_BENCHMARKS.map(({ kind }) => {
      const b = r.benchmarkComparisons.find((c) => c.kind === kind);
      return { kind, year: b?.year ?? null, ...fig(b?.value) };
    }),
    definition: extra?.definition ?? null,
    outcome: extra?.outcome ?? null,
    commentary: commentaryOf(input.commentary.get(r.id)),
    // the board paper's chart of the same twelve months (plain data: it is kept in the report's issues)
    chart: JSON.parse(JSON.stringify(indicatorChart({ code: r.code, title: r.title, figures }))) as IndicatorChartView,
  };
}

/**
 * Amber written as the range between red and green, as monthly reports print
 * it: "92%–95%" (higher is better: red "<92%", green "95%+") or "23%–26%"
 * (lower is better: green "≤23%", red ">26%"); otherwise as the scorecard writes it.
 */
function amberAsRange(t: { red: string | null; amber: string | null; green: string | null }): string | null {
  if (t.red?.startsWith("<") && t.green?.endsWith("+") && t.amber?.endsWith(">")) return `${t.red.slice(1)}–${t.green.slice(0, -1)}`;
  if (t.red?.startsWith(">") && t.green?.startsWith("≤") && t.amber?.startsWith("≤")) return `${t.green.slice(1)}–${t.red.slice(1)}`;
  return t.amber;
}

/** "Green ●" style words for a RAG: never colour alone. */
export const RAG_WORDS = { green: "Green", amber: "Amber", red: "Red" } as const;

/** The year to date as printed: "1,198 (1 of 12 months)"; `brief` leaves out why there is none (the summary's narrow column). */
export function ytdText(r: ReportRow, { brief = false }: { brief?: boolean } = {}): string {
  if (r.ytd.value === null) return r.ytd.note && !brief ? `n/a (${r.ytd.note})` : "n/a";
  return r.ytd.covers ? `${r.ytd.text} (${r.ytd.covers})` : r.ytd.text;
}

/** A benchmark as printed: "12.3% (2018/19)". */
export function benchmarkText(b: ReportRow["benchmarks"][number]): string {
  return b.value === null ? "n/a" : `${b.text} (${b.year})`;
}
