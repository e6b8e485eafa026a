// The service scorecard as a table that fits a 1280 px screen: each row shows
// code, indicator (with a one-line commentary excerpt and its status), the
// last months, a sparkline, change, judgement, RAG, target and YTD; the rest
// (benchmarks, SPC, outturns, the full commentary, the change both ways) is
// in a detail row that the row's disclosure button opens (aria-expanded,
// aria-controls; ./row-details.tsx) and that always prints. The details come
// in one request after the page (`detailsHtml`, served by the page's
// details route and fetched when the browser is idle, on the first opening
// or before printing): a 60-row scorecard's page stays small.
//
// Why an HTML string: a big scorecard is thousands of cells, and React
// elements for each, twice (the server render and its payload), were most of
// a request's time and bytes (bench/README.md, "One way to render", measures
// both ways). The table is built once per data version and view
// (lib/queries/scorecard-cache.ts `keep`); its cells carry no classes (the
// columns are styled once, table-wide, in app/globals.css, "Scorecard
// table"), and its badges, sparklines and directions are the same atoms the
// React components draw (components/ui/atom.ts). Every value is escaped (`html`).
import { commentaryStatus } from "@/components/commentary-status";
import { directionLabel } from "@/components/direction-label";
import { mutedText, ragBadge } from "@/components/rag-badge";
import { sparkline } from "@/components/sparkline";
import { atomHtml } from "@/components/ui/atom";
import { rowCommentaryState } from "@/lib/commentary/status";
import { outturnYearsFor } from "@/lib/figures/outturns";
import { formatChange, formatNumber, formatValue, shortMonthLabel, ytdCoverageText } from "@/lib/format";
import { html, type HtmlValue, type SafeHtml } from "@/lib/html/template";
import type { ScorecardRow } from "@/lib/queries/scorecard";
import type { SortableKey, SortLink } from "@/lib/views/scorecard-view";
import { commentaryHref, indicatorHref } from "../links";
import { rowDetailHtml } from "./row-detail-html";

export interface ScorecardTableInput {
  /** the table's id; detail rows are "<id>-d<row id>" */
  id: string;
  caption: string;
  period: string;
  months: string[];
  rows: ScorecardRow[];
  sortLinks: Record<SortableKey, SortLink>;
}

/** The page's table id; the details route names detail rows after it. */
export const SCORECARD_TABLE_ID = "scorecard";

/** The longest commentary excerpt sent: the cell shows one line of it (about 45 characters at 1280 px). */
const EXCERPT = 100;

function header(label: string, sort?: SortLink, hidden = ""): SafeHtml {
  const extra = hidden ? html`<span class="sr-only">${hidden}</span>` : "";
  if (!sort) return html`<th scope="col">${label}${extra}</th>`;
  const state = sort.state === "none" ? ", sort by this column" : sort.state === "ascending" ? ", sorted ascending" : ", sorted descending";
  const arrow = sort.state === "ascending" ? " ▲" : sort.state === "descending" ? " ▼" : "";
  return html`<th scope="col"${sort.state === "none" ? "" : html` aria-sort="${sort.state}"`}><a href="${sort.href}">${label}${extra}<span class="sr-only">${state}</span></a>${arrow ? html`<span aria-hidden="true">${arrow}</span>` : ""}</th>`;
}

/** The target, and how far the figure is from it. */
export function targetHtml(row: ScorecardRow): SafeHtml {
  if (row.target === null) return atomHtml(mutedText("None"));
  const d = row.distanceToTarget;
  const gap = d === null ? "" : d === 0 ? "on target" : `${formatNumber(Math.abs(d), row.decimals)}${row.unit === "percent" ? " pt" : ""} ${d > 0 ? "above" : "below"}`;
  return html`${formatValue(row.target, row.unit, row.decimals)}${gap ? html`<small>${gap}</small>` : ""}`;
}

