import { describe, expect, it } from "vitest";
import { frozenTableHtml, type FrozenTableRow } from "@/components/snapshot/frozen-table";
import { escapeHtml } from "@/lib/html/template";

const row = (over: Partial<FrozenTableRow>): FrozenTableRow => ({
  code: "M1", title: "Contacts", unit: "count", decimals: 0, featured: false, value: 1147, previous: 1198,
  changeFromPreviousPct: -4.26, direction: "down", judgement: "neutral", rag: null, bandsIllustrative: false,
  target: null, snAverage: null, england: null, snAverageYear: null, englandYear: null, spcWords: [], commentary: null, ...over,
});

describe("the frozen table's HTML", () => {
  it("escapes every text it is given", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
    const html = frozenTableHtml({
      caption: "Front door <b>",
      rows: [row({ code: "A<1>", title: "T & <i>", commentary: "<img src=x onerror=alert(1)>" })],
      showCommentary: true,
    }).value;
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<i>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toMatch(/aria-label=(["'])Front door &lt;b&gt;\1/);
  });

  it("writes figures, RAG and judgement in words, and symbols as they are", () => {
    const html = frozenTableHtml({
      caption: "Front door",
      rows: [row({ rag: "amber", bandsIllustrative: true, judgement: "worse", direction: "up" }), row({ code: "M4", value: "c", previous: "c", changeFromPreviousPct: "c" })],
      showCommentary: false,
    }).value;
    expect(html).toContain("1,147");
    expect(html).toContain("−4%");
    expect(html).toMatch(/<\/span> ?Amber\*?</);
    expect(html).toContain("worse</span>");
    expect(html).toMatch(/<th [^>]*scope=["']?row["']?[^>]*>M4(?:<\/th>)?<td[^>]*>Contacts(?:<\/td>)?<td[^>]*>c(?:<\/td>|<td)/);
    expect(html).not.toContain("Commentary");
  });

  it("prints each comparator with the year it is for", () => {
    const html = frozenTableHtml({ caption: "Front door", rows: [row({ snAverage: 399, snAverageYear: "2018/19", england: 357, englandYear: "2019/20" })], showCommentary: false }).value;
    expect(html).toContain('399 <span class="text-gray-700">(2018/19)</span>');
    expect(html).toContain('357 <span class="text-gray-700">(2019/20)</span>');
  });
});
