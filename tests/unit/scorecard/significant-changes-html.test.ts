import { describe, expect, it } from "vitest";
import { significantChangesHtml } from "@/components/scorecard/significant-changes-html";
import type { SignificantChange } from "@/lib/views/scorecard-view";

const change = (over: Partial<SignificantChange>): SignificantChange =>
  ({
    id: 1,
    code: "LAC7-QL",
    title: "Placement stability <3 moves> & more",
    ragChanged: true,
    ragBefore: "green",
    ragNow: "red",
    judgementChanged: false,
    judgementBefore: null,
    judgementNow: null,
    ...over,
  }) as SignificantChange;

describe("the significant changes list as kept HTML", () => {
  it("names each change with its link, RAG in words and shapes, and the judgement, escaped", () => {
    const html = significantChangesHtml({
      items: [change({}), change({ id: 2, code: "M6", title: "Re-referrals", ragChanged: false, judgementChanged: true, judgementBefore: "better", judgementNow: "worse" })],
      period: "2020-04",
      previousMonth: "March 2020",
    }).value;
    expect(html).toContain(`aria-labelledby="significant-changes"`);
    expect(html).toContain("Significant changes since March 2020");
    expect(html).toContain(`href="/indicators/LAC7-QL?period=2020-04"`);
    expect(html).toContain("Placement stability &lt;3 moves&gt; &amp; more:");
    expect(html).not.toContain("<3 moves>");
    // never colour alone: the word and the shape, and "to" for screen readers
    expect(html).toMatch(/RAG <span[^>]*><span aria-hidden="true">●<\/span>Green<\/span> <span aria-hidden="true">→<\/span> <span class="sr-only">to<\/span> <span[^>]*><span aria-hidden="true">▲<\/span>Red<\/span>/);
    expect(html).toContain(`judgement better <span aria-hidden="true">→</span> <span class="sr-only">to</span> worse`);
    expect(html.match(/<li /g)).toHaveLength(2);
  });
  it("says so when nothing changed", () => {
    expect(significantChangesHtml({ items: [], period: "2020-04", previousMonth: "March 2020" }).value).toContain("No indicator changed its RAG rating or its judgement since last month.");
  });
});
