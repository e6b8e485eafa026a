// A link to a file (a PDF, an XLSX or CSV export): a plain <a download>,
// never Next.js's <Link>, which prefetches what it points at — every view of
// a page would otherwise fetch a PDF or an export nobody asked for. Described
// once as an atom, so the React pages and the kept HTML (the public release's
// stored render) draw the same link.
import { atomElement, atomHtml, type Atom } from "./atom";
import type { SafeHtml } from "@/lib/html/template";

export function downloadLinkAtom({ href, text, fileName }: { href: string; text: string; fileName?: string }): Atom {
  return { tag: "a", attrs: { href, download: fileName ?? true, "data-download": true }, children: [text] };
}

/** The download link as HTML, for the string builders. */
export function downloadLinkHtml(props: { href: string; text: string; fileName?: string }): SafeHtml {
  return atomHtml(downloadLinkAtom(props));
}

export function DownloadLink(props: { href: string; children: string; fileName?: string }) {
  return atomElement(downloadLinkAtom({ href: props.href, text: props.children, fileName: props.fileName }));
}
