// The one render of a board paper's content, story first, as escaped HTML:
//   at a glance (each service, the featured indicators as small multiples,
//   the one legend) → each theme with its narrative and the charts of the
//   indicators it cites → what our children tell us → since the last
//   meeting → the appendix: every service's table.
// Used by the page (a published paper and a draft's preview alike), the
// print view the PDF is made from, and the public release (its view built
// for the public). Why a string: a published paper never changes, so it is
// built once and kept (lib/snapshots/table-cache), and each later reading
// sends the kept string rather than rendering thousands of elements again.
// Every text goes through `html`, which escapes it; the highlights' markup is
// parsed to data (lib/snapshots/markup.ts) and only its text is written.
import { JUDGEMENT_TEXT } from "@/components/direction-label";
import { RAG_STYLES, ragBadge } from "@/components/rag-badge";
import { SPC_SPRITE_HTML } from "@/components/spc-icons";
import { breakdownBars, breakdownCaption, breakdownTable } from "@/components/breakdown-chart";
import { cohortCaption, cohortFlow, cohortTable } from "@/components/cohort-flow";
import { atomHtml } from "@/components/ui/atom";
import { ASSURANCE_TEXT, VARIATION_TEXT } from "@/lib/figures/spc-words";
import type { Judgement, Rag } from "@/lib/figures/types";
import { html, raw, type HtmlValue, type SafeHtml } from "@/lib/html/template";
import { parseMarkup, type Inline } from "@/lib/snapshots/markup";
import type { PaperView } from "@/lib/snapshots/paper-view";
import type { BreakdownView } from "@/lib/views/breakdown-view";
import type { CohortView } from "@/lib/views/cohort-view";
import { CHART_DEFS, indicatorChartHtml, stackedTableHtml } from "./chart-html";
import { frozenTableHtml } from "./frozen-table";

