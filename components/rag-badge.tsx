// RAG is never colour alone: each badge carries its word and a shape. The
// badge is described once (`ragBadge`, components/ui/atom.ts) and drawn by
// <RagBadge> and by the kept HTML (the scorecard table, the board paper) alike.
import { atomElement, type Atom } from "@/components/ui/atom";
import type { Rag } from "@/lib/figures/types";

export const RAG_STYLES = {
  // `solid`: the colour of a month's square in a RAG history (Tremor's Tracker), 3:1 or more on white
  green: { label: "Green", shape: "●", className: "bg-green-100 text-green-900 ring-green-700", solid: "green-700" },
  amber: { label: "Amber", shape: "◆", className: "bg-amber-100 text-amber-900 ring-amber-700", solid: "amber-600" },
  red: { label: "Red", shape: "▲", className: "bg-red-100 text-red-900 ring-red-700", solid: "red-700" },
} as const;

/** A month with no RAG (no figure, or no bands) in a RAG history. */
export const NO_RAG_SOLID = "gray-300";

const ILLUSTRATIVE = "Illustrative bands (demo data), not the council's own";

/** Words in grey: what a cell says when it has nothing to show ("No RAG", "n/a"). */
export function mutedText(text: string, className = "text-gray-600"): Atom {
  return { tag: "span", attrs: { class: className }, children: [text] };
}

/**
 * A RAG badge: the shape and the word (or `text`, e.g. "3 red") in a tinted
 * box, a star after it for illustrative bands; "No RAG" in grey words.
 */
export function ragBadge(
  rag: Rag | null,
  { illustrative = false, text, tag = "span", size = "xs" }: { illustrative?: boolean; text?: string; tag?: "span" | "li"; size?: "xs" | "sm" } = {},
): Atom {
  if (!rag) return mutedText("No RAG");
  const style = RAG_STYLES[rag];
  return {
    tag,
    attrs: {
      class: `inline-flex items-center gap-1 rounded px-2 py-0.5 ${size === "sm" ? "text-sm" : "text-xs"} font-semibold ring-1 ring-inset ${style.className}`,
      title: illustrative ? ILLUSTRATIVE : undefined,
    },
    children: [
      { tag: "span", attrs: { "aria-hidden": "true" }, children: [style.shape] },
      text ?? style.label,
      illustrative ? { tag: "span", attrs: { class: "font-normal" }, children: ["*"] } : null,
    ],
  };
}

export function RagBadge({ rag, illustrative = false }: { rag: Rag | null; illustrative?: boolean }) {
  return atomElement(ragBadge(rag, { illustrative }));
}
