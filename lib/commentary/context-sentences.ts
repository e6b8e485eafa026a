// The context sentences the drafting aid offers and a paper's highlights
// carry: each computed from the series (lib/figures/context.ts), worded here.
import { extremesBefore, furthestExtreme, gapChange, insideBand, periodsHeldWithin, type Extreme, type SeriesPoint } from "@/lib/figures/context";
import { ragFor } from "@/lib/figures/rag";
import { roundTo } from "@/lib/figures/round";
import type { Bands, BenchmarkKind, Frequency, Rag, Unit } from "@/lib/figures/types";
import { formatNumber, monthLabel } from "@/lib/format";
import { formatFigure } from "./draft-template";

export interface ContextFacts {
  period: string;
  unit: Unit;
  decimals: number;
  frequency: Frequency;
  value: number | null;
  lastYear: number | null;
  lastYearPeriod: string | null;
  changeFromLastYearPct: number | null;
  changeFromLastYearPoints: number | null;
  /** every figure up to the month, oldest first (a scorecard row's spc.points) */
  history: SeriesPoint[];
  /** the comparators in force in the month and a year before */
  benchmarks: Partial<Record<BenchmarkKind, number>>;
  benchmarksYearEarlier?: Partial<Record<BenchmarkKind, number>>;
  bands: Bands;
  rag: Rag | null;
}

/** The comparators a gap is told for, with how a sentence names them. */
const GAP_COMPARATORS: { kind: BenchmarkKind; name: string }[] = [
  { kind: "region", name: "the regional average" },
  { kind: "sn_average", name: "the statistical neighbour average" },
];

/** Percentages and rates change in points; counts and the rest by a relative %. */
const inPoints = (unit: Unit) => unit === "percent" || unit === "rate_per_10k";

function pointsText(diff: number, decimals: number): string {
  const d = Math.max(decimals, 1);
  return `${formatNumber(Math.abs(diff), d)} ${roundTo(Math.abs(diff), d) === 1 ? "point" : "points"}`;
}

/** "Over 12 months: up 12.0% from 640 in April 2019." */
export function yearChangeSentence(f: ContextFacts): string | null {
  if (f.value === null || f.lastYear === null || f.lastYearPeriod === null) return null;
  const before = `${formatFigure(f.lastYear, f.unit, f.decimals)} in ${monthLabel(f.lastYearPeriod)}`;
  if (roundTo(f.value, f.decimals) === roundTo(f.lastYear, f.decimals)) return `Over 12 months: the same as ${before}.`;
  const way = f.value > f.lastYear ? "up" : "down";
  if (inPoints(f.unit) && f.changeFromLastYearPoints !== null) return `Over 12 months: ${way} ${pointsText(f.changeFromLastYearPoints, f.decimals)} from ${before}.`;
  if (f.changeFromLastYearPct === null) return `Over 12 months: ${way} from ${before}.`;
  return `Over 12 months: ${way} ${formatNumber(Math.abs(f.changeFromLastYearPct), 1)}% from ${before}.`;
}

/** "A 28.7% reduction since the peak of 702 in September 2020." */
export function extremeSentence(e: Extreme, unit: Unit, decimals: number): string {
  const name = e.kind === "peak" ? "the peak" : "the low";
  const tail = `since ${name} of ${formatFigure(e.value, unit, decimals)} in ${monthLabel(e.period)}`;
  if (inPoints(unit) || e.relativePct === null) return `${e.difference < 0 ? "Down" : "Up"} ${inPoints(unit) ? pointsText(e.difference, decimals) : formatNumber(Math.abs(e.difference), decimals)} ${tail}.`;
  return `A ${formatNumber(Math.abs(e.relativePct), 1)}% ${e.difference < 0 ? "reduction" : "increase"} ${tail}.`;
}

