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
// a request's time and bytes. The table is built once per data version and
// view (lib/queries/scorecard-cache.ts `keep`) with short, table-level class
// names (app/globals.css, "Scorecard table"). Every value is escaped (./html.ts).
import { rowCommentaryState } from "@/lib/commentary/status";
import { outturnYearsFor } from "@/lib/figures/outturns";
import { formatChange, formatNumber, formatValue, shortMonthLabel } from "@/lib/format";
import type { ScorecardRow } from "@/lib/queries/scorecard";
import type { SortableKey, SortLink } from "@/lib/queries/scorecard-view";
import { commentaryHref, indicatorHref } from "../links";
import { directionHtml, esc, ragHtml, sparklineHtml, statusHtml } from "./html";
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

function header(label: string, sort?: SortLink, hidden = ""): string {
  const extra = hidden ? `<span class=sr-only>${hidden}</span>` : "";
  if (!sort) return `<th scope=col>${label}${extra}</th>`;
  const state = sort.state === "none" ? ", sort by this column" : sort.state === "ascending" ? ", sorted ascending" : ", sorted descending";
  const arrow = sort.state === "ascending" ? " ▲" : sort.state === "descending" ? " ▼" : "";
  return (
    `<th scope=col${sort.state === "none" ? "" : ` aria-sort=${sort.state}`}><a href="${esc(sort.href)}">${label}${extra}<span class=sr-only>${state}</span></a>` +
    (arrow ? `<span aria-hidden=true>${arrow}</span>` : "") +
    `</th>`
  );
}

function targetHtml(row: ScorecardRow): string {
  if (row.target === null) return `<span class=mu>None</span>`;
  const d = row.distanceToTarget;
  const gap =
    d === null ? "" : d === 0 ? "on target" : `${esc(formatNumber(Math.abs(d), row.decimals))}${row.unit === "percent" ? " pt" : ""} ${d > 0 ? "above" : "below"}`;
  return `${esc(formatValue(row.target, row.unit, row.decimals))}${gap ? `<small>${gap}</small>` : ""}`;
}

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function rowHtml(input: ScorecardTableInput, row: ScorecardRow): string {
  const { period, months } = input;
  const byPeriod = new Map(row.series.map((p) => [p.period, p.value]));
  const values = months.map((m) => byPeriod.get(m) ?? null);
  const detailId = `${input.id}-d${row.id}`;
  const code = esc(row.code);
  const flags =
    (row.councilPlan ? ` <span class=fl>Council plan</span>` : "") + (row.revised ? ` <span class="fl fr">Figure revised</span>` : "");
  const c = row.commentary;
  return (
    `<tr><th scope=row><button type=button class=dx aria-expanded=false aria-controls=${detailId}>${code}<span class=sr-only> details</span></button></th>` +
    `<td><a href="${esc(indicatorHref(row.code, period))}">${esc(row.title)}</a>${flags}` +
    `<p class=cx><a href="${commentaryHref(period, row.id)}">Commentary<span class=sr-only> for ${code}</span></a> ${statusHtml(rowCommentaryState(row.hasFigure, c?.status))}${c?.body ? ` ${esc(excerpt(c.body))}` : ""}</p></td>` +
    values.map((v) => `<td>${esc(formatValue(v, row.unit, row.decimals))}</td>`).join("") +
    `<td>${sparklineHtml(values)}</td>` +
    `<td>${esc(formatChange({ unit: row.unit, points: row.changeFromPreviousPoints, relativePct: row.changeFromPreviousPct }))}</td>` +
    `<td>${directionHtml(row.direction, row.judgement)}</td>` +
    `<td>${ragHtml(row.rag, row.bandsIllustrative)}</td>` +
    `<td>${targetHtml(row)}</td>` +
    `<td>${esc(formatValue(row.ytd, row.unit, row.decimals))}</td></tr>`
  );
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
  return Object.fromEntries(rows.map((row) => [`${id}-d${row.id}`, rowDetailHtml({ row, period, outturnYears, side: spcSides[row.id] ?? null })]));
}

/** The whole table, in its scroll region (which scrolls only when 12 months are chosen on a narrow screen). */
export function scorecardTableHtml(input: ScorecardTableInput): string {
  const { months, sortLinks } = input;
  const cols =
    `<colgroup><col class=c-code><col>${months.map(() => "<col class=c-m>").join("")}` +
    `<col class=c-tr><col class=c-ch><col class=c-j><col class=c-rag><col class=c-t><col class=c-y></colgroup>`;
  const head =
    `<thead><tr>` +
    header("Code", sortLinks.code) +
    header("Indicator", sortLinks.title, " and commentary") +
    months.map((m, i) => (i === months.length - 1 ? header(esc(shortMonthLabel(m)), sortLinks.value) : header(esc(shortMonthLabel(m))))).join("") +
    header("Trend") +
    header("Change", sortLinks.change, " since the previous period (points for percentages and rates)") +
    header("Direction", sortLinks.judgement) +
    header("RAG", sortLinks.rag) +
    header("Target", sortLinks.target) +
    header("YTD", sortLinks.ytd) +
    `</tr></thead>`;
  const body = `<tbody>${input.rows.map((r) => rowHtml(input, r)).join("")}</tbody>`;
  return (
    `<div id=${input.id} class="sct-wrap scorecard-scroll" tabindex=0 role=region aria-label="${esc(input.caption)}">` +
    `<table class="sct m${months.length}"><caption class=sr-only>${esc(input.caption)}</caption>${cols}${head}${body}</table></div>`
  );
}
