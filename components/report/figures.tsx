// Small parts of the report's tables: a figure with its revision mark, a
// benchmark with its year, a RAG in word and shape.
import { RAG_STYLES } from "@/components/rag-badge";
import type { ReportChange } from "@/lib/report/issues";

/** A figure revised since the last issue: the figure, then "r" (read as "revised from …"). */
export function Revisable({ text, revised }: { text: string; revised?: Extract<ReportChange, { kind: "figure" }> }) {
  if (!revised) return <>{text}</>;
  return (
    <>
      {text}
      <sup className="ml-0.5 font-semibold" aria-hidden="true">
        r
      </sup>
      <span className="sr-only"> (revised from {revised.from})</span>
    </>
  );
}

export function RagWord({ rag, illustrative }: { rag: "red" | "amber" | "green" | null; illustrative: boolean }) {
  if (!rag) return <>No RAG</>;
  return (
    <span className="whitespace-nowrap">
      <span aria-hidden="true">{RAG_STYLES[rag].shape} </span>
      {RAG_STYLES[rag].label}
      {illustrative ? "*" : ""}
    </span>
  );
}

export function WithYear({ text, year }: { text: string; year: string | null }) {
  return (
    <>
      {text}
      {year ? <span className="block text-gray-700">{year}</span> : null}
    </>
  );
}
