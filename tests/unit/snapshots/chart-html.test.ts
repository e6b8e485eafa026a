import { describe, expect, it } from "vitest";
import { indicatorChartHtml } from "@/components/snapshot/chart-html";
import type { IndicatorChartView } from "@/lib/snapshots/chart-view";

const months = ["2019-05", "2019-06", "2019-07", "2019-08", "2019-09", "2019-10", "2019-11", "2019-12", "2020-01", "2020-02", "2020-03", "2020-04"];

const chart = (over: Partial<IndicatorChartView> = {}): IndicatorChartView => ({
  code: "LAC1",
  title: "Looked after children",
  unit: "count",
  polarity: "low",
  latest: "487",
  rag: "red",
  bandsIllustrative: true,
  points: months.map((period, i) => ({
    period,
    label: period,
    value: i < 5 ? null : 480 + i * 3,
    text: i < 5 ? ":" : String(480 + i * 3),
    special: i === 11 ? "concern" : null,
  })),
  target: 420,
  targetText: "420",
  spc: { kind: "xmr", mean: 485, upper: 500, lower: 470 },
  variation: "concern",
  assurance: "fail",
  side: "high",
  reading: [],
  summary: "Looked after children, the last 12 months: 485 in October 2019 to 491 in April 2020; target 420.",
  table: { headers: ["Month", "Figure"], rows: [["April 2020", "491"]] },
  ...over,
});

/** The SVG's drawing elements: each must be a closed tag with quoted attributes, or the HTML parser nests what follows inside it (and draws none of it). */
const shapes = (html: string) => html.match(/<(?:line|polyline|circle|rect|path)\b[^>]*>/g) ?? [];

describe("a board paper chart's HTML", () => {
  it("draws the line, the target and the SPC lines as closed SVG elements with quoted attributes", () => {
    const html = indicatorChartHtml(chart()).value;
    const drawn = shapes(html);
    expect(drawn.some((t) => t.startsWith("<polyline"))).toBe(true);
    expect(drawn.filter((t) => t.startsWith("<line"))).toHaveLength(4); // upper, lower, mean, target
    for (const tag of drawn) expect(tag).toMatch(/^<\w+(?:\s+[\w:-]+=(?:'[^']*'|"[^"]*"))*\s*\/>$/);
  });

  it("puts the scale's labels beside the highest and lowest values drawn", () => {
    const html = indicatorChartHtml(chart({ spc: null, target: null, targetText: null })).value;
    const labels = [...html.matchAll(/<text x="(\d+)" y="(\d+)"[^>]*>([^<]*)<\/text>/g)].filter((m) => m[1] === "42");
    expect(labels.map((m) => m[3])).toEqual(["513", "495"]);
    // neither at the very edge of the plot: the plot keeps a margin above and below the values
    expect(Number(labels[0][2])).toBeGreaterThan(14);
    expect(Number(labels[1][2])).toBeLessThan(150 - 22);
  });

  it("labels a flat line with its one value only, never the made-up range around it", () => {
    const flat = chart({ spc: null, target: null, targetText: null, points: chart().points.map((p) => ({ ...p, value: p.value === null ? null : 0, text: p.value === null ? "c" : "0" })) });
    const labels = [...indicatorChartHtml(flat).value.matchAll(/<text x="42"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(["0"]);
  });

  it("escapes the words it is given", () => {
    const html = indicatorChartHtml(chart({ title: "<b>x</b>", summary: `"quoted" & 'apostrophe'` })).value;
    expect(html).not.toContain("<b>");
    expect(html).toContain('aria-label="&quot;quoted&quot; &amp; &#39;apostrophe&#39;"');
  });
});