/** The paper's sections in order, for the print view's contents and the PDF's bookmarks. */
export function paperContents(view: PaperView): { id: string; title: string; level: 1 | 2 }[] {
  return [
    { id: "at-a-glance", title: "At a glance", level: 1 as const },
    ...(view.featured.length ? [{ id: "featured", title: "Featured indicators", level: 2 as const }] : []),
    ...view.themes.map((t) => ({ id: `theme-${t.slug}`, title: t.theme, level: 1 as const })),
    ...(view.voice ? [{ id: "voice", title: "What our children tell us", level: 1 as const }] : []),
    ...(view.changes ? [{ id: "since-last", title: "Since the last meeting", level: 1 as const }] : []),
    { id: "appendix", title: "Appendix: the figures by service", level: 1 as const },
    ...view.sections.map((s) => ({ id: `service-${s.key}`, title: s.name, level: 2 as const })),
  ];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const names = (items: { code: string }[]) => items.map((i, n) => html`${n ? ", " : ""}<a href="#row-${i.code}">${i.code}</a>`);

function glanceHtml(view: PaperView): SafeHtml {
  const since = view.comparedWith === "last meeting" ? "since the last meeting" : "than last month";
  const cards = view.glance.map((s) => {
    const counts = [
      (["red", "amber", "green"] as const).filter((k) => s.rag[k] > 0).map((k) => atomHtml(ragBadge(k, { tag: "li", size: "sm", text: `${s.rag[k]} ${RAG_STYLES[k].label.toLowerCase()}` }))),
      s.rag.none ? html`<li class="px-1 py-0.5 text-sm text-gray-800">${s.rag.none} with no RAG</li>` : "",
      s.rag.suppressed ? html`<li class="px-1 py-0.5 text-sm text-gray-800">${s.rag.suppressed} not shown (c)</li>` : "",
    ];
    const reds = s.newReds.length
      ? html`<span aria-hidden="true">${RAG_STYLES.red.shape} </span><b>${plural(s.newReds.length, "new red")}</b>: ${names(s.newReds)}`
      : s.notCompared
        ? "No new reds among the figures shown."
        : "No new reds.";
    return html`<section aria-labelledby="glance-${s.key}" class="glance-card rounded border border-gray-300 bg-white p-3"><h3 id="glance-${s.key}" class="font-semibold">${s.name} <span class="font-normal text-gray-700">(${plural(s.indicators, "indicator")})</span></h3><ul class="mt-2 flex flex-wrap gap-2" aria-label="RAG counts">${counts}</ul><p class="mt-2 text-sm"><span aria-hidden="true" class="text-blue-800">↗ </span><b>${s.better.length} better</b>${s.better.length ? html`: ${names(s.better)}` : ""} · <span aria-hidden="true" class="text-orange-800">↘ </span><b>${s.worse.length} worse</b> ${since}${s.worse.length ? html`: ${names(s.worse)}` : ""}${s.notCompared ? ` · ${plural(s.notCompared, "not compared", "not compared")} (c)` : ""}</p><p class="mt-1 text-sm">${reds}</p></section>`;
  });
  return html`<div class="grid gap-3 md:grid-cols-2 xl:grid-cols-3 print:grid-cols-3 print:gap-2">${cards}</div>`;
}

function legendHtml(legend: PaperView["legend"]): SafeHtml {
  const rag = (["green", "amber", "red"] as const).map((k) => html`<span class="mr-2 whitespace-nowrap"><span aria-hidden="true">${RAG_STYLES[k].shape} </span>${RAG_STYLES[k].label}</span>`);
  const item = (body: HtmlValue) => html`<li>${body}</li>`;
  // an icon with its words, kept together; the icons of one line wrap as words do
  const icon = (id: string, words: string) =>
    html` <span class="mr-2 inline-flex items-center gap-1 align-middle text-xs"><svg aria-hidden="true" focusable="false" width="20" height="20" class="shrink-0"><use href="#${id}"/></svg>${words}</span>`;
  return html`<section aria-labelledby="legend" class="paper-legend rounded border border-gray-300 bg-white p-3 text-sm"><h3 id="legend" class="font-semibold">How to read this paper</h3><ul class="mt-1 grid gap-x-6 gap-y-1 md:grid-cols-2 print:grid-cols-3">${[
    item(html`RAG against the indicator's bands, by word and shape: ${rag}`),
    legend.illustrative ? item(html`<b>*</b> after a RAG: the bands are illustrative (demo data), not the council's own.`) : "",
    item("Direction: ↑ up, ↓ down, → unchanged, with the judgement in words (better or worse by whether higher or lower is better)."),
    item("Charts: the last 12 months (blue line); the target (black dashed line); the SPC mean (grey line) and process limits (grey dashed lines)."),
    item(
      html`SPC (NHS "Making Data Count"): a point or icon is marked only where it says something:${(["improvement", "concern", "neither"] as const).map((v) => icon(`mdc-${v}`, VARIATION_TEXT[v]))} Otherwise: ${VARIATION_TEXT.common_cause.toLowerCase()}, nothing marked.`,
    ),
    item(html`Against the target:${(["pass", "fail", "hit_and_miss"] as const).map((a) => icon(`mdc-${a}`, ASSURANCE_TEXT[a]))}`),
    legend.threshold !== null
      ? item(
          html`<b>c</b> suppressed to protect confidentiality (counts from 1 to ${legend.threshold}, and figures from which they could be worked out); <b>z</b> not applicable; <b>:</b> not available.`,
        )
      : "",
  ]}</ul></section>`;
}

const inlines = (parts: Inline[]) => parts.map((p) => (p.bold ? html`<b>${p.text}</b>` : p.text));

/** The highlights' safe markup: paragraphs, lists and bold, every text escaped. */
export function richTextHtml(source: string): SafeHtml {
  const blocks = parseMarkup(source).map((b) => {
    if (b.kind === "paragraph") return html`<p>${inlines(b.content)}</p>`;
    const items = b.items.map((i) => html`<li>${inlines(i)}</li>`);
    return b.kind === "bullets" ? html`<ul class="list-disc space-y-1 pl-6">${items}</ul>` : html`<ol class="list-decimal space-y-1 pl-6">${items}</ol>`;
  });
  return html`<div class="space-y-3 leading-relaxed">${blocks}</div>`;
}

function voiceHtml(voice: NonNullable<PaperView["voice"]>): SafeHtml {
  const ROW = 26;
  const LABEL = 170;
  const W = 420;
  const max = Math.max(1, ...voice.survey.map((s) => (typeof s.count === "number" ? s.count : 0)));
  const plot = W - LABEL - 40;
  const bars = voice.survey.map((s, i) => {
    const y = 4 + i * ROW;
    const width = typeof s.count === "number" ? (s.count / max) * plot : 0;
    const label = s.label.length > 28 ? `${s.label.slice(0, 27)}…` : s.label;
    return html`<text x="${LABEL - 6}" y="${y + ROW / 2 + 4}" text-anchor="end" font-size="11" fill="#111827">${label}</text><rect x="${LABEL}" y="${y + 4}" width="${width.toFixed(1)}" height="${ROW - 8}" fill="#1e3a8a"/><text x="${(LABEL + width + 4).toFixed(1)}" y="${y + ROW / 2 + 4}" font-size="11" fill="#111827">${String(s.count)}</text>`;
  });
  const summary = `Survey answers: ${voice.survey.map((s) => `${s.label} ${s.count}`).join(", ")}.`;
  const chart = voice.survey.length
    ? html`<div class="grid gap-4 md:grid-cols-2 print:grid-cols-2"><svg viewBox="0 0 ${W} ${voice.survey.length * ROW + 8}" class="h-auto w-full max-w-xl" role="img" aria-label="${summary}" focusable="false">${bars}</svg>${stackedTableHtml(
        { caption: "Survey answers", captionVisible: true, headers: ["Answer", "Children"], rows: voice.survey.map((s) => [s.label, String(s.count)]) },
      )}</div>`
    : "";
  return html`${voice.quotes.map((q) => html`<blockquote class="border-l-4 border-gray-400 pl-3 italic">“${q}”</blockquote>`)}${chart}`;
}

const ragWord = (rag: Rag | null) => (rag ? RAG_STYLES[rag].label : "no RAG");
const judgementWord = (judgement: Judgement | null) => (judgement ? JUDGEMENT_TEXT[judgement] : "n/a");

function changesHtml({ changes, previousTitle, previousId }: NonNullable<PaperView["changes"]>): SafeHtml {
  const list = (title: string, items: SafeHtml[]) =>
    items.length ? html`<div class="mt-3"><h3 class="font-semibold">${title} (${items.length})</h3><ul class="list-disc pl-6">${items}</ul></div>` : "";
  const li = (code: string, text: string) => html`<li><span class="font-mono">${code}</span> ${text}</li>`;
  const nothing = !changes.ragChanges.length && !changes.judgementChanges.length && !changes.newReds.length;
  return html`<p class="text-sm text-gray-700">Compared with <a href="/snapshots/${previousId}">${previousTitle}</a>.</p>${nothing ? html`<p class="mt-2">No RAG or judgement changes, and no new reds.</p>` : ""}${[
    list("New reds", changes.newReds.map((r) => li(r.code, r.title))),
    list("RAG changes", changes.ragChanges.map((r) => li(r.code, `${r.title}: ${ragWord(r.from)} → ${ragWord(r.to)}`))),
    list("Judgement changes", changes.judgementChanges.map((r) => li(r.code, `${r.title}: ${judgementWord(r.from)} → ${judgementWord(r.to)}`))),
  ]}`;
}

/** A breakdown by one dimension: its stacked bars and the month's split (the chart's data), as on the indicator page. */
function breakdownHtml(code: string, view: BreakdownView): SafeHtml {
  const caption = breakdownCaption(view, code);
  const note = view.suppressed ? html`<p class="mt-1 text-sm">c: a small number, suppressed so no child can be identified.</p>` : "";
  return html`<figure class="paper-breakdown rounded border border-gray-300 bg-white p-4" aria-label="${caption}"><figcaption class="font-semibold">${caption}</figcaption>${atomHtml(breakdownBars(view))}<div class="mt-3">${atomHtml(breakdownTable(view, caption))}</div>${note}</figure>`;
}

/** A cohort: the sentence, its flow and its table (the flow's data), as on the indicator page. */
function cohortHtml(code: string, title: string, view: CohortView): SafeHtml {
  const caption = cohortCaption(view, code, title);
  const note = view.suppressed ? html`<p class="mt-1 text-sm">c: a small number, suppressed so no child can be identified.</p>` : "";
  return html`<figure class="paper-cohort rounded border border-gray-300 bg-white p-4" aria-label="${caption}"><figcaption class="font-semibold">${caption}</figcaption><p class="text-sm text-gray-800">${view.sentence}</p>${atomHtml(cohortFlow(view))}<div class="mt-3">${atomHtml(cohortTable(view, caption))}</div>${note}</figure>`;
}

function section(id: string, title: string, body: HtmlValue, extraClass = "space-y-3"): SafeHtml {
  return html`<section id="${id}" aria-labelledby="${id}-h" class="paper-section ${extraClass}"><h2 id="${id}-h" class="text-2xl font-bold">${title}</h2>${body}</section>`;
}

/** The whole paper, in order; `print` lays each chart's table beside it instead of behind a disclosure. */
export function paperHtml(view: PaperView, { period, print = false }: { period: string; print?: boolean }): SafeHtml {
  const isPublic = view.audience === "public";
  const featured = view.featured.length
    ? html`<section id="featured" aria-labelledby="featured-h" class="space-y-2"><h3 id="featured-h" class="text-lg font-semibold">Featured indicators</h3><div class="grid gap-3 sm:grid-cols-2 xl:grid-cols-4 print:grid-cols-3">${view.featured.map(
        (c) => indicatorChartHtml(c, { headingLevel: 4, print }),
      )}</div></section>`
    : "";
  const themes = view.themes.map((t) =>
    section(
      `theme-${t.slug}`,
      t.theme,
      html`${t.body.trim() ? richTextHtml(t.body) : ""}${
        t.charts.length ? html`<div class="grid gap-3 sm:grid-cols-2 xl:grid-cols-3 print:grid-cols-3">${t.charts.map((c) => indicatorChartHtml(c, { print }))}</div>` : ""
      }${t.breakdowns.map((b) => breakdownHtml(b.code, b.view))}${t.cohorts.map((c) => cohortHtml(c.code, c.title, c.view))}`,
    ),
  );
  const appendix = html`${isPublic ? "" : html`<p class="text-sm text-gray-800">Every indicator's frozen figures, with its approved commentary under it.</p>`}${view.sections.map(
    (s) =>
      html`<section id="service-${s.key}" aria-labelledby="service-${s.key}-h" class="paper-service space-y-2"><h3 id="service-${s.key}-h" class="text-xl font-semibold">${s.name}</h3>${frozenTableHtml({
        caption: `${s.name}: ${period}`,
        rows: s.rows,
        showCommentary: !isPublic,
      })}</section>`,
  )}`;
  return html`<div class="paper space-y-8">${raw(SPC_SPRITE_HTML)}${CHART_DEFS}${[
    section("at-a-glance", "At a glance", html`${glanceHtml(view)}${featured}${legendHtml(view.legend)}`, "space-y-4"),
    themes,
    view.voice ? section("voice", "What our children tell us", voiceHtml(view.voice)) : "",
    view.changes ? section("since-last", "Since the last meeting", changesHtml(view.changes), "rounded border border-gray-300 bg-white p-4") : "",
    section("appendix", "Appendix: the figures by service", appendix, "space-y-4"),
  ]}</div>`;
}
