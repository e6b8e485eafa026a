// The report's kept HTML (its indicator blocks and summary table): every
// outside text escaped, the revision mark read as words, the commentary as
// its status says.
import { describe, expect, it } from "vitest";
import { indicatorBlockHtml, indicatorBlocksHtml } from "@/components/report/indicator-block-html";
import { summaryTableHtml } from "@/components/report/summary-table-html";
import type { ReportChange } from "@/lib/report/issues";
import type { MonthlyReport, ReportRow } from "@/lib/report/monthly";

const figure = (text: string, value: number | null = 1) => ({ value, text });

function row(over: Partial<ReportRow> = {}): ReportRow {
  return {
    no: 3,
    id: 41,
    code: "LAC<1>",
    title: "Children looked after & placed",
    goodIs: "Low",
    unit: "count",
    councilPlan: true,
    dataNote: null,
    definition: null,
    outcome: "Fewer <b>moves</b>",
    twelve: [
      { period: "2020-03", ...figure("12"), ofText: null },
      { period: "2020-04", ...figure("14"), ofText: null },
    ],
    ytd: { ...figure("26"), months: 2, covers: "2 of 12 months", note: null },
    sameMonthLastYear: { ...figure("10"), period: "2019-04", change: "+4" },
    rag: "amber",
    ragIllustrative: true,
    target: figure("12"),
    outturns: [{ ...figure("150"), year: "2018/19" }],
    benchmarks: [
      { ...figure("11"), kind: "sn_average", year: "2018/19" },
      { ...figure("n/a", null), kind: "sn_best", year: null },
      { ...figure("9"), kind: "england", year: "2018/19" },
      { ...figure("n/a", null), kind: "region", year: null },
      { ...figure("n/a", null), kind: "england_top_quartile", year: null },
    ],
    commentary: { status: "approved", body: 'Up by two <img src=x onerror="alert(1)">', author: "A. Reporter", at: null, notNeededReason: null, internal: true },
    chart: { code: "LAC<1>", title: "t", unit: "count", polarity: "low", latest: "14", rag: "amber", bandsIllustrative: true, points: [], target: null, targetText: null, spc: null, variation: null, assurance: null },
    ...over,
  } as unknown as ReportRow;
}

describe("indicatorBlockHtml", () => {
  it("escapes every outside text and says the RAG in words", () => {
    const out = indicatorBlockHtml(row(), new Map()).value;
    expect(out).not.toContain("<img");
    for (const text of [
      "Up by two &lt;img src=x onerror=&quot;alert(1)&quot;&gt;",
      '<span class="font-mono">LAC&lt;1&gt;</span> Children looked after &amp; placed',
      "What good looks like: Fewer &lt;b&gt;moves&lt;/b&gt;",
      "Amber*</span> · target 12",
      "A. Reporter (internal: not for public release)",
      "26 (2 of 12 months)",
      "10 in April 2019 (change +4)",
      '<dt class="font-semibold">SN average</dt><dd>11 (2018/19)</dd>',
      "No definition recorded.",
      "No figures to chart.",
    ]) expect(out).toContain(text);
    // no "Of" column when no month has a count beneath it
    expect(out).not.toContain(">Of</th>");
  });

  it("marks a revised figure, with what it was in words for a screen reader", () => {
    const revised = new Map<string, Extract<ReportChange, { kind: "figure" }>>([["LAC<1>|2020-04", { kind: "figure", period: "2020-04", from: "13" } as Extract<ReportChange, { kind: "figure" }>]]);
    const out = indicatorBlockHtml(row(), revised).value;
    expect(out).toContain('14<sup class="ml-0.5 font-semibold" aria-hidden="true">r</sup><span class="sr-only"> (revised from 13)</span>');
    expect(out).toContain("r: revised since the last issue (April 2020 was 13).");
  });

  it("writes the commentary as its status says, and the Of column where there are counts", () => {
    const withCounts = row({ twelve: [{ period: "2020-04", value: 0.5, text: "50%", ofText: "1 of 2" }] as ReportRow["twelve"] });
    expect(indicatorBlockHtml(withCounts, new Map()).value).toContain(">Of</th>");
    const notNeeded = row({ commentary: { status: "not_needed", body: "", author: null, at: null, notNeededReason: null, internal: false } });
    expect(indicatorBlockHtml(notNeeded, new Map()).value).toContain("No commentary needed: no reason recorded");
    const pending = row({ commentary: { status: "pending", body: "draft", author: null, at: null, notNeededReason: null, internal: false } });
    expect(indicatorBlockHtml(pending, new Map()).value).toContain("Commentary not yet approved.");
    expect(indicatorBlocksHtml([row(), row({ id: 42 })], new Map()).value.match(/class="report-indicator /g)).toHaveLength(2);
  });
});

describe("summaryTableHtml", () => {
  const months = [
    { period: "2020-02", value: 1, text: "10", ofText: null },
    { period: "2020-03", value: 1, text: "12", ofText: null },
    { period: "2020-04", value: 1, text: "14", ofText: null },
  ];
  const report = {
    period: "2020-04",
    financialYear: "2020/21",
    monthLabels: ["Feb 2020", "Mar 2020", "Apr 2020"],
    outturnYears: ["2018/19"],
    sections: [{ key: "lac", name: "Children <looked> after", rows: [row({ months, direction: "↑ worse", changeBrief: "+2", tolerances: { red: "> 13", amber: "12–13", green: "< 12" } } as Partial<ReportRow>)] }],
  } as unknown as MonthlyReport;

  it("is one named scroll region with a row group per section, every text escaped", () => {
    const out = summaryTableHtml({ report, caption: "Summary, April 2020", revised: new Map() }).value;
    expect(out).toMatch(/^<div class="[^"]*report-summary[^"]*" tabindex="0" role="region" aria-label="Summary, April 2020 \(scrolls sideways\)">/);
    expect(out).toContain('<caption class="sr-only">Summary, April 2020</caption>');
    // 13 fixed columns, 3 months, 1 outturn year, 5 benchmarks
    for (const text of [
      '<th scope="rowgroup" colspan="22" class="px-2 py-1 text-left text-sm font-semibold">Children &lt;looked&gt; after</th>',
      '<span class="font-mono font-semibold">LAC&lt;1&gt;</span> Children looked after &amp; placed',
      '<span class="sr-only">Outturn </span>2018/19',
      '11<span class="block text-gray-700">2018/19</span>',
      "&gt; 13",
    ]) expect(out).toContain(text);
    expect(out.match(/<tr class="report-row align-top">/g)).toHaveLength(1);
  });

  it("marks a revised month", () => {
    const revised = new Map([["LAC<1>|2020-03", { kind: "figure", period: "2020-03", from: "11" } as Extract<ReportChange, { kind: "figure" }>]]);
    expect(summaryTableHtml({ report, caption: "Summary", revised }).value).toContain("12<sup");
  });
});
