// "Start from the figures": a factual first paragraph written from the
// figures engine's result by a fixed template (no external service), which
// the writer then edits. Same figures in, same words out.
import type { BenchmarkKind, Polarity, Unit } from "@/lib/figures/types";
import { roundTo } from "@/lib/figures/round";
import { formatNumber, monthLabel } from "@/lib/format";

export interface DraftFigures {
  title: string;
  period: string;
  unit: Unit;
  decimals: number;
  polarity: Polarity;
  value: number | null;
  previous: number | null;
  previousPeriod: string | null;
  changeFromPreviousPct: number | null;
  /** the month's comparators: only those of the indicator's own unit and basis, of a year ended by the month (lib/figures/benchmarks.ts) */
  benchmarks: Partial<Record<BenchmarkKind, number>>;
  /** the year of each comparator, said with it ("the statistical neighbour average of 399 (2018/19)") */
  benchmarkYears?: Partial<Record<BenchmarkKind, string>>;
  target: number | null;
}

/** The comparators a paragraph names, in the order a board paper gives them. */
const NAMED_BENCHMARKS: { kind: BenchmarkKind; phrase: (v: string, year: string | undefined) => string }[] = [
  { kind: "sn_average", phrase: (v, year) => `the statistical neighbour average of ${v}${year ? ` (${year})` : ""}` },
  { kind: "england", phrase: (v, year) => `England (${v}${year ? `, ${year}` : ""})` },
  { kind: "region", phrase: (v, year) => `the regional average (${v}${year ? `, ${year}` : ""})` },
];

/** A figure with its unit, as a sentence says it: "45%", "38.2 per 10,000 children", "12 days". */
export function formatFigure(value: number, unit: Unit, decimals: number): string {
  const n = formatNumber(value, decimals);
  switch (unit) {
    case "percent":
      return `${n}%`;
    case "rate_per_10k":
      return `${n} per 10,000 children`;
    case "days":
      return `${n} ${value === 1 ? "day" : "days"}`;
    default:
      return n;
  }
}

/** "March" when in the same year as the month written about, else "December 2019". */
function shortPeriod(period: string, relativeTo: string): string {
  const label = monthLabel(period);
  return period.slice(0, 4) === relativeTo.slice(0, 4) ? label.split(" ")[0] : label;
}

function sentenceCase(title: string): string {
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function movementSentence(f: DraftFigures & { value: number }): string {
  const now = formatFigure(f.value, f.unit, f.decimals);
  const opening = `${sentenceCase(f.title)}: ${now} in ${monthLabel(f.period)}`;
  if (f.previous === null || f.previousPeriod === null) {
    const compared = f.previousPeriod ? ` There is no figure for ${monthLabel(f.previousPeriod)} to compare with.` : "";
    return `${opening}.${compared}`;
  }
  const before = `${formatFigure(f.previous, f.unit, f.decimals)} in ${shortPeriod(f.previousPeriod, f.period)}`;
  const rounded = (x: number) => roundTo(x, f.decimals);
  if (rounded(f.value) === rounded(f.previous)) return `${opening}, the same as ${before}.`;
  return `${opening}, ${f.value > f.previous ? "up" : "down"} from ${before}.`;
}

function judgementSentence(f: DraftFigures & { value: number }): string | null {
  if (f.previous === null || (f.polarity !== "high" && f.polarity !== "low")) return null;
  if (f.value === f.previous) return null;
  const better = f.polarity === "high" ? f.value > f.previous : f.value < f.previous;
  const rule = f.polarity === "high" ? "higher is better" : "lower is better";
  return better ? `This is an improvement (${rule}).` : `This is a deterioration (${rule}).`;
}

function benchmarkSentence(f: DraftFigures & { value: number }): string | null {
  const parts: { relation: "above" | "below" | "in line with"; phrase: string }[] = [];
  for (const { kind, phrase } of NAMED_BENCHMARKS) {
    const b = f.benchmarks[kind];
    if (b === undefined || b === null) continue;
    const relation = roundTo(f.value, f.decimals) === roundTo(b, f.decimals) ? "in line with" : f.value > b ? "above" : "below";
    parts.push({ relation, phrase: phrase(formatFigure(b, f.unit, f.decimals), f.benchmarkYears?.[kind]) });
  }
  if (parts.length === 0) return null;
  // "above A and B and below C": comparators on the same side share one word.
  const groups: { relation: string; phrases: string[] }[] = [];
  for (const p of parts) {
    const last = groups.at(-1);
    if (last && last.relation === p.relation) last.phrases.push(p.phrase);
    else groups.push({ relation: p.relation, phrases: [p.phrase] });
  }
  const joined = groups.map((g) => `${g.relation} ${g.phrases.join(" and ")}`).join(" and ");
  return `This is ${joined}.`;
}

function targetSentence(f: DraftFigures & { value: number }): string | null {
  if (f.target === null) return null;
  const target = formatFigure(f.target, f.unit, f.decimals);
  if (f.value === f.target) return `This meets the target of ${target}.`;
  const above = f.value > f.target;
  const meets = f.polarity === "low" ? !above : f.polarity === "high" ? above : null;
  const tail = meets === null ? "" : meets ? ", meeting it" : ", missing it";
  return `This is ${above ? "above" : "below"} the target of ${target}${tail}.`;
}

/** The first paragraph; says plainly when the month has no figure. */
export function draftFromFigures(f: DraftFigures): string {
  if (f.value === null) {
    // "Number of contacts" reads as "number of contacts" mid-sentence; "CIN referrals" keeps its capitals.
    const title = /^[A-Z][a-z]/.test(f.title) ? f.title.charAt(0).toLowerCase() + f.title.slice(1) : f.title;
    return `No figure has been loaded for ${title} for ${monthLabel(f.period)}.`;
  }
  const known = f as DraftFigures & { value: number };
  return [movementSentence(known), judgementSentence(known), benchmarkSentence(known), targetSentence(known)]
    .filter((s): s is string => s !== null)
    .join(" ");
}

/** Seed 003's prompts: optional headings a writer may answer. */
export const COMMENTARY_PROMPTS = [
  "What does the performance tell us this month?",
  "How does it compare?",
  "What are we doing about it?",
] as const;
