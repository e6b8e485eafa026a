// The scorecard table built as HTML: everything escaped, the board's columns
// in the row, the rest in the detail, the change as boards read it.
import { describe, expect, it } from "vitest";
import { detailsHtml, scorecardTableHtml } from "@/components/scorecard/scorecard-table-html";
import { figuresFor } from "@/lib/figures";
import type { ScorecardRow } from "@/lib/queries/scorecard";
import { sortLinksFor, DEFAULT_VIEW } from "@/lib/views/scorecard-view";

function row(over: Partial<ScorecardRow> = {}): ScorecardRow {
  const values = [3, 6, 2, 4, 4, 6, 3].map((value, i) => ({ period: `20${i < 3 ? "19" : "20"}-${String(i < 3 ? 10 + i : i - 2).padStart(2, "0")}`, value, numerator: null, denominator: null, revised: false }));
  const figures = figuresFor({
    indicator: { code: "M6-QL", polarity: "low", unit: "percent", aggregation: "point", decimals: 0, frequency: "monthly", bands: { greenMin: null, greenMax: 23, amberMin: null, amberMax: 25.3 }, target: null },
    period: "2020-04",
    values,
    outturns: [],
    benchmarks: [{ kind: "england", year: "2018/19", value: 23 }],
    population: {},
    spc: { runLength: 6, screenMovingRanges: false },
  });
  return {
    id: 7,
    code: "M6-QL",
    title: "Re-referrals <within a year>",
    service: "front-door",
    polarity: "low",
    unit: "percent",
    aggregation: "point",
    decimals: 0,
    frequency: "monthly",
    bands: { greenMin: null, greenMax: 23, amberMin: null, amberMax: 25.3 },
    bandsIllustrative: false,
    hasFigure: true,
    councilPlan: false,
    owner: null,
    reporter: { email: "r@x", name: "Riley <Reporter>" },
    commentary: { status: "approved", body: `A fall of 50% <script>alert(1)</script> ${"and more words ".repeat(20)}`, author: "Riley", updatedAt: "2020-05-10T10:00:00Z", version: 2, internal: false },
    ...figures,
    ...over,
  };
}

const months = ["2020-02", "2020-03", "2020-04"];

describe("the scorecard table's HTML", () => {
  const html = scorecardTableHtml({ id: "sc", caption: "Front door <b>", period: "2020-04", months, rows: [row()], sortLinks: sortLinksFor("/scorecards/front-door/2020-04", DEFAULT_VIEW) }).value;

  it("escapes every text it is given", () => {
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<within");
    expect(html).toContain("Re-referrals &lt;within a year&gt;");
    expect(html).toContain('aria-label="Front door &lt;b&gt;"');
  });

  it("shows the board's columns in the row, the change in points, and a one-line excerpt with its status", () => {
    const main = html.slice(html.indexOf("<tbody>"));
    for (const text of ["4%", "6%", "3%", "−3.0 pt", "better", "Green", "Approved", "A fall of 50%"]) expect(main).toContain(text);
    expect(main).toContain('aria-expanded="false" aria-controls="sc-d7"');
    expect(main).toContain('Commentary<span class="sr-only"> for M6-QL</span>');
    // the excerpt is cut, the full text is in the detail
    expect(main).not.toContain("and more words and more words and more words and more words and more words and more words and more words and more words and more words and more words and more words");
    expect(main).not.toContain("England");
  });

  it("puts the rest in the row's detail: the change both ways, tolerances, benchmarks, SPC, outturns, full commentary", () => {
    const details = detailsHtml({ id: "sc", period: "2020-04", rows: [row()], spcSides: { 7: null } });
    expect(Object.keys(details)).toEqual(["sc-d7"]);
    const d = details["sc-d7"];
    expect(d).toContain("−3.0 percentage points; relative change −50%");
    expect(d).toContain("Green 23% or less; amber over 23% up to 25.3%; red above 25.3%.");
    expect(d).toContain("England 23%");
    expect(d).toContain("Outturns");
    expect(d).toMatch(/Common cause|Special cause|Run chart/);
    expect(d).toContain("Riley &lt;Reporter&gt;");
    expect(d).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(d).not.toContain("<script>");
  });
});
