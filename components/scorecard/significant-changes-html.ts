// "What changed this month": rows whose RAG or judgement differs from last
// month's, as escaped HTML (`html`). Built once per data version and sent
// once (components/ui/kept-html.tsx) like the table beside it: on a big
// scorecard this list was most of what React rendered and sent twice.
import { JUDGEMENT_TEXT } from "@/components/direction-label";
import { indicatorHref } from "@/components/links";
import { ragBadge } from "@/components/rag-badge";
import { atomHtml } from "@/components/ui/atom";
import { html, type SafeHtml } from "@/lib/html/template";
import type { SignificantChange } from "@/lib/views/scorecard-view";

const TO = html`<span aria-hidden="true">→</span> <span class="sr-only">to</span>`;

export function significantChangesHtml({ items, period, previousMonth }: { items: SignificantChange[]; period: string; previousMonth: string }): SafeHtml {
  const body =
    items.length === 0
      ? html`<p class="mt-1 text-sm text-gray-800">No indicator changed its RAG rating or its judgement since last month.</p>`
      : html`<ul class="mt-2 space-y-2 text-sm">${items.map(
          (c) =>
            html`<li class="flex flex-wrap items-center gap-x-2 gap-y-1"><a href="${indicatorHref(c.code, period)}" class="font-mono font-semibold">${c.code}</a><span class="text-gray-900">${c.title}:</span>${
              c.ragChanged ? html`<span class="inline-flex items-center gap-1">RAG ${atomHtml(ragBadge(c.ragBefore))} ${TO} ${atomHtml(ragBadge(c.ragNow))}</span>` : ""
            }${c.judgementChanged && c.judgementBefore && c.judgementNow ? html`<span>judgement ${JUDGEMENT_TEXT[c.judgementBefore]} ${TO} ${JUDGEMENT_TEXT[c.judgementNow]}</span>` : ""}</li>`,
        )}</ul>`;
  return html`<section aria-labelledby="significant-changes" class="rounded border border-gray-300 bg-white p-4 print:break-inside-avoid"><h2 id="significant-changes" class="text-lg font-semibold">Significant changes since ${previousMonth}</h2>${body}</section>`;
}
