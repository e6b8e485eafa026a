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
    expect(drawn.filter((t) => t.startsWith("<line") && !t.includes("pgrid"))).toHaveLength(4); // upper, lower, mean, target
    for (const tag of drawn) expect(tag).toMatch(/^<\w+(?:\s+[\w:-]+=(?:'[^']*'|"[^"]*"))*\s*\/>$/);
  });

  it("labels round ticks from zero for a count, each with a grid line, the highest above every value drawn", () => {
    const html = indicatorChartHtml(chart({ spc: null, target: null, targetText: null })).value;
    const labels = [...html.matchAll(/<text x="(\d+)" y="(\d+)"[^>]*>([^<]*)<\/text>/g)].filter((m) => m[1] === "42");
    const values = labels.map((m) => Number(m[3]));
    expect(values[0]).toBe(0);
    expect(values.length).toBeGreaterThanOrEqual(3);
    // evenly spaced round numbers
    for (let i = 1; i < values.length; i++) expect(values[i] - values[i - 1]).toBe(values[1]);
    expect(values[1] % 100).toBe(0);
    expect(Number(labels.at(-1)![3])).toBeGreaterThanOrEqual(513);
    expect(html.match(/class="pgrid"/g)).toHaveLength(labels.length);
  });

  it("labels a flat line of zeros with whole numbers only", () => {
    const flat = chart({ spc: null, target: null, targetText: null, points: chart().points.map((p) => ({ ...p, value: p.value === null ? null : 0, text: p.value === null ? "c" : "0" })) });
    const labels = [...indicatorChartHtml(flat).value.matchAll(/<text x="42"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(["0", "1"]);
  });

  it("escapes the words it is given", () => {
    const html = indicatorChartHtml(chart({ title: "<b>x</b>", summary: `"quoted" & 'apostrophe'` })).value;
    expect(html).not.toContain("<b>");
    expect(html).toContain('aria-label="&quot;quoted&quot; &amp; &#39;apostrophe&#39;"');
  });
});
