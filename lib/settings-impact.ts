// What a change of the authority's settings does to figures, in words, so the
// admin knows before and after saving which months' scorecards it changes.
// Pure. Published board papers never change: their figures are frozen.
import { comparePeriods, addMonths } from "@/lib/figures/periods";
import { populationFor } from "@/lib/figures/rate";
import { monthLabel } from "@/lib/format";
import type { EffectiveSettings } from "./settings";

export const PAPERS_KEPT = "Published board papers keep the figures they were published with.";

/** "April 2019 to March 2020, May 2020": consecutive months written as ranges. */
export function monthRanges(periods: readonly string[]): string {
  const sorted = [...new Set(periods)].sort(comparePeriods);
  const ranges: [string, string][] = [];
  for (const p of sorted) {
    const last = ranges.at(-1);
    if (last && addMonths(last[1], 1) === p) last[1] = p;
    else ranges.push([p, p]);
  }
  return ranges.map(([a, b]) => (a === b ? monthLabel(a) : `${monthLabel(a)} to ${monthLabel(b)}`)).join(", ");
}

const count = (n: number) => `${n} month${n === 1 ? "" : "s"}`;

/** Months whose rate per 10,000 uses a different population after the change. */
export function monthsWithNewPopulation(before: Record<string, number>, after: Record<string, number>, months: readonly string[]): string[] {
  return months.filter((m) => populationFor(before, m)?.population !== populationFor(after, m)?.population);
}

export function populationImpact(before: Record<string, number>, after: Record<string, number>, months: readonly string[]): string[] {
  const changed = monthsWithNewPopulation(before, after, months);
  if (changed.length === 0) return ["No month's figures change: no month with figures uses a changed population.", PAPERS_KEPT];
  return [`Rates per 10,000 children change on the scorecards for ${monthRanges(changed)} (${count(changed.length)}).`, PAPERS_KEPT];
}

export function settingsImpact(before: EffectiveSettings, after: EffectiveSettings, months: readonly string[], openMonths: readonly string[]): string[] {
  const lines: string[] = [];
  if (before.spcRunLength !== after.spcRunLength || before.spcScreenMovingRanges !== after.spcScreenMovingRanges) {
    lines.push(
      months.length
        ? `The SPC reading (signals, limits and icons) changes on every scorecard with figures: ${monthRanges(months)} (${count(months.length)}).`
        : "The SPC reading of scorecards changes (no month has figures yet).",
    );
  }
  if (before.suppressionThreshold !== after.suppressionThreshold) {
    lines.push(`Public releases published from now on suppress counts from 1 to ${after.suppressionThreshold}; releases already published keep the threshold they were published with. Scorecards do not change.`);
  }
  if (before.commentaryDueWorkingDay !== after.commentaryDueWorkingDay) {
    lines.push(
      openMonths.length
        ? `Commentary is now due on working day ${after.commentaryDueWorkingDay}: the due dates of ${monthRanges(openMonths)} move.`
        : `Commentary is now due on working day ${after.commentaryDueWorkingDay} (no month is open for commentary now).`,
    );
  }
  if (lines.length === 0) return ["Nothing changed."];
  return [...lines, PAPERS_KEPT];
}

/** The suppression threshold a public release uses: the one in force when the paper was published. */
export function thresholdAt(settings: { suppressionThreshold: number; suppressionThresholdHistory?: { until: string; threshold: number }[] }, publishedAt: string | null): number {
  if (!publishedAt) return settings.suppressionThreshold;
  const earlier = [...(settings.suppressionThresholdHistory ?? [])].sort((a, b) => a.until.localeCompare(b.until)).find((h) => h.until > publishedAt);
  return earlier ? earlier.threshold : settings.suppressionThreshold;
}
