// Reads a tagged PDF's structure tree as Chromium (Skia) writes it: plain
// objects, no object streams, so each structure element is a readable
// dictionary. Used by the browser tests to check what assistive technology
// is given: every Figure has alternative text, and every tag is a standard
// PDF 1.7 structure type (or role-mapped to one).
import { decodePdfString } from "../../lib/snapshots/pdf-file";

/** The standard structure types of PDF 32000-1:2008, 14.8.4. */
const STANDARD = new Set(
  (
    "Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody " +
    "Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form"
  ).split(" "),
);

export interface StructElement {
  type: string;
  alt: string | null;
}

export function pdfStructure(bytes: Buffer): { elements: StructElement[]; roleMap: Record<string, string>; nonStandard: string[] } {
  const text = bytes.toString("latin1");
  const elements: StructElement[] = [];
  for (const body of text.split(/\bendobj\b/)) {
    if (!/\/Type\s*\/StructElem\b/.test(body)) continue;
    const type = /\/S\s*\/(\w+)/.exec(body)?.[1] ?? "";
    const alt = /\/Alt\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(body);
    elements.push({ type, alt: alt ? decodePdfString(alt[1]) : null });
  }
  const roleMapBody = /\/RoleMap\s*<<([^>]*)>>/.exec(text)?.[1] ?? "";
  const roleMap = Object.fromEntries([...roleMapBody.matchAll(/\/(\w+)\s*\/(\w+)/g)].map((m) => [m[1], m[2]]));
  const nonStandard = [...new Set(elements.map((e) => e.type).filter((t) => !STANDARD.has(t) && !STANDARD.has(roleMap[t] ?? "")))];
  return { elements, roleMap, nonStandard };
}
