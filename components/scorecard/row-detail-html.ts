// What a scorecard row's detail holds (opened by the disclosure button in the
// row, and always printed): the change both ways, labelled; the RAG bands as
// tolerances; target, YTD and the 12-month figures; benchmarks; SPC; the five
// outturns; owner and reporter; the month's full commentary. Escaped HTML.
import { rowCommentaryState } from "@/lib/commentary/status";
import { POLARITY_TEXT } from "@/lib/figures/vocabulary";
import { ASSURANCE_TEXT, NO_SPC_TEXT, RUN_CHART_NOTE, VARIATION_TEXT } from "@/lib/figures/spc-words";
import { BENCHMARK_KINDS, BENCHMARK_TEXT } from "@/lib/figures/vocabulary";
import { formatChangeLabelled, formatNumber, formatValue, monthLabel, tolerancesFor } from "@/lib/format";
import type { ScorecardRow } from "@/lib/queries/scorecard";
import { commentaryHref, indicatorHref } from "../links";
import { esc, ragHtml, statusHtml } from "./html";

const COMPARISON_TEXT = { better: "we are better", worse: "we are worse", same: "the same" } as const;

function section(title: string, body: string, wide = false): string {
  return `<div${wide ? " class=wd" : ""}><h3>${title}</h3>${body}</div>`;
}

function spcIcon(id: string): string {
  return `<svg aria-hidden=true focusable=false width=18 height=18><use href="#${id}"/></svg>`;
}

function spcHtml(spc: ScorecardRow["spc"], side: "high" | "low" | null): string {
  if (!spc.variation) return `<p>${NO_SPC_TEXT}</p>`;
  const v = spc.variation;
  const icon = v === "common_cause" ? "mdc-common" : side ? `mdc-${v}-${side}` : `mdc-${v}`;
  let html = `<p>${spcIcon(icon)} ${VARIATION_TEXT[v]}${v !== "common_cause" && side ? ` (${side})` : ""}</p>`;
  if (spc.assurance) html += `<p>${spcIcon(`mdc-${spc.assurance}`)} ${ASSURANCE_TEXT[spc.assurance]}</p>`;
  if (spc.kind === "run") html += `<p class=mu>${RUN_CHART_NOTE}</p>`;
  return html;
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
}): string {
  const f = (v: number | null) => esc(formatValue(v, row.unit, row.decimals));
  const change = (points: number | null, relativePct: number | null) => esc(formatChangeLabelled({ unit: row.unit, points, relativePct }));
  const parts: string[] = [];

  parts.push(
    section(
      "Change",
      `<p>From ${row.previousPeriod ? esc(monthLabel(row.previousPeriod)) : "the previous period"} (${f(row.previous)}): ${change(row.changeFromPreviousPoints, row.changeFromPreviousPct)}</p>` +
        `<p>From ${row.lastYearPeriod ? esc(monthLabel(row.lastYearPeriod)) : "a year before"} (${f(row.lastYear)}): ${change(row.changeFromLastYearPoints, row.changeFromLastYearPct)}</p>` +
        `<p>${POLARITY_TEXT[row.polarity]}</p>`,
    ),
  );

  const tolerances = tolerancesFor(row.bands, row.target, row.unit, row.decimals);
  const target =
    row.target === null
      ? "No target"
      : `Target ${f(row.target)}${row.distanceToTarget === null ? "" : row.distanceToTarget === 0 ? ", on target" : `, ${esc(formatNumber(Math.abs(row.distanceToTarget), row.decimals))}${row.unit === "percent" ? " points" : ""} ${row.distanceToTarget > 0 ? "above" : "below"}`}`;
  parts.push(
    section(
      "RAG and target",
      `<p>RAG: ${ragHtml(row.rag, row.bandsIllustrative)}</p><p>${tolerances.summary ? esc(tolerances.summary) : "No RAG bands"}</p><p>${target}</p>`,
    ),
  );

  parts.push(
    section(
      "Year and trend",
      `<p>Year to date ${f(row.ytd)}${row.ytd === null && row.ytdNote ? ` (${esc(row.ytdNote)})` : ""}</p>` +
        `<p>12-month average ${f(row.average12)}, highest ${f(row.max12)}</p>`,
    ),
  );

  const benchmarks = [...row.benchmarkComparisons].sort((a, b) => BENCHMARK_KINDS.indexOf(a.kind) - BENCHMARK_KINDS.indexOf(b.kind));
  parts.push(
    section(
      "Benchmarks",
      benchmarks.length === 0
        ? "<p class=mu>None loaded</p>"
        : `<ul>${benchmarks
            .map((b) => `<li>${BENCHMARK_TEXT[b.kind]} ${f(b.value)} <span class=mu>(${esc(b.year)}${b.source ? `; ${esc(b.source)}` : ""})</span>${b.comparison ? `: ${COMPARISON_TEXT[b.comparison]}` : ""}</li>`)
            .join("")}</ul>`,
    ),
  );

  parts.push(section("SPC", spcHtml(row.spc, side)));

  parts.push(
    section(
      "Outturns",
      Object.keys(row.outturns).length === 0
        ? "<p class=mu>None loaded</p>"
        : `<ul>${outturnYears.map((y) => `<li>${y} ${f(row.outturns[y] ?? null)}</li>`).join("")}</ul>`,
    ),
  );

  parts.push(
    section(
      "People",
      `<p>Owner: ${esc(row.owner?.name ?? "Not assigned")}</p><p>Reporter: ${esc(row.reporter?.name ?? "Not assigned")}</p>` +
        `<p><a href="${esc(indicatorHref(row.code, period))}">All of ${esc(row.code)}&#39;s figures and charts</a></p>`,
    ),
  );

  const c = row.commentary;
  parts.push(
    section(
      "Commentary",
      `<p>${statusHtml(rowCommentaryState(row.hasFigure, c?.status))}${c?.author ? ` by ${esc(c.author)}` : ""} <a href="${commentaryHref(period, row.id)}">Open the commentary<span class=sr-only> for ${esc(row.code)}</span></a></p>` +
        (c?.body ? `<p class=cb>${esc(c.body)}</p>` : ""),
      true,
    ),
  );
  return `<div class=dg>${parts.join("")}</div>`;
}
