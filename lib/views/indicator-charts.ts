// The indicator page's charts as data: the month-by-month lines, the SPC
// chart's points and its reading in words, the year-end outturns, and each
// chart's figures as a table (every chart in Lantern has one). Pure: the
// page and its components only draw what this returns.
import { formatValue, monthLabel, shortMonthLabel } from "@/lib/format";
import { ASSURANCE_TEXT, pointText, VARIATION_TEXT } from "@/lib/figures/spc-words";
import type { Figures, SpcResult, SpcSpecial, Unit } from "@/lib/figures/types";
import { BENCHMARK_TEXT } from "@/lib/figures/vocabulary";

/** A chart's figures as rows of text, the first cell naming the row. */
interface ChartTable {
  headers: string[];
  rows: string[][];
}

/** The comparators drawn as lines beside the figure, in this order. */
const LINE_BENCHMARKS = ["england", "sn_average", "region"] as const;

export interface TrendChart {
  /** the lines: "Value", then "Target" when there is one, then each comparator loaded */
  categories: string[];
  /** the comparators' names, for the sentence above the chart */
  comparators: string[];
  /** one entry a month: its short label and each line's figure */
  data: ({ month: string } & Record<string, number | string | null>)[];
  table: ChartTable;
}

/** The month-by-month chart: the figure, the target and the latest comparators as flat lines. */
export function trendChart({
  months,
  figures,
  unit,
  decimals,
}: {
  months: { period: string; value: number | null }[];
  figures: Pick<Figures, "target" | "benchmarks">;
  unit: Unit;
  decimals: number;
}): TrendChart {
  const lines = LINE_BENCHMARKS.filter((k) => figures.benchmarks[k] !== undefined).map((k) => ({
    name: BENCHMARK_TEXT[k],
    value: figures.benchmarks[k]!,
  }));
  const target = figures.target;
  const categories = ["Value", ...(target !== null ? ["Target"] : []), ...lines.map((l) => l.name)];
  const data: TrendChart["data"] = months.map((m) => ({
    month: shortMonthLabel(m.period),
    Value: m.value,
    ...(target !== null ? { Target: target } : {}),
    ...Object.fromEntries(lines.map((l) => [l.name, l.value])),
  }));
  const fmt = (n: number | string | null | undefined) => formatValue(typeof n === "number" ? n : null, unit, decimals);
  return {
    categories,
    comparators: lines.map((l) => l.name),
    data,
    table: { headers: ["Month", ...categories], rows: data.map((d) => [d.month, ...categories.map((c) => fmt(d[c]))]) },
  };
}

/** The SPC chart draws the last three years. */
export const SPC_CHART_POINTS = 36;

export interface SpcChartView {
  /** what the chart is and its latest reading, in a sentence or two */
  summary: string;
  points: { period: string; label: string; value: number; special: SpcSpecial }[];
  /** every point (not only those drawn) with its reading */
  table: ChartTable;
}

export function spcChartView({ spc, unit, decimals }: { spc: SpcResult; unit: Unit; decimals: number }): SpcChartView {
  const fmt = (n: number | null) => formatValue(n, unit, decimals);
  const shape =
    spc.kind === "xmr"
      ? `XmR chart of ${spc.points.length} points: mean ${fmt(spc.mean)}, process limits ${fmt(spc.lower)} to ${fmt(spc.upper)}.`
      : `Run chart: ${spc.points.length} points, fewer than the 13 an XmR chart needs, so there are no process limits yet; shifts and trends are still marked.`;
  const rules =
    `Rules: ${spc.ruleVersion}, runs of ${spc.runLength}` +
    (spc.screenMovingRanges ? ", large moving ranges screened out" : "") +
    (spc.baselinePoints ? `, baseline the first ${spc.baselinePoints} points` : "") +
    ".";
  const reading = `Latest reading: ${spc.variation ? VARIATION_TEXT[spc.variation] : "none"}${spc.assurance ? `; ${ASSURANCE_TEXT[spc.assurance]}` : ""}.`;
  return {
    summary: `${shape} ${rules} ${reading}`,
    points: spc.points.slice(-SPC_CHART_POINTS).map((p) => ({ period: p.period, label: shortMonthLabel(p.period), value: p.value, special: p.special })),
    table: { headers: ["Month", "Figure", "Reading"], rows: spc.points.map((p) => [monthLabel(p.period), fmt(p.value), pointText(p.special, p.rule)]) },
  };
}

export interface OutturnChart {
  data: { year: string; Outturn: number }[];
  table: ChartTable;
}

export function outturnChart({ outturns, unit, decimals }: { outturns: { year: string; value: number }[]; unit: Unit; decimals: number }): OutturnChart {
  return {
    data: outturns.map((o) => ({ year: o.year, Outturn: o.value })),
    table: { headers: ["Year", "Outturn"], rows: outturns.map((o) => [o.year, formatValue(o.value, unit, decimals)]) },
  };
}