/** A commentary's opening words, on one line. */
export function commentaryExcerpt(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

const FLAG = "text-xs font-semibold";

function rowHtml(input: ScorecardTableInput, row: ScorecardRow): SafeHtml {
  const { period, months } = input;
  const byPeriod = new Map(row.series.map((p) => [p.period, p.value]));
  const values = months.map((m) => byPeriod.get(m) ?? null);
  const c = row.commentary;
  const toggle = html`<button type="button" class="row-toggle" aria-expanded="false" aria-controls="${input.id}-d${row.id}">${row.code}<span class="sr-only"> details</span></button>`;
  const flags = html`${row.councilPlan ? html` <span class="${FLAG} text-gray-900">Council plan</span>` : ""}${row.revised ? html` <span class="${FLAG} text-purple-800">Figure revised</span>` : ""}`;
  const commentary = html`<p class="row-commentary"><a href="${commentaryHref(period, row.id)}">Commentary<span class="sr-only"> for ${row.code}</span></a> ${atomHtml(commentaryStatus(rowCommentaryState(row.hasFigure, c?.status)))}${c?.body ? ` ${commentaryExcerpt(c.body)}` : ""}</p>`;
  const cells: HtmlValue[] = [
    ...values.map((v, i) => html`${formatValue(v, row.unit, row.decimals)}${months[i] === period ? emptyReasonHtml(row) : ""}`),
    atomHtml(sparkline(values, { width: 72, height: 22 })),
    formatChange({ unit: row.unit, points: row.changeFromPreviousPoints, relativePct: row.changeFromPreviousPct }),
    atomHtml(directionLabel(row.direction, row.judgement, { wrap: true })),
    atomHtml(ragBadge(row.rag, { illustrative: row.bandsIllustrative })),
    targetHtml(row),
    html`${formatValue(row.ytd, row.unit, row.decimals)}${ytdCoverageHtml(row)}`,
  ];
  return html`<tr><th scope="row">${toggle}</th><td><a href="${indicatorHref(row.code, period)}">${row.title}</a>${flags}${commentary}</td>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`;
}

/** under a month with no figure, why (a formula's window short of a month) */
function emptyReasonHtml(row: ScorecardRow): HtmlValue {
  return row.value === null && row.emptyReason ? html`<small>${row.emptyReason}</small>` : "";
}

/** under a partial year to date, how much of the year it covers ("6 of 12 months") */
function ytdCoverageHtml(row: ScorecardRow): HtmlValue {
  const coverage = ytdCoverageText(row, row.frequency);
  return coverage ? html`<small>${coverage}</small>` : "";
}

/**
 * Every row's detail, by the id of the detail row its button controls
 * ("<table id>-d<row id>"): what the details route sends as JSON.
 */
export function detailsHtml({
  id,
  period,
  rows,
  spcSides,
}: {
  id: string;
  period: string;
  rows: ScorecardRow[];
  spcSides: Record<number, "high" | "low" | null>;
}): Record<string, string> {
  const outturnYears = outturnYearsFor(period);
  return Object.fromEntries(rows.map((row) => [`${id}-d${row.id}`, rowDetailHtml({ row, period, outturnYears, side: spcSides[row.id] ?? null }).value]));
}

/** The whole table, in its scroll region (which scrolls only when 12 months are chosen on a narrow screen). */
export function scorecardTableHtml(input: ScorecardTableInput): SafeHtml {
  const { months, sortLinks } = input;
  const cols = html`<colgroup><col class="c-code"><col>${months.map(() => html`<col class="c-m">`)}<col class="c-tr"><col class="c-ch"><col class="c-j"><col class="c-rag"><col class="c-t"><col class="c-y"></colgroup>`;
  const head = html`<thead><tr>${[
    header("Code", sortLinks.code),
    header("Indicator", sortLinks.title, " and commentary"),
    months.map((m, i) => header(shortMonthLabel(m), i === months.length - 1 ? sortLinks.value : undefined)),
    header("Trend"),
    header("Change", sortLinks.change, " since the previous period (points for percentages and rates)"),
    header("Direction", sortLinks.judgement),
    header("RAG", sortLinks.rag),
    header("Target", sortLinks.target),
    header("YTD", sortLinks.ytd),
  ]}</tr></thead>`;
  return html`<div id="${input.id}" class="sct-wrap scorecard-scroll" tabindex="0" role="region" aria-label="${input.caption}"><table class="sct m${months.length}"><caption class="sr-only">${input.caption}</caption>${cols}${head}<tbody>${input.rows.map((r) => rowHtml(input, r))}</tbody></table></div>`;
}
