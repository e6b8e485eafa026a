// Reading and amending the PDF Chromium prints (Skia's writer: plain objects,
// a classic cross-reference table, no object streams). Pure, on bytes:
// - the page each bookmark points at (Chromium makes the bookmarks from the
//   headings), so the contents can print page numbers that are right;
// - the document information (title and author), added as an incremental
//   update: the original bytes are kept and a new information dictionary,
//   cross-reference section and trailer are appended (PDF 32000-1, 7.5.6).

/** Pages in a PDF: its /Type /Page objects (not /Pages). */
export function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

function objects(text: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*<<([^]*?)>>\s*(?:stream|endobj)/g)) found.set(Number(m[1]), m[2]);
  return found;
}

/** A PDF string as text: (literal) with its escapes, or <FEFF…> UTF-16BE hex. */
export function decodePdfString(raw: string): string {
  const s = raw.trim();
  if (s.startsWith("<")) {
    const hex = s.slice(1, -1).replace(/\s+/g, "");
    const bytes = Buffer.from(hex, "hex");
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      let out = "";
      for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
      return out;
    }
    return bytes.toString("latin1");
  }
  return s
    .slice(1, -1)
    .replace(/\\([0-7]{1,3}|.)/g, (_m, c: string) =>
      /^[0-7]+$/.test(c) ? String.fromCharCode(parseInt(c, 8)) : ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" } as Record<string, string>)[c] ?? c,
    );
}

/** A text as a PDF string: UTF-16BE hex with its byte order mark, so any character survives. */
export function encodePdfString(text: string): string {
  let hex = "FEFF";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const units = code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code];
    for (const u of units) hex += u.toString(16).toUpperCase().padStart(4, "0");
  }
  return `<${hex}>`;
}

const STRING = String.raw`(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)`;

/** Every bookmark in document order with its title and the page (1-based) it points at. */
export function pdfOutline(bytes: Buffer): { title: string; page: number; depth: number }[] {
  const text = bytes.toString("latin1");
  const objs = objects(text);
  const root = /\/Root (\d+) 0 R/.exec(text.slice(text.lastIndexOf("trailer")));
  const catalog = root ? objs.get(Number(root[1])) : undefined;
  const pagesRef = catalog && /\/Pages (\d+) 0 R/.exec(catalog);
  const outlinesRef = catalog && /\/Outlines (\d+) 0 R/.exec(catalog);
  if (!pagesRef || !outlinesRef) return [];
  // page objects in order: walk the page tree's kids
  const pageIndex = new Map<number, number>();
  const walk = (id: number) => {
    const obj = objs.get(id) ?? "";
    if (/\/Type\s*\/Pages\b/.test(obj)) {
      for (const kid of (/\/Kids\s*\[([^\]]*)\]/.exec(obj)?.[1] ?? "").matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]));
    } else pageIndex.set(id, pageIndex.size + 1);
  };
  walk(Number(pagesRef[1]));
  const items: { title: string; page: number; depth: number }[] = [];
  const visit = (id: number | null, depth: number) => {
    for (let guard = 0; id !== null && guard < 10_000; guard++) {
      const obj = objs.get(id) ?? "";
      const title = new RegExp(String.raw`/Title\s*` + STRING).exec(obj);
      const dest = /\/Dest\s*\[\s*(\d+) 0 R/.exec(obj);
      if (title && dest) items.push({ title: decodePdfString(title[1]), page: pageIndex.get(Number(dest[1])) ?? 0, depth });
      const first = /\/First (\d+) 0 R/.exec(obj);
      if (first) visit(Number(first[1]), depth + 1);
      const next = /\/Next (\d+) 0 R/.exec(obj);
      id = next ? Number(next[1]) : null;
    }
  };
  const outlines = objs.get(Number(outlinesRef[1])) ?? "";
  const first = /\/First (\d+) 0 R/.exec(outlines);
  if (first) visit(Number(first[1]), 0);
  return items;
}

/**
 * The PDF with its document information set, as an incremental update: title
 * and author ours, creator and producer "Lantern" (the renderer's name and
 * version would tell a reader which browser build serves the PDFs), the dates
 * kept. The superseded dictionary is blanked in place (same length, so every
 * offset holds) so the renderer's name is not left in the file either.
 */
export function withPdfInfo(bytes: Buffer, info: { title: string; author: string }): Buffer {
  const text = bytes.toString("latin1");
  const trailerAt = text.lastIndexOf("trailer");
  const startxrefAt = text.lastIndexOf("startxref");
  if (trailerAt < 0 || startxrefAt < 0) return bytes;
  const trailer = text.slice(trailerAt, startxrefAt);
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)?.[1];
  const prev = Number(/startxref\s+(\d+)/.exec(text.slice(startxrefAt))?.[1]);
  if (!size || !root || !Number.isFinite(prev)) return bytes;
  const oldInfoRef = /\/Info (\d+) 0 R/.exec(trailer);
  const oldInfo = oldInfoRef ? (objects(text).get(Number(oldInfoRef[1])) ?? "") : "";
  const kept = [...oldInfo.matchAll(new RegExp(String.raw`/(CreationDate|ModDate)\s*` + STRING, "g"))].map((m) => `/${m[1]} ${m[2]}`);
  const lantern = encodePdfString("Lantern");
  const dict = `<< /Title ${encodePdfString(info.title)} /Author ${encodePdfString(info.author)} /Creator ${lantern} /Producer ${lantern} ${kept.join(" ")} >>`;
  const original = Buffer.from(bytes);
  if (oldInfoRef && oldInfo) {
    const at = text.indexOf(oldInfo, text.indexOf(`${oldInfoRef[1]} 0 obj`));
    if (at >= 0) original.fill(0x20, at, at + oldInfo.length);
  }
  const head = text.endsWith("\n") ? "" : "\n";
  const objAt = bytes.length + head.length;
  const obj = `${size} 0 obj\n${dict}\nendobj\n`;
  const xrefAt = objAt + Buffer.byteLength(obj, "latin1");
  const update =
    `${head}${obj}xref\n${size} 1\n${String(objAt).padStart(10, "0")} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([original, Buffer.from(update, "latin1")]);
}
