// One table of SPC words: the scorecard's icons, the chart key, the indicator
// page's reading and the board paper's cell all say the same thing.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SpcLegend } from "@/components/charts/spc-chart";
import { frozenTableHtml } from "@/components/snapshot/frozen-table";
import { SpcSummary } from "@/components/spc-icons";
import { spcChartView } from "@/lib/views/indicator-charts";
import {
  ASSURANCE_TEXT,
  markerKeyText,
  pointText,
  RULE_TEXT,
  SPECIAL_TEXT,
  spcSignalWords,
  VARIATION_TEXT,
} from "@/lib/figures/spc-words";
import type { SpcResult, SpcVariation } from "@/lib/figures/types";
import type { ReadableRow } from "@/lib/snapshots/view";

const VARIATIONS = Object.keys(VARIATION_TEXT) as SpcVariation[];
const SPECIALS = ["improvement", "concern", "neither"] as const;

/** HTML as a reader sees it: tags dropped, entities decoded. */
const text = (html: string) => html.replace(/<[^>]+>/g, "").replaceAll("&amp;", "&").replaceAll("&#39;", "'").replaceAll("&quot;", '"');

const spc = (over: Partial<SpcResult>): SpcResult => ({
  kind: "xmr",
  runLength: 6,
  screenMovingRanges: false,
  ruleVersion: "NHSE-SPC-SQL-2.6",
  baselinePoints: null,
  mean: 10,
  upper: 14,
  lower: 6,
  upperTwoSigma: 12.7,
  lowerTwoSigma: 7.3,
  points: [],
  variation: null,
  assurance: null,
  ...over,
});

const paperRow = (variation: SpcVariation | null): ReadableRow => ({
  code: "M1", title: "Contacts", unit: "count", decimals: 0, featured: false, value: 1, previous: 2,
  changeFromPreviousPct: -50, direction: "down", judgement: "neutral", rag: null, bandsIllustrative: false,
  target: null, snAverage: null, england: null, snAverageYear: null, englandYear: null, spcWords: spcSignalWords(variation, "fail", "high"), commentary: null,
});

describe("the SPC words", () => {
  it("name each special cause the same way as the variation it makes", () => {
    for (const s of SPECIALS) expect(SPECIAL_TEXT[s]).toBe(VARIATION_TEXT[s]);
    expect(new Set(Object.values(VARIATION_TEXT)).size).toBe(VARIATIONS.length);
    expect(pointText("concern", "shift")).toBe(`${VARIATION_TEXT.concern} (${RULE_TEXT.shift})`);
    expect(pointText("neither", null)).toBe(VARIATION_TEXT.neither);
    expect(pointText(null, null)).toBe("Common cause");
  });

  it("are what the scorecard's icons say", () => {
    for (const variation of VARIATIONS) {
      const html = renderToStaticMarkup(createElement(SpcSummary, { kind: "xmr", variation, assurance: "hit_and_miss", side: null }));
      expect(text(html)).toContain(VARIATION_TEXT[variation]);
      expect(text(html)).toContain(ASSURANCE_TEXT.hit_and_miss);
    }
  });

  it("are what the chart key says, marker by marker", () => {
    const key = text(renderToStaticMarkup(createElement(SpcLegend, {})));
    for (const s of SPECIALS) expect(key).toContain(`${VARIATION_TEXT[s]} (`);
    for (const variation of VARIATIONS) expect(key).toContain(markerKeyText(variation));
  });

  it("are what the board paper's SPC cell says, only where they say something", () => {
    for (const variation of VARIATIONS) {
      const html = text(frozenTableHtml({ caption: "Paper", rows: [paperRow(variation)], showCommentary: false }).value);
      if (variation === "common_cause") expect(html).not.toContain(VARIATION_TEXT.common_cause);
      else expect(html).toContain(`${VARIATION_TEXT[variation]} (high)`);
      expect(html).toContain(ASSURANCE_TEXT.fail);
    }
    expect(spcSignalWords("common_cause", null, "low")).toEqual([]);
    expect(spcSignalWords(null, "hit_and_miss", null)).toEqual([ASSURANCE_TEXT.hit_and_miss]);
  });

  it("are what the indicator page's reading and point table say", () => {
    for (const s of SPECIALS) {
      const view = spcChartView({
        spc: spc({ variation: s, assurance: "fail", points: [{ period: "2020-04", value: 15, special: s, rule: "outside_limits" }] }),
        unit: "count",
        decimals: 0,
      });
      expect(view.summary).toContain(`Latest reading: ${VARIATION_TEXT[s]}; ${ASSURANCE_TEXT.fail}.`);
      expect(view.table.rows[0][2]).toBe(`${SPECIAL_TEXT[s]} (${RULE_TEXT.outside_limits})`);
    }
  });
});
