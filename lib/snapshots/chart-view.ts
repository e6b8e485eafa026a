// A board paper's indicator chart as data: twelve months from the frozen
// series (never live figures), the target, the SPC centre line and process
// limits, the special-cause points of those months, the latest reading in
// words where it says something, and the same figures as a table. In a public
// release a suppressed month is a gap in the line and "c" in the table, and
// the SPC reading is left out wherever the counts behind it include a small
// number (its limits are worked out from them). Pure.
import { formatValue, monthLabel, shortMonthLabel } from "@/lib/format";
import { spcSignalWords, pointText } from "@/lib/figures/spc-words";
import type { Polarity, Rag, SpcAssurance, SpcSpecial, SpcVariation, Unit } from "@/lib/figures/types";
import { spcSide } from "@/lib/views/scorecard-view";
import type { FrozenFigures } from "./freeze";
import type { Shown } from "./public-release";

export interface ChartPoint {
  period: string;
  /** "Apr 20" */
  label: string;
  /** null: not drawn (missing or suppressed) */
  value: number | null;
  /** as the table shows it: "487", "16%", "c", ":" */
  text: string;
  special: SpcSpecial;
}

export interface IndicatorChartView {
  code: string;
  title: string;
  unit: Unit;
  polarity: Polarity;
  /** the month's figure as written, and its RAG ("c" when suppressed) */
  latest: string;
  rag: Rag | null | "c";
  bandsIllustrative: boolean;
  points: ChartPoint[];
  target: number | null;
  targetText: string | null;
  /** the SPC lines over these months; null: none drawn (no figures, or left out of a public release) */
  spc: { kind: "xmr" | "run"; mean: number | null; upper: number | null; lower: number | null } | null;
  variation: SpcVariation | null;
  assurance: Exclude<SpcAssurance, null> | null;
  side: "high" | "low" | null;
  /** the reading in words where it says something (special cause, assurance); empty for common cause */
  reading: string[];
  /** one sentence for the chart's accessible name */
  summary: string;
  table: { headers: string[]; rows: string[][] };
}

export interface ChartSource {
  code: string;
  title: string;
  figures: FrozenFigures;
}

/** Public figures for a chart: the month cells as shown, and whether the SPC reading may be shown. */
export interface PublicChartFigures {
  series: { period: string; value: Shown }[];
  value: Shown;
  rag: Rag | null | "c";
  spcShown: boolean;
}

/** A month with no figure at all: "n/a", or ":" (not available) in a public release. */
const NOT_SHOWN = new Set(["n/a", ":"]);

export function indicatorChart(row: ChartSource, shown?: PublicChartFigures): IndicatorChartView {
  const f = row.figures;
  const fmt = (n: number | null) => formatValue(n, f.unit, f.decimals);
  const spcAllowed = !shown || shown.spcShown;
  const specialOf = new Map(spcAllowed ? (f.spc?.points ?? []).map((p) => [p.period, { special: p.special, rule: p.rule }] as const) : []);
  const shownOf = new Map(shown?.series.map((s) => [s.period, s.value]) ?? []);
  const all: ChartPoint[] = (f.series ?? []).map((s) => {
    const publicValue = shown ? (shownOf.get(s.period) ?? ":") : s.value;
    const value = typeof publicValue === "number" ? publicValue : null;
    const text = typeof publicValue === "string" ? publicValue : fmt(publicValue);
    return { period: s.period, label: shortMonthLabel(s.period), value, text, special: value === null ? null : (specialOf.get(s.period)?.special ?? null) };
  });
  // the chart starts at the first month with a figure (or a suppressed one), not at empty months before it
  const firstShown = all.findIndex((p) => !NOT_SHOWN.has(p.text));
  const points = firstShown < 0 ? all : all.slice(firstShown);
  const spc = f.spc && spcAllowed && f.spc.points.length > 0 ? f.spc : null;
  const side = spc ? spcSide(spc) : null;
  const variation = spc?.variation ?? null;
  const assurance = spc?.assurance ?? null;
  const reading = spcSignalWords(variation, assurance, side);
  const latestShown = shown ? shown.value : f.value;
  const latest = typeof latestShown === "string" ? latestShown : fmt(latestShown);
  const drawn = points.filter((p) => p.value !== null);
  const first = drawn[0];
  const last = drawn.at(-1);
  const summary =
    drawn.length === 0
      ? `${row.title}: no figures to chart.`
      : `${row.title}, the last ${points.length} months: ${first!.text} in ${monthLabel(first!.period)}` +
        (last && last !== first ? ` to ${last.text} in ${monthLabel(last.period)}` : "") +
        (f.target !== null ? `; target ${fmt(f.target)}` : "") +
        (reading.length ? `; ${reading.join("; ")}` : "") +
        ".";
  const withReading = points.some((p) => p.special);
  return {
    code: row.code,
    title: row.title,
    unit: f.unit,
    polarity: f.polarity,
    latest,
    rag: shown ? shown.rag : f.rag,
    bandsIllustrative: f.bandsIllustrative,
    points,
    target: f.target,
    targetText: f.target !== null ? fmt(f.target) : null,
    spc: spc ? { kind: spc.kind, mean: spc.mean, upper: spc.kind === "xmr" ? spc.upper : null, lower: spc.kind === "xmr" ? spc.lower : null } : null,
    variation,
    assurance,
    side,
    reading,
    summary,
    table: {
      headers: ["Month", "Figure", ...(withReading ? ["Reading"] : [])],
      // the months with a figure (or a suppressed one); a month with none is a gap in the line
      rows: points.filter((p) => !NOT_SHOWN.has(p.text)).map((p) => [
        monthLabel(p.period),
        p.text,
        ...(withReading ? [p.special ? pointText(p.special, specialOf.get(p.period)?.rule ?? null) : ""] : []),
      ]),
    },
  };
}

