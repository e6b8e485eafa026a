// A service section's narrative drafted from its figures alone (the demo's
// April narratives, written as a manager would from the scorecard): how many
// indicators are red, amber and green, which moved better or worse than the
// month before, and the reds as areas of concern. No invented numbers: every
// figure in it is one of the scorecard's. Pure.
import { formatValue, monthLabel } from "@/lib/format";
import type { ScorecardRow } from "@/lib/queries/scorecard";

const list = (rows: ScorecardRow[]) => rows.map((r) => `${r.code} (${r.title.toLowerCase()}, ${formatValue(r.value, r.unit, r.decimals)})`).join("; ");

export function narrativeFromFigures(serviceName: string, period: string, rows: ScorecardRow[]): string {
  const count = (rag: string) => rows.filter((r) => r.rag === rag).length;
  const better = rows.filter((r) => r.judgement === "better");
  const worse = rows.filter((r) => r.judgement === "worse");
  const reds = rows.filter((r) => r.rag === "red");
  const previous = rows.find((r) => r.previousPeriod)?.previousPeriod;
  const since = previous ? `than in ${monthLabel(previous)}` : "than the month before";
  const parts = [
    `${serviceName} in ${monthLabel(period)}: ${rows.length} indicators, ${count("red")} red, ${count("amber")} amber and ${count("green")} green.`,
    better.length ? `Better ${since}: ${list(better)}.` : `No indicator is better ${since}.`,
    worse.length ? `Worse ${since}: ${list(worse)}.` : `No indicator is worse ${since}.`,
    reds.length ? `Areas of concern (red against their tolerances): ${list(reds)}.` : "No indicator is red this month.",
  ];
  return parts.join("\n\n");
}
