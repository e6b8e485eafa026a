// The safe subset of markup board highlights are written in: paragraphs
// (separated by a blank line), bullet lists ("- " or "* "), numbered lists
// ("1. "), and **bold**. It is parsed into plain data and only its text is
// written, escaped (components/snapshot/paper-html.ts), so no HTML ever passes
// through: "<script>" is shown as text.

export type Inline = { text: string; bold: boolean };
export type Block =
  | { kind: "paragraph"; content: Inline[] }
  | { kind: "bullets"; items: Inline[][] }
  | { kind: "numbered"; items: Inline[][] };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

export function parseMarkup(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let paragraph: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", content: parseInline(paragraph.join(" ")) });
    paragraph = [];
  };
  for (const line of lines) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flushParagraph();
      const kind = bullet ? "bullets" : "numbered";
      const item = parseInline((bullet ?? numbered)![1]);
      const last = blocks.at(-1);
      if (last && last.kind === kind) last.items.push(item);
      else blocks.push({ kind, items: [item] });
    } else if (line.trim() === "") {
      flushParagraph();
    } else {
      const last = blocks.at(-1);
      // An indented line straight after a list item continues that item.
      if (paragraph.length === 0 && /^\s+\S/.test(line) && last && last.kind !== "paragraph") {
        last.items[last.items.length - 1].push({ text: ` ${line.trim()}`, bold: false });
      } else {
        paragraph.push(line.trim());
      }
    }
  }
  flushParagraph();
  return blocks;
}

/** "**bold**" runs; an unmatched "**" stays as text. */
function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), bold: false });
    parts.push({ text: match[1], bold: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), bold: false });
  return parts;
}

/** Plain text of the markup (for search, the PDF's outline and lengths). */
export function markupToText(source: string): string {
  return parseMarkup(source)
    .map((b) =>
      b.kind === "paragraph"
        ? b.content.map((i) => i.text).join("")
        : b.items.map((item) => `• ${item.map((i) => i.text).join("")}`).join("\n"),
    )
    .join("\n\n");
}
