// The overview's card per service area: the month at a glance (its RAG
// split in words, the judgements since last month, commentary progress, the
// scorecard's approval, the first few new reds, bottom-quartile indicators and
// biggest movers), the same size whatever the catalogue's. Kept HTML
// (lib/html/template.ts): built once per data version and month and sent once
// (components/ui/kept-html.tsx), so the overview costs little more than any
// page whatever the number of services. Each card's RAG split bar (Tremor's,
// colour only and hidden from assistive technology) is drawn into its
// placeholder after the page loads (components/charts/rag-split-bars.tsx).
import { RAG_SPLIT_BAR_ATTR } from "@/components/charts/rag-split-bar-attr";
import { NO_RAG_SOLID, RAG_STYLES, ragBadge } from "@/components/rag-badge";
import { atomHtml } from "@/components/ui/atom";
import { commentaryCountsText, type CommentaryCounts } from "@/lib/commentary/status";
import type { Unit } from "@/lib/figures/types";
import { roundTo } from "@/lib/figures/round";
import { formatChange, monthLabel } from "@/lib/format";
import { html, raw, type SafeHtml } from "@/lib/html/template";
import { indicatorHref } from "@/lib/links";
import { firstFew } from "@/lib/views/overview";

export interface ServiceCardFacts {
  name: string;
  /** null: the service has no figure for the month, so no scorecard to open */
  href: string | null;
  period: string;
  indicators: number;
  rag: { green: number; amber: number; red: number; none: number };
  judgement: { better: number; worse: number; same: number };
  commentary: CommentaryCounts;
  status: { approved: boolean; approvedBy: string | null; revisedSinceApproval: boolean };
  movers: { code: string; title: string; unit: Unit; changeFromPreviousPct: number; changeFromPreviousPoints: number | null; judgement: string | null }[];
  newReds: { code: string; title: string }[];
  /** indicators whose latest DfE year puts the authority in the national bottom quartile (lib/queries/benchmarks.ts) */
  bottomQuartile: { code: string; title: string; year: string }[];
}

const RAG_ORDER = ["red", "amber", "green"] as const;

/** The service's RAG split: the bar's placeholder over the counts in words, each with its RAG's shape. */
function ragSplitHtml(rag: ServiceCardFacts["rag"]): SafeHtml {
  const bar = JSON.stringify({ values: [...RAG_ORDER.map((k) => rag[k]), rag.none], colors: [...RAG_ORDER.map((k) => RAG_STYLES[k].solid), NO_RAG_SOLID] });
  return html`<div data-rag-split="true" class="mt-2 space-y-2"><div aria-hidden="true" class="h-2 max-w-xs" ${raw(RAG_SPLIT_BAR_ATTR)}="${bar}"></div><ul class="flex flex-wrap items-center gap-2" aria-label="RAG counts">${RAG_ORDER.map((k) =>
    atomHtml(ragBadge(k, { tag: "li", text: `${rag[k]} ${RAG_STYLES[k].label.toLowerCase()}` })),
  )}<li class="text-sm text-gray-800">${rag.none} with no RAG</li></ul></div>`;
}

/** One of the card's short lists under its heading. */
function cardListHtml(heading: SafeHtml | string, items: SafeHtml[]): SafeHtml {
  return html`<div class="mt-3 text-sm"><h3 class="font-medium text-gray-900">${heading}</h3><ul class="mt-1 space-y-0.5">${items}</ul></div>`;
}

/** An indicator by its code and title, linked to its page for the month. */
function indicatorLinkHtml(indicator: { code: string; title: string }, period: string): SafeHtml {
  return html`<a href="${indicatorHref(indicator.code, period)}"><span class="font-mono">${indicator.code}</span> ${indicator.title}</a>`;
}

function statusHtml(status: ServiceCardFacts["status"]): SafeHtml {
  const approval = status.approved
    ? html`<span class="font-semibold text-gray-900"><span aria-hidden="true">✓ </span>Scorecard approved${status.approvedBy ? ` by ${status.approvedBy}` : ""}</span>`
    : html`<span>Scorecard not yet approved</span>`;
  return html`${approval}${status.revisedSinceApproval ? html`<span class="block font-semibold text-purple-800">Figures revised since approval</span>` : null}`;
}

