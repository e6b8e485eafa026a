// The words for every SPC reading, in one table: the scorecard's icons, the
// indicator page, its chart key and the board paper all read them from here,
// so a reading is written the same way wherever it appears. Wording follows
// NHS England's "Making Data Count" (variation and assurance icons) and the
// rules of its SPC SQL v2.6 (see ./spc-rules.ts). Pure data.
import type { SpcAssurance, SpcRule, SpcSpecial, SpcVariation } from "./types";

type Special = Exclude<SpcSpecial, null>;
type Assurance = Exclude<SpcAssurance, null>;

/** The variation of the latest point (the variation icon's words). */
export const VARIATION_TEXT: Record<SpcVariation, string> = {
  common_cause: "Common cause variation",
  improvement: "Special cause: improvement",
  concern: "Special cause: concern",
  neither: "Special cause: neither improvement nor concern",
};

/** A single point's reading: the same words as the variation, point by point. */
export const SPECIAL_TEXT: Record<Special, string> = {
  improvement: VARIATION_TEXT.improvement,
  concern: VARIATION_TEXT.concern,
  neither: VARIATION_TEXT.neither,
};
/** A point that no rule flags. */
const COMMON_CAUSE_POINT_TEXT = "Common cause";

/** The assurance of the target against the process limits (the assurance icon's words). */
export const ASSURANCE_TEXT: Record<Assurance, string> = {
  pass: "Consistently passes the target",
  fail: "Consistently fails the target",
  hit_and_miss: "Hit and miss against the target",
};

/** Which special-cause rule flagged a point. */
export const RULE_TEXT: Record<SpcRule, string> = {
  outside_limits: "outside a process limit",
  trend: "trend",
  two_in_three: "two of three beyond two sigma",
  shift: "shift",
};

/** The chart key's marker for each reading, so shape and colour are explained in words. */
const MARKER_TEXT: Record<SpcVariation, string> = {
  common_cause: "grey dot",
  improvement: "blue circle",
  concern: "orange square",
  neither: "purple triangle",
};

/** Said of a chart with fewer than 13 points. */
const RUN_CHART_TEXT = "Run chart";
export const RUN_CHART_NOTE = `${RUN_CHART_TEXT}: fewer than 13 points, no limits yet`;
export const NO_SPC_TEXT = "No SPC (no figures)";

/** One point of the chart's data table: "Special cause: concern (shift)" or "Common cause". */
export function pointText(special: SpcSpecial, rule: SpcRule | null): string {
  if (!special) return COMMON_CAUSE_POINT_TEXT;
  return `${SPECIAL_TEXT[special]}${rule ? ` (${RULE_TEXT[rule]})` : ""}`;
}

/** The chart key's line for a reading: "Special cause: concern (orange square)". */
export function markerKeyText(variation: SpcVariation): string {
  const words = variation === "common_cause" ? COMMON_CAUSE_POINT_TEXT : VARIATION_TEXT[variation];
  return `${words} (${MARKER_TEXT[variation]})`;
}

/**
 * The reading in words only where it says something (a board paper's rule):
 * special cause, with the side it is on, and the assurance against a target.
 * Common cause alone says nothing a reader needs, so it gives no words (the
 * paper's legend explains the grey icon once).
 */
export function spcSignalWords(
  variation: SpcVariation | null,
  assurance: Assurance | null,
  side: "high" | "low" | null,
): string[] {
  const words: string[] = [];
  if (variation && variation !== "common_cause") words.push(`${VARIATION_TEXT[variation]}${side ? ` (${side})` : ""}`);
  if (assurance) words.push(ASSURANCE_TEXT[assurance]);
  return words;
}
