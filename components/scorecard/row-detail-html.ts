// What a scorecard row's detail holds (opened by the disclosure button in the
// row, and always printed): the change both ways, labelled; the RAG bands as
// tolerances; target, YTD and the 12-month figures; the last 12 months' RAG
// (the strip and its words: components/rag-history.tsx); benchmarks; SPC; the
// five outturns; owner and reporter; the month's full commentary. Escaped HTML
// (`html`), with the same atoms as the React components.
import { commentaryStatus } from "@/components/commentary-status";
import { ragBadge } from "@/components/rag-badge";
import { ragHistory } from "@/components/rag-history";
import { atomHtml } from "@/components/ui/atom";
import { ragHistory as ragMonths } from "@/lib/figures/rag";
import { rowCommentaryState } from "@/lib/commentary/status";
import { ASSURANCE_TEXT, NO_SPC_TEXT, RUN_CHART_NOTE, VARIATION_TEXT } from "@/lib/figures/spc-words";
import { BENCHMARK_KINDS, BENCHMARK_TEXT, POLARITY_TEXT } from "@/lib/figures/vocabulary";
import { formatChangeLabelled, formatNumber, formatValue, formatYtd, monthLabel, tolerancesFor, twelveMonthLabel } from "@/lib/format";
import { html, type HtmlValue, type SafeHtml } from "@/lib/html/template";
import type { ScorecardRow } from "@/lib/queries/scorecard";
import { commentaryHref, indicatorHref } from "../links";

const COMPARISON_TEXT = { better: "we are better", worse: "we are worse", same: "the same" } as const;
const MUTED = "text-gray-600";

function section(title: string, body: HtmlValue, wide = false): SafeHtml {
  return html`<div${wide ? html` class="row-detail-wide"` : ""}><h3>${title}</h3>${body}</div>`;
}

function spcIcon(id: string): SafeHtml {
  return html`<svg aria-hidden="true" focusable="false" width="18" height="18"><use href="#${id}"/></svg>`;
}

/** The SPC reading in words, with its icon (the page has the icons' sprite). */
export function spcHtml(spc: ScorecardRow["spc"], side: "high" | "low" | null): SafeHtml {
  if (!spc.variation) return html`<p>${NO_SPC_TEXT}</p>`;
  const v = spc.variation;
  const icon = v === "common_cause" ? "mdc-common" : side ? `mdc-${v}-${side}` : `mdc-${v}`;
  return html`<p>${spcIcon(icon)} ${VARIATION_TEXT[v]}${v !== "common_cause" && side ? ` (${side})` : ""}</p>${
    spc.assurance ? html`<p>${spcIcon(`mdc-${spc.assurance}`)} ${ASSURANCE_TEXT[spc.assurance]}</p>` : ""
  }${spc.kind === "run" ? html`<p class="${MUTED}">${RUN_CHART_NOTE}</p>` : ""}`;
}

export function rowDetailHtml({
  row,
  period,
  outturnYears,
  side,
}: {
  row: ScorecardRow;
  period: string;
  outturnYears: string[];
  side: "high" | "low" | null;
}): SafeHtml {
  const f = (v: number | null) => formatValue(v, row.unit, row.decimals);
  const change = (points: number | null, relativePct: number | null) => formatChangeLabelled({ unit: row.unit, points, relativePct });
  const tolerances = tolerancesFor(row.bands, row.target, row.unit, row.decimals);
  const d = row.distanceToTarget;
  const target =
    row.target === null
      ? "No target"
      : `Target ${f(row.target)}${d === null ? "" : d === 0 ? ", on target" : `, ${formatNumber(Math.abs(d), row.decimals)}${row.unit === "percent" ? " points" : ""} ${d > 0 ? "above" : "below"}`}`;
  const benchmarks = [...row.benchmarkComparisons].sort((a, b) => BENCHMARK_KINDS.indexOf(a.kind) - BENCHMARK_KINDS.indexOf(b.kind));
  const none = html`<p class="${MUTED}">None loaded</p>`;
  const c = row.commentary;
  return html`<div class="row-detail">${[
    section(
      "Change",
      html`<p>From ${row.previousPeriod ? monthLabel(row.previousPeriod) : "the previous period"} (${f(row.previous)}): ${change(row.changeFromPreviousPoints, row.changeFromPreviousPct)}</p><p>From ${row.lastYearPeriod ? monthLabel(row.lastYearPeriod) : "a year before"} (${f(row.lastYear)}): ${change(row.changeFromLastYearPoints, row.changeFromLastYearPct)}</p><p>${POLARITY_TEXT[row.polarity]}</p>`,
    ),
    section(
      "RAG and target",
      html`<p>RAG: ${atomHtml(ragBadge(row.rag, { illustrative: row.bandsIllustrative }))}</p><p>${tolerances.summary || "No RAG bands"}</p><p>${target}</p>`,
    ),
    row.value === null && row.emptyReason ? section("No figure this month", html`<p>${row.emptyReason}</p>`) : "",
    section(
      "Year and trend",
      html`<p>Year to date ${row.ytd === null ? `n/a${row.ytdNote ? ` (${row.ytdNote})` : ""}` : formatYtd(row, row.unit, row.decimals, row.frequency)}</p><p>${twelveMonthLabel(row, row.frequency)} average ${f(row.average12)}, highest ${f(row.max12)}</p>`,
    ),
    section("RAG, the last 12 months", atomHtml(ragHistory(ragMonths({ values: row.series, bands: row.bands, period })))),
    section(
      "Benchmarks",
      benchmarks.length === 0
        ? none
        : html`<ul>${benchmarks.map(
            (b) => html`<li>${BENCHMARK_TEXT[b.kind]} ${f(b.value)} <span class="${MUTED}">(${b.year}${b.source ? `; ${b.source}` : ""})</span>${b.comparison ? `: ${COMPARISON_TEXT[b.comparison]}` : ""}</li>`,
          )}</ul>`,
    ),
    section("SPC", spcHtml(row.spc, side)),
    section("Outturns", Object.keys(row.outturns).length === 0 ? none : html`<ul>${outturnYears.map((y) => html`<li>${y} ${f(row.outturns[y] ?? null)}</li>`)}</ul>`),
    section(
      "People",
      html`<p>Owner: ${row.owner?.name ?? "Not assigned"}</p><p>Reporter: ${row.reporter?.name ?? "Not assigned"}</p><p><a href="${indicatorHref(row.code, period)}">All of ${row.code}'s figures and charts</a></p>`,
    ),
    section(
      "Commentary",
      html`<p>${atomHtml(commentaryStatus(rowCommentaryState(row.hasFigure, c?.status)))}${c?.author ? ` by ${c.author}` : ""} <a href="${commentaryHref(period, row.id)}">Open the commentary<span class="sr-only"> for ${row.code}</span></a></p>${c?.body ? html`<p class="commentary-body">${c.body}</p>` : ""}`,
      true,
    ),
  ]}</div>`;
}
