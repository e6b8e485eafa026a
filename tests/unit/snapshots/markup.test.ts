import { describe, expect, it } from "vitest";
import { markupToText, parseMarkup } from "@/lib/snapshots/markup";

describe("the safe markup subset", () => {
  it("makes paragraphs, bullet and numbered lists, and bold", () => {
    const blocks = parseMarkup("Demand fell **sharply** in April.\nIt is lockdown.\n\n- 4 were adopted\n* 6 SGOs\n\n1. first\n2) second");
    expect(blocks).toEqual([
      { kind: "paragraph", content: [{ text: "Demand fell ", bold: false }, { text: "sharply", bold: true }, { text: " in April. It is lockdown.", bold: false }] },
      { kind: "bullets", items: [[{ text: "4 were adopted", bold: false }], [{ text: "6 SGOs", bold: false }]] },
      { kind: "numbered", items: [[{ text: "first", bold: false }], [{ text: "second", bold: false }]] },
    ]);
  });

  it("keeps HTML as text: nothing is ever interpreted as markup", () => {
    const blocks = parseMarkup('<script>alert("x")</script> <b>bold?</b> <img src=x onerror=alert(1)>');
    expect(blocks).toEqual([
      { kind: "paragraph", content: [{ text: '<script>alert("x")</script> <b>bold?</b> <img src=x onerror=alert(1)>', bold: false }] },
    ]);
  });

  it("leaves an unmatched ** as text and continues an indented line in its list item", () => {
    expect(parseMarkup("5 ** 2")).toEqual([{ kind: "paragraph", content: [{ text: "5 ** 2", bold: false }] }]);
    expect(parseMarkup("- one\n  more")).toEqual([{ kind: "bullets", items: [[{ text: "one", bold: false }, { text: " more", bold: false }]] }]);
  });

  it("gives plain text for outlines", () => {
    expect(markupToText("**A** b\n\n- c")).toBe("A b\n\n• c");
  });
});

describe("the highlights as the paper's HTML", () => {
  it("writes lists and bold, and every text escaped: markup written as text stays text", async () => {
    const { richTextHtml } = await import("@/components/snapshot/paper-html");
    const html = richTextHtml("Contacts **fell** <b>\n\n- lockdown & <script>alert(1)</script>\n- schools closed").value;
    expect(html).toContain("<b>fell</b> &lt;b&gt;");
    expect(html).toContain("<li>lockdown &amp; &lt;script&gt;alert(1)&lt;/script&gt;</li>");
    expect(html).not.toContain("<script>");
  });
});
