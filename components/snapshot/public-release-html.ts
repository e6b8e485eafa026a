// The public release of a published paper as one HTML page: rendered once at
// publishing (and again at a correction), kept with the paper and served as
// a file (app/public/[id]/route.ts): no session, no script, the same for
// every reader. The body is the render kept; the head (the build's
// stylesheets, which change with each build) is put round it when served.
// The page frame repeats the site's (components/site-header.tsx,
// site-footer.tsx) in the same classes, and the paper itself is the one
// render every reading of a paper uses (./paper-html.ts).
import { ACCESSIBILITY_HREF } from "@/components/links";
import { downloadLinkHtml } from "@/components/ui/download-link";
import { html, raw, type SafeHtml } from "@/lib/html/template";
import type { PaperView } from "@/lib/snapshots/paper-view";
import { paperHtml } from "./paper-html";

export interface PublicReleaseFrame {
  id: number;
  title: string;
  authority: string;
  board: string;
  /** the meeting day and the figures' month, as written (Europe/London) */
  meeting: string;
  month: string;
  help: { href: string; text: string } | null;
}

/** Where the build's stylesheets go in the kept page: they change with each build, the page does not. */
const STYLESHEETS = "<!--lantern:stylesheets-->";

/** The page as kept: the whole document, with a mark where the build's stylesheets go. */
export function publicReleasePage(frame: PublicReleaseFrame, view: PaperView): string {
  return html`<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${frame.title}: public release · Lantern</title>${raw(STYLESHEETS)}</head><body class="flex min-h-screen flex-col">${body(frame, view)}</body></html>`.value;
}

/** The kept page as served: the build's stylesheets written in. */
export function withStylesheets(page: string, stylesheets: string[]): string {
  return page.replace(STYLESHEETS, stylesheets.map((href) => html`<link rel="stylesheet" href="${href}">`.value).join(""));
}

function body(frame: PublicReleaseFrame, view: PaperView): SafeHtml {
  return html`<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-yellow-300 focus:px-3 focus:py-2 focus:text-black">Skip to main content</a><header class="border-b border-gray-200 bg-slate-900 text-white print:hidden"><div class="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3"><a href="/" class="text-lg font-bold tracking-tight text-white no-underline">Lantern</a></div></header><main id="main" class="mx-auto w-full max-w-screen-2xl flex-1 px-4 py-6"><article class="space-y-6"><header><p class="text-gray-700">${frame.authority}</p><h1 class="text-2xl font-bold [overflow-wrap:anywhere]">${frame.title}</h1><p class="text-gray-800">${frame.board} · meeting ${frame.meeting} · figures for ${frame.month}</p><p class="mt-2 text-sm">${downloadLinkHtml({ href: `/public/${frame.id}/pdf`, text: "Download as PDF", fileName: `lantern-public-${frame.id}.pdf` })}</p></header>${paperHtml(view, { period: frame.month })}</article></main><footer class="mt-10 border-t border-gray-300 bg-white print:hidden"><div class="mx-auto flex max-w-screen-2xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm"><a href="${ACCESSIBILITY_HREF}" class="inline-block py-1">Accessibility statement</a>${
    frame.help ? html`<span class="inline-block py-1">Help and contact: <a href="${frame.help.href}" class="break-all">${frame.help.text}</a></span>` : ""
  }</div></footer>`;
}
