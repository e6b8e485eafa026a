// How figures are written on pages and papers. Missing figures are "n/a",
// never 0, NaN or Infinity. Dates and times: lib/dates.ts.
import { changeMeasureFor } from "@/lib/figures/change";
import { roundTo } from "@/lib/figures/round";
import { tolerancesOf, type Tolerances } from "@/lib/figures/tolerances";
import { windowLabel, ytdCoverage } from "@/lib/figures/partial";
import type { Bands, Frequency, Unit } from "@/lib/figures/types";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// One formatter per number of decimals: toLocaleString builds a new one on
// every call, which showed up in profiles of big scorecards.
const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "n/a";
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, formatter);
  }
  // the one rounding (half away from zero, on the decimal figure: −37.5 → −38), then the digits
  return formatter.format(roundTo(value, decimals));
}

/** "1 figure", "1,080 figures". */
export function plural(count: number, word: string): string {
  return `${formatNumber(count)} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * A figure as an import carried it, for checking the import (its preview and
 * history): a figure a file gave or Lantern worked out from a numerator and
 * denominator (24.25925925925926) is shown to two places ("24.26"), a whole
 * number as it is ("262"). The stored figure keeps every digit.
 */
export function formatImportedFigure(value: number): string {
  return String(roundTo(value, 2));
}

export function formatValue(value: number | null | undefined, unit: Unit, decimals: number): string {
  const text = formatNumber(value, decimals);
  if (text === "n/a") return text;
  return unit === "percent" ? `${text}%` : text;
}

/** The figures a year to date or 12-month figure is shown from (a scorecard row, an indicator's month). */
interface PartialFigures {
  ytd: number | null;
  ytdNote: string | null;
  ytdMonths: number | null;
  ytdMonthsExpected: number | null;
  average12Months: number;
}

/** "6 of 12 months" for a partial year to date; null when whole or there is none (lib/figures/partial.ts) */
export function ytdCoverageText(f: PartialFigures, frequency: Frequency): string | null {
  return f.ytd === null ? null : ytdCoverage(f.ytdMonths, f.ytdMonthsExpected, frequency);
}

/** The year to date as a page writes it: "1,234 (6 of 12 months)" when partial; the reason when there is none. */
export function formatYtd(f: PartialFigures, unit: Unit, decimals: number, frequency: Frequency): string {
  if (f.ytd === null) return f.ytdNote ?? "n/a";
  const coverage = ytdCoverageText(f, frequency);
  return `${formatValue(f.ytd, unit, decimals)}${coverage ? ` (${coverage})` : ""}`;
}

/** "12-month", or what a partial window held: "7-month" (the average and maximum's label) */
export function twelveMonthLabel(f: Pick<PartialFigures, "average12Months">, frequency: Frequency): string {
  return windowLabel(f.average12Months, frequency);
}

function formatChangePct(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "n/a";
  const rounded = roundTo(value, 0);
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : ""}${Math.abs(rounded)}%`;
}

const sign = (n: number) => (n > 0 ? "+" : n < 0 ? "−" : "");

/**
 * A difference to one decimal in the unit's own terms: percentages in points
 * ("+1.0 pt", "−4.0 pt", "0.0 pt"), rates per 10,000 per 10,000 ("+1.0 per
 * 10,000": a rate is not a percentage); "n/a" when unknown.
 */
export function formatPoints(value: number | null | undefined, unit: Unit = "percent"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "n/a";
  const text = formatNumber(Math.abs(value), 1);
  return `${text === "0.0" ? "" : sign(value)}${text} ${unit === "rate_per_10k" ? "per 10,000" : "pt"}`;
}

/** What a difference is for a unit, in words: percentages move in percentage points, rates per 10,000 children. */
function pointsWord(unit: Unit): string {
  return unit === "rate_per_10k" ? "per 10,000 children" : "percentage points";
}

interface ChangeFigures {
  unit: Unit;
  points: number | null | undefined;
  relativePct: number | null | undefined;
}

/**
 * A change as a row headlines it (lib/figures/change.ts, THE CHANGE RULE):
 * percentages and rates in points ("+1.0 pt"), everything else as a relative
 * % ("−4%"). Missing: "n/a".
 */
export function formatChange({ unit, points, relativePct }: ChangeFigures): string {
  return changeMeasureFor(unit) === "points" ? formatPoints(points, unit) : formatChangePct(relativePct);
}

/**
 * Both numbers, labelled, for the row detail and exports:
 * "+1.0 percentage points; relative change +33%" or "relative change −4%".
 */
export function formatChangeLabelled({ unit, points, relativePct }: ChangeFigures): string {
  const relative = `relative change ${formatChangePct(relativePct)}`;
  if (changeMeasureFor(unit) !== "points") return relative;
  const p = formatPoints(points, unit);
  return `${p === "n/a" ? "n/a" : `${p.replace(/ (pt|per 10,000)$/, "")} ${pointsWord(unit)}`}; ${relative}`;
}

/** The decimals a bound needs to be written exactly (up to 2): 72.9 needs 1. */
function decimalsOf(n: number): number {
  for (let d = 0; d < 2; d++) if (Math.abs(n - roundTo(n, d)) < 1e-9) return d;
  return 2;
}

/**
 * An indicator's RAG bands as tolerances ("<92%", "92%>", "95%+"; "158.8 ±5"),
 * written in its unit with its decimals, or more where a bound needs them
 * (a bound of 72.9 is never shown as 73).
 */
export function tolerancesFor(bands: Bands, target: number | null, unit: Unit, decimals: number): Tolerances {
  return tolerancesOf(bands, { target, format: (n) => formatValue(n, unit, Math.max(decimals, decimalsOf(n))) });
}

/** Both numbers in brief, for a narrow column: "−3.0 pt (−50% relative)", or "−41%" for a count. */
export function formatChangeBrief({ unit, points, relativePct }: ChangeFigures): string {
  if (changeMeasureFor(unit) !== "points") return formatChangePct(relativePct);
  return `${formatPoints(points, unit)} (${formatChangePct(relativePct)} relative)`;
}

/** "2020-04" → "April 2020" */
export function monthLabel(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}

/** "2020-04" → "Apr 20" */
export function shortMonthLabel(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return `${MONTHS[m - 1].slice(0, 3)} ${String(y).slice(2)}`;
}
