// The overview's cards, written as kept HTML: the month at a glance for each
// service, the same size whatever the catalogue's, every outside text
// escaped, RAG in words and shapes, and a placeholder for the RAG split bar.
import { describe, expect, it } from "vitest";
import { RAG_SPLIT_BAR_ATTR } from "@/components/charts/rag-split-bar-attr";
import { serviceCardHtml, serviceCardsHtml, type ServiceCardFacts } from "@/components/overview/service-cards-html";

function card(over: Partial<ServiceCardFacts> = {}): ServiceCardFacts {
  return {
    name: "Children <looked> after",
    href: "/scorecards/lac/2020-04",
    period: "2020-04",
    indicators: 12,
    rag: { red: 2, amber: 1, green: 5, none: 4 },
    judgement: { better: 3, worse: 2, same: 1 },
    commentary: { total: 12, approved: 3, notNeeded: 1, waiting: 8, noFigure: 0 } as ServiceCardFacts["commentary"],
    status: { approved: true, approvedBy: "M. Anager", revisedSinceApproval: true },
    movers: [{ code: "LAC1", title: "Looked after", unit: "count", changeFromPreviousPct: 12.5, changeFromPreviousPoints: null, judgement: "worse" }],
    newReds: Array.from({ length: 5 }, (_, i) => ({ code: `R${i}`, title: `Red & ${i}` })),
    bottomQuartile: [{ code: "Q1", title: "Quartile", year: "2018/19" }],
    ...over,
  };
}

describe("serviceCardHtml", () => {
  const out = serviceCardHtml(card()).value;

  it("names the service as a link to its scorecard, text escaped", () => {
    expect(out).toContain('<h2 id="svc-Children-looked-after" class="text-lg font-semibold"><a href="/scorecards/lac/2020-04">Children &lt;looked&gt; after</a></h2>');
    expect(out).toContain('aria-labelledby="svc-Children-looked-after"');
    expect(out).toContain(">Open the Children &lt;looked&gt; after scorecard</a>");
  });

  it("says the RAG split in words with shapes, and leaves the bar's counts and colours for the client part", () => {
    expect(out).toMatch(/<li class="[^"]*bg-red-100[^"]*"><span aria-hidden="true">▲<\/span>2 red<\/li>/);
    expect(out).toContain('<li class="text-sm text-gray-800">4 with no RAG</li>');
    const bar = new RegExp(`<div aria-hidden="true" class="h-2 max-w-xs" ${RAG_SPLIT_BAR_ATTR}="([^"]+)"></div>`).exec(out);
    expect(JSON.parse(bar![1].replace(/&quot;/g, '"'))).toEqual({ values: [2, 1, 5, 4], colors: ["red-700", "amber-600", "green-700", "gray-300"] });
  });

  it("shows the first few new reds and says how many more, with the judgements, commentary progress and approval", () => {
    expect(out).toContain("New reds this month (5)");
    expect(out.match(/href="\/indicators\/R\d/g)).toHaveLength(3);
    for (const text of [
      'and 2 more new reds on <a href="/scorecards/lac/2020-04">the scorecard</a>',
      "Red &amp; 0",
      "3 better, 2 worse, 1 no change",
      'style="width:33%"',
      "Scorecard approved by M. Anager",
      "Figures revised since approval",
      "(DfE 2018/19)",
    ]) expect(out).toContain(text);
    expect(out).toMatch(/<a class="inline-flex min-h-6 min-w-6 items-center font-mono" href="\/indicators\/LAC1[^"]*">LAC1<\/a> \+13% \(worse\)/);
  });

  it("says when a service has no figures for the month, with nothing to open", () => {
    const none = serviceCardHtml(card({ href: null, newReds: [] })).value;
    expect(none).toContain("No figures yet for April 2020: nothing to comment on or approve.");
    expect(none).not.toContain("Open the");
    expect(none).not.toContain("New reds");
  });

  it("lays the cards out in one grid", () => {
    const grid = serviceCardsHtml([card(), card({ name: "Front door" })]).value;
    expect(grid).toMatch(/^<div class="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3"><section /);
    expect(grid.match(/<section /g)).toHaveLength(2);
  });
});
