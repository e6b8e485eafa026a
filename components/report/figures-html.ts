// Small parts of the report's kept HTML (its summary table and indicator
// blocks): a figure with its revision mark, a RAG in word and shape, a
// benchmark with its year.
import { RAG_STYLES } from "@/components/rag-badge";
import { html, type SafeHtml } from "@/lib/html/template";
import type { ReportChange } from "@/lib/report/issues";
import type { ReportRow } from "@/lib/report/monthly";

/** The figures revised since the last issue, by "code|period". */
export type Revised = Map<string, Extract<ReportChange, { kind: "figure" }>>;

/** A figure revised since the last issue: the figure, then "r" (read as "revised from …"). */
export function revisableHtml(text: string, revised: Extract<ReportChange, { kind: "figure" }> | undefined): SafeHtml {
  if (!revised) return html`${text}`;
  return html`${text}<sup class="ml-0.5 font-semibold" aria-hidden="true">r</sup><span class="sr-only"> (revised from ${revised.from})</span>`;
}

/** The RAG in word and shape (never colour alone); "*" when its bands are illustrative. */
export function ragWordHtml(rag: ReportRow["rag"], illustrative: boolean): SafeHtml {
  if (!rag) return html`No RAG`;
  return html`<span class="whitespace-nowrap"><span aria-hidden="true">${RAG_STYLES[rag].shape} </span>${RAG_STYLES[rag].label}${illustrative ? "*" : ""}</span>`;
}

/** A benchmark's figure with its year beneath. */
export function withYearHtml(text: string, year: string | null): SafeHtml {
  return html`${text}${year ? html`<span class="block text-gray-700">${year}</span>` : null}`;
}
