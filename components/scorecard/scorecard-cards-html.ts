// The scorecard on a phone: one card per indicator with the month's figure,
// its readings in words, the trend (drawn and as figures), year to date,
// target, SPC, reporter and the commentary's status with its opening words,
// instead of a table too wide to read. The rest (benchmarks, outturns, the
// full commentary) is on the indicator's page, a link away.
//
// Built as HTML, like the table (./scorecard-table-html.ts), and for the same
// reason: with no layout in the address the page draws both and the screen's
// width chooses, so the cards are in every scorecard page; as React elements
// they were sent twice (the HTML and its payload) and made a 60-indicator
// scorecard five times its size. Kept per data version and view, sent once.
import { commentaryStatus } from "@/components/commentary-status";
import { directionLabel } from "@/components/direction-label";
import { ragBadge } from "@/components/rag-badge";
import { sparkline } from "@/components/sparkline";
import { atomHtml } from "@/components/ui/atom";
import { rowCommentaryState } from "@/lib/commentary/status";
import { formatChange, formatValue, formatYtd, shortMonthLabel } from "@/lib/format";
import { html, type SafeHtml } from "@/lib/html/template";
import type { ScorecardRow } from "@/lib/queries/scorecard";
import { commentaryHref, indicatorHref } from "../links";
import { spcHtml } from "./row-detail-html";
import { commentaryExcerpt, targetHtml } from "./scorecard-table-html";

export interface ScorecardCardsInput {
  period: string;
  months: string[];
  rows: ScorecardRow[];
  spcSides: Record<number, "high" | "low" | null>;
}

function cardHtml({ period, months }: ScorecardCardsInput, row: ScorecardRow, side: "high" | "low" | null): SafeHtml {
  const byPeriod = new Map(row.series.map((p) => [p.period, p.value]));
  const trend = months.map((m) => byPeriod.get(m) ?? null);
  const f = (v: number | null) => formatValue(v, row.unit, row.decimals);
  const c = row.commentary;
  const figure = html`<div class="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1"><span class="text-2xl font-bold tabular-nums">${f(row.value)}</span>${
    row.value === null && row.emptyReason ? html`<span class="text-sm text-gray-800">${row.emptyReason}</span>` : ""
  }${atomHtml(ragBadge(row.rag, { illustrative: row.bandsIllustrative }))}${atomHtml(directionLabel(row.direction, row.judgement))}<span class="text-sm tabular-nums">${formatChange({
    unit: row.unit,
    points: row.changeFromPreviousPoints,
    relativePct: row.changeFromPreviousPct,
  })} on last month</span>${row.revised ? html`<span class="text-xs font-semibold text-purple-800">Figure revised</span>` : ""}</div>`;
  const trendLine = html`<div class="mt-2 flex items-center gap-2">${atomHtml(sparkline(trend, { width: 140 }))}<span class="text-xs text-gray-700"><span class="sr-only">Trend, </span>${shortMonthLabel(months[0])} to ${shortMonthLabel(months.at(-1)!)}: ${trend.map(f).join(", ")}</span></div>`;
  const facts = html`<dl><dt>YTD</dt><dd>${formatYtd(row, row.unit, row.decimals, row.frequency)}</dd><dt>Target</dt><dd>${targetHtml(row)}</dd><dt>SPC</dt><dd>${spcHtml(row.spc, side)}</dd><dt>Reporter</dt><dd>${row.reporter?.name ?? "Not assigned"}</dd></dl>`;
  const commentary = html`<p class="mt-2 text-sm">${atomHtml(commentaryStatus(rowCommentaryState(row.hasFigure, c?.status)))}${
    c?.body ? html` <span class="text-gray-800">${commentaryExcerpt(c.body)}</span>` : ""
  } <a href="${commentaryHref(period, row.id)}">Commentary for ${row.code}</a> · <a href="${indicatorHref(row.code, period)}">All of ${row.code}'s figures</a></p>`;
  return html`<li><h2 class="text-base font-semibold"><span class="font-mono">${row.code}</span> <a href="${indicatorHref(row.code, period)}">${row.title}</a></h2>${figure}${trendLine}${facts}${commentary}</li>`;
}

/** Every row as a card, in a list named "Indicators". */
export function scorecardCardsHtml(input: ScorecardCardsInput): SafeHtml {
  return html`<ul class="scorecard-cards" aria-label="Indicators">${input.rows.map((row) => cardHtml(input, row, input.spcSides[row.id] ?? null))}</ul>`;
}