/** "The gap to the regional average has narrowed from 70.69 to 42.93 over 12 months." */
export function gapSentences(f: ContextFacts): string[] {
  const out: string[] = [];
  for (const { kind, name } of GAP_COMPARATORS) {
    const gap = gapChange({ value: f.value, comparator: f.benchmarks[kind] }, { value: f.lastYear, comparator: f.benchmarksYearEarlier?.[kind] });
    if (!gap) continue;
    const size = (g: number) => formatNumber(Math.abs(g), f.decimals);
    const side = (g: number) => (g > 0 ? "above" : "below");
    if (gap.movement === "crossed") out.push(`Over 12 months the figure has moved from ${size(gap.then)} ${side(gap.then)} ${name} to ${size(gap.now)} ${side(gap.now)} it.`);
    else if (gap.movement === "unchanged") out.push(`The gap to ${name} is unchanged over 12 months, at ${size(gap.now)}.`);
    else out.push(`The gap to ${name} has ${gap.movement} from ${size(gap.then)} to ${size(gap.now)} over 12 months.`);
  }
  return out;
}

function bandOf(rag: Rag, bands: Bands): { min: number | null; max: number | null } | null {
  if (rag === "green") return { min: bands.greenMin, max: bands.greenMax };
  if (rag === "amber") return { min: bands.amberMin, max: bands.amberMax };
  return null;
}

/** "It has been within the green band (80% to 100%) for 7 consecutive months." Only for a run of 2 or more. */
export function heldSentence(f: ContextFacts): string | null {
  if (f.value === null || f.rag === null) return null;
  const step = f.frequency === "monthly" ? 1 : f.frequency === "quarterly" ? 3 : null;
  if (step === null) return null;
  const band = bandOf(f.rag, f.bands);
  // red is everything outside green and amber: held while the month's rating stays red
  const within = band ? insideBand(band) : (v: number) => ragFor(v, f.bands) === "red";
  const n = periodsHeldWithin(f.history, f.period, within, step);
  if (n < 2) return null;
  const periods = `${n} consecutive ${step === 1 ? "months" : "quarters"}`;
  if (!band) return `It has been red for ${periods}.`;
  const end = (v: number | null) => (v === null ? null : formatFigure(v, f.unit, f.decimals));
  const [lo, hi] = [end(band.min), end(band.max)];
  const range = lo && hi ? `${lo} to ${hi}` : lo ? `${lo} or more` : `${hi} or less`;
  return `It has been within the ${f.rag} band (${range}) for ${periods}.`;
}

/** Every context sentence the series supports, in the order a paper reads them. */
export function contextSentences(f: ContextFacts): string[] {
  const { peak, trough } = extremesBefore(f.history, f.period);
  return [
    yearChangeSentence(f),
    peak ? extremeSentence(peak, f.unit, f.decimals) : null,
    trough ? extremeSentence(trough, f.unit, f.decimals) : null,
    ...gapSentences(f),
    heldSentence(f),
  ].filter((s): s is string => s !== null);
}

/** The few a paper's highlight carries: the year's change, the furthest extreme, and the run. */
export function highlightContext(f: ContextFacts): string[] {
  const far = furthestExtreme(extremesBefore(f.history, f.period));
  return [yearChangeSentence(f), far ? extremeSentence(far, f.unit, f.decimals) : null, ...gapSentences(f).slice(0, 1), heldSentence(f)].filter((s): s is string => s !== null);
}

/** The facts of a scorecard row (lib/figures/row.ts) the sentences read. */
export function contextFactsOf(
  row: Omit<ContextFacts, "history" | "period"> & { spc: { points: SeriesPoint[] } },
  period: string,
): ContextFacts {
  return {
    period,
    unit: row.unit,
    decimals: row.decimals,
    frequency: row.frequency,
    value: row.value,
    lastYear: row.lastYear,
    lastYearPeriod: row.lastYearPeriod,
    changeFromLastYearPct: row.changeFromLastYearPct,
    changeFromLastYearPoints: row.changeFromLastYearPoints,
    history: row.spc.points,
    benchmarks: row.benchmarks,
    benchmarksYearEarlier: row.benchmarksYearEarlier,
    bands: row.bands,
    rag: row.rag,
  };
}