/** One service's card. */
export function serviceCardHtml(card: ServiceCardFacts): SafeHtml {
  const { name, href, period, commentary, judgement } = card;
  const headingId = `svc-${name.replace(/[^a-z0-9]+/gi, "-")}`;
  const settled = commentary.approved + commentary.notNeeded;
  const percent = commentary.total === 0 ? 0 : roundTo((settled / commentary.total) * 100, 0);
  // the card stays the same size whatever the catalogue's: the first few of each list, the rest on the scorecard
  const reds = firstFew(card.newReds);
  const quartile = firstFew(card.bottomQuartile);
  const more = (n: number, what: string) =>
    n > 0 ? [html`<li class="text-gray-800">and ${n} more ${what}${href ? html` on <a href="${href}">the scorecard</a>` : null}</li>`] : [];
  const lists = [
    card.newReds.length > 0
      ? cardListHtml(html`<span aria-hidden="true">${RAG_STYLES.red.shape} </span>New reds this month (${card.newReds.length})`, [
          // the heading says red: no badge per line, so the card stays small
          ...reds.shown.map((r) => html`<li>${indicatorLinkHtml(r, period)}</li>`),
          ...more(reds.more, "new reds"),
        ])
      : null,
    card.bottomQuartile.length > 0
      ? cardListHtml("In the national bottom quartile", [
          ...quartile.shown.map((b) => html`<li>${indicatorLinkHtml(b, period)} <span class="text-gray-700">(DfE ${b.year})</span></li>`),
          ...more(quartile.more, "in the bottom quartile"),
        ])
      : null,
    card.movers.length > 0
      ? cardListHtml(
          "Biggest movers",
          card.movers.map(
            (m) =>
              // at least 24 px tall, a target easy to hit (WCAG 2.5.8)
              html`<li><a class="inline-flex min-h-6 min-w-6 items-center font-mono" href="${indicatorHref(m.code, period)}">${m.code}</a> ${formatChange({
                unit: m.unit,
                points: m.changeFromPreviousPoints,
                relativePct: m.changeFromPreviousPct,
              })}${m.judgement && m.judgement !== "neutral" ? ` (${m.judgement === "same" ? "no change" : m.judgement})` : ""}</li>`,
          ),
        )
      : null,
  ];
  return html`<section class="flex flex-col rounded-lg border border-gray-300 bg-white p-4 shadow-sm print:break-inside-avoid" aria-labelledby="${headingId}"><h2 id="${headingId}" class="text-lg font-semibold">${
    href ? html`<a href="${href}">${name}</a>` : name
  }</h2><p class="text-sm text-gray-800">${card.indicators} indicators</p>${
    href ? null : html`<p class="mt-2 text-sm font-semibold text-gray-900">No figures yet for ${monthLabel(period)}: nothing to comment on or approve.</p>`
  }${ragSplitHtml(card.rag)}<dl class="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm"><dt class="text-gray-700">Since last month</dt><dd>${judgement.better} better, ${
    judgement.worse
  } worse, ${judgement.same} no change</dd><dt class="text-gray-700">Commentary</dt><dd>${commentaryCountsText(
    commentary,
  )}<span class="mt-1 block h-2 w-full max-w-[10rem] rounded bg-gray-200" aria-hidden="true"><span class="block h-2 rounded bg-blue-800" style="width:${percent}%"></span></span></dd><dt class="text-gray-700">Scorecard</dt><dd>${statusHtml(
    card.status,
  )}</dd></dl>${lists}${href ? html`<p class="mt-auto pt-3 text-sm print:hidden"><a href="${href}">Open the ${name} scorecard</a></p>` : null}</section>`;
}

/** The overview's grid of cards, one a service. */
export function serviceCardsHtml(cards: readonly ServiceCardFacts[]): SafeHtml {
  return html`<div class="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">${cards.map(serviceCardHtml)}</div>`;
}
