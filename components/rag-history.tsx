// An indicator's last 12 months of RAG: Tremor's Tracker (one square a month,
// its month and RAG word as the tooltip) for the eye, and the same months in
// words for everyone else — a visible count and a list a screen reader reads
// (the strip itself is colour and hover only, so it is hidden from assistive
// technology). Described once (`ragHistory`) for the indicator page
// (<RagHistory>) and a scorecard row's detail (kept HTML, where the strip is
// put in when the detail is filled: components/scorecard/details-loader.ts).
import type { ReactElement } from "react";
import { atomElement, type Atom } from "@/components/ui/atom";
import type { RagMonth } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { LazyRagTracker } from "./charts/tremor-lazy";
import { NO_RAG_SOLID, RAG_STYLES } from "./rag-badge";

export interface TrackerBlock {
  key: string;
  color: string;
  tooltip: string;
}

const word = (m: RagMonth) => `${monthLabel(m.period)}: ${m.rag ? RAG_STYLES[m.rag].label : "no RAG"}`;

/** The strip's squares: a colour and the month's words each. */
export function trackerBlocks(history: RagMonth[]): TrackerBlock[] {
  return history.map((m) => ({ key: m.period, color: m.rag ? RAG_STYLES[m.rag].solid : NO_RAG_SOLID, tooltip: word(m) }));
}

/** The strip's box (`tracker`: the strip itself, where React draws it) and the months in words. */
export function ragHistory(history: RagMonth[], tracker?: ReactElement): Atom {
  const count = (rag: RagMonth["rag"]) => history.filter((m) => m.rag === rag).length;
  const none = count(null);
  const summary =
    history.length === 0
      ? "No months yet."
      : `${monthLabel(history[0].period)} to ${monthLabel(history[history.length - 1].period)}: ${count("green")} green, ${count("amber")} amber, ${count("red")} red${none ? `, ${none} with no RAG` : ""}.`;
  return {
    tag: "div",
    attrs: { "data-rag-history": "", class: "space-y-1" },
    children: [
      // the strip's height kept before it loads, so nothing below it moves
      { tag: "div", attrs: { "aria-hidden": "true", class: "h-6 max-w-md", "data-rag-tracker": JSON.stringify(trackerBlocks(history)) }, children: [tracker] },
      { tag: "p", attrs: { class: "text-xs text-gray-800" }, children: [summary] },
      { tag: "ol", attrs: { class: "sr-only" }, children: history.map((m) => ({ tag: "li", children: [word(m)] })) },
    ],
  };
}

export function RagHistory({ history }: { history: RagMonth[] }) {
  return atomElement(ragHistory(history, <LazyRagTracker blocks={trackerBlocks(history)} />));
}
