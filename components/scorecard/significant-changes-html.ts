// "What changed this month": rows whose RAG or judgement differs from last
// month's, as an escaped HTML string. Built once per data version and sent
// once (components/ui/kept-html.tsx) like the table beside it: on a big
// scorecard this list was most of what React rendered and sent twice.
import { JUDGEMENT_TEXT } from "@/components/direction-label";
import { RAG_STYLES } from "@/components/rag-badge";
import { indicatorHref } from "@/components/links";
import type { Rag } from "@/lib/figures/types";
import type { SignificantChange } from "@/lib/views/scorecard-view";
import { esc } from "./html";

/** The <RagBadge> markup, with its own classes (the table's short ones are table-scoped). */
function ragBadgeHtml(rag: Rag | null): string {
  if (!rag) return `<span class="text-gray-600">No RAG</span>`;
  const style = RAG_STYLES[rag];
  return `<span class="inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}"><span aria-hidden="true">${style.shape}</span>${style.label}</span>`;
}

const TO = `<span aria-hidden="true">→</span> <span class="sr-only">to</span>`;

export function significantChangesHtml({ items, period, previousMonth }: { items: SignificantChange[]; period: string; previousMonth: string }): string {
  const heading = `<h2 id="significant-changes" class="text-lg font-semibold">Significant changes since ${esc(previousMonth)}</h2>`;
  const body =
    items.length === 0
      ? `<p class="mt-1 text-sm text-gray-800">No indicator changed its RAG rating or its judgement since last month.</p>`
      : `<ul class="mt-2 space-y-2 text-sm">${items
          .map(
            (c) =>
              `<li class="flex flex-wrap items-center gap-x-2 gap-y-1"><a href="${esc(indicatorHref(c.code, period))}" class="font-mono font-semibold">${esc(c.code)}</a>` +
              `<span class="text-gray-900">${esc(c.title)}:</span>` +
              (c.ragChanged ? `<span class="inline-flex items-center gap-1">RAG ${ragBadgeHtml(c.ragBefore)} ${TO} ${ragBadgeHtml(c.ragNow)}</span>` : "") +
              (c.judgementChanged && c.judgementBefore && c.judgementNow
                ? `<span>judgement ${esc(JUDGEMENT_TEXT[c.judgementBefore])} ${TO} ${esc(JUDGEMENT_TEXT[c.judgementNow])}</span>`
                : "") +
              `</li>`,
          )
          .join("")}</ul>`;
  return `<section aria-labelledby="significant-changes" class="rounded border border-gray-300 bg-white p-4 print:break-inside-avoid">${heading}${body}</section>`;
}
