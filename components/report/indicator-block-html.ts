// One indicator in its service's section of the report: the definition, the
// last twelve months (with "x of y" where there is a numerator), the year to
// date and annual trend, the benchmarks with their years, the board paper's
// chart of the same months (server SVG, named by its summary) and the
// month's approved commentary with its author and date. Built as kept HTML
// (lib/html/template.ts): a section of a large service is mostly these
// blocks and their charts, which the live page builds once per data version
// and sends once (components/ui/kept-html.tsx); the print view and the PDF
// write the same string.
import { chartSvg } from "@/components/snapshot/chart-html";
import { formatDateTime } from "@/lib/dates";
import { monthLabel } from "@/lib/format";
import { html, type SafeHtml } from "@/lib/html/template";
import { benchmarkText, REPORT_BENCHMARKS, ytdText, type ReportRow } from "@/lib/report/monthly";
import { ragWordHtml, revisableHtml, type Revised } from "./figures-html";

function commentaryHtml(r: ReportRow): SafeHtml {
  const c = r.commentary;
  if (c.status === "approved") {
    const by = `${c.author ? c.author : "Author not recorded"}${c.at ? `, approved ${formatDateTime(c.at)}` : ""}${c.internal ? " (internal: not for public release)" : ""}`;
    return html`<p class="whitespace-pre-wrap">${c.body}</p><p class="mt-1 text-sm text-gray-800">${by}</p>`;
  }
  if (c.status === "not_needed") return html`<p>No commentary needed: ${c.notNeededReason ?? "no reason recorded"}</p>`;
  return html`<p class="text-gray-800">${c.status === "pending" ? "Commentary not yet approved." : "No commentary written yet."}</p>`;
}

function twelveMonthsHtml(r: ReportRow, revised: Revised): SafeHtml {
  const withCounts = r.twelve.some((m) => m.ofText);
  const marks = r.twelve.map((m) => revised.get(`${r.code}|${m.period}`)).filter((m) => m !== undefined);
  const cell = "whitespace-nowrap px-2 py-0.5 text-right tabular-nums";
  const rows = r.twelve.map(
    (m) =>
      html`<tr><th scope="row" class="px-2 py-0.5 text-left font-normal">${monthLabel(m.period)}</th><td class="${cell}">${revisableHtml(m.text, revised.get(`${r.code}|${m.period}`))}</td>${
        withCounts ? html`<td class="${cell}">${m.ofText ?? ""}</td>` : null
      }</tr>`,
  );
  return html`<div class="report-twelve overflow-x-auto"><table class="min-w-full text-sm"><caption class="text-left text-sm font-semibold">${r.code}: the last twelve months</caption><thead class="bg-gray-100 text-left"><tr><th scope="col" class="px-2 py-0.5">Month</th><th scope="col" class="px-2 py-0.5 text-right">Figure</th>${
    withCounts ? html`<th scope="col" class="px-2 py-0.5 text-right">Of</th>` : null
  }</tr></thead><tbody class="divide-y divide-gray-200">${rows}</tbody></table>${
    marks.length ? html`<p class="mt-1 text-xs">r: revised since the last issue (${marks.map((m) => `${monthLabel(m.period)} was ${m.from}`).join("; ")}).</p>` : null
  }</div>`;
}

function factsHtml(r: ReportRow): SafeHtml {
  const last = r.sameMonthLastYear;
  const term = (label: string, value: SafeHtml | string) => html`<dt class="font-semibold">${label}</dt><dd>${value}</dd>`;
  return html`<dl class="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 text-sm">${[
    term("RAG", html`${ragWordHtml(r.rag, r.ragIllustrative)}${r.target.value !== null ? ` · target ${r.target.text}` : ""}`),
    term("Year to date", ytdText(r)),
    term("Same month last year", `${last.period && last.value !== null ? `${last.text} in ${monthLabel(last.period)}` : "n/a"}${last.change ? ` (change ${last.change})` : ""}`),
    term("Annual trend", r.outturns.map((o) => `${o.year}: ${o.text}`).join(" · ")),
    REPORT_BENCHMARKS.map((b, i) => html`<div class="contents">${term(b.label, benchmarkText(r.benchmarks[i]))}</div>`),
  ]}</dl>`;
}

/** One indicator's block in its section. */
export function indicatorBlockHtml(r: ReportRow, revised: Revised): SafeHtml {
  const headingId = `ind-${r.id}`;
  const about = `Good performance is ${r.goodIs.toLowerCase()} · ${r.unit}${r.councilPlan ? " · Council plan indicator" : ""}${r.outcome ? ` · What good looks like: ${r.outcome}` : ""}${
    r.dataNote ? ` · Data note: ${r.dataNote}` : ""
  }`;
  return html`<section aria-labelledby="${headingId}" class="report-indicator mt-5 border-t border-gray-300 pt-3"><h3 id="${headingId}" class="text-lg font-semibold">${r.no}. <span class="font-mono">${r.code}</span> ${r.title}</h3><p class="text-sm"><b>Definition:</b> ${
    r.definition ?? "No definition recorded."
  }</p><p class="text-sm text-gray-800">${about}</p><div class="mt-2 grid gap-4 md:grid-cols-2">${twelveMonthsHtml(r, revised)}<div><div class="report-chart max-w-md">${chartSvg(r.chart)}</div>${factsHtml(
    r,
  )}</div></div><h4 class="mt-3 font-semibold">Commentary</h4><div class="report-commentary">${commentaryHtml(r)}</div></section>`;
}

/** A section's indicator blocks, in order. */
export function indicatorBlocksHtml(rows: readonly ReportRow[], revised: Revised): SafeHtml {
  return html`${rows.map((r) => indicatorBlockHtml(r, revised))}`;
}
