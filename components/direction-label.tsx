// Direction of travel as an arrow plus the polarity judgement in words,
// described once (`directionLabel`) for <DirectionLabel> and the kept HTML.
import { atomElement, type Atom } from "@/components/ui/atom";
import type { Direction, Judgement } from "@/lib/figures/types";
import { mutedText } from "./rag-badge";

export const ARROWS = { up: "↑", down: "↓", same: "→" } as const;
export const JUDGEMENT_TEXT = { better: "better", worse: "worse", same: "no change", neutral: "no judgement" } as const;
const JUDGEMENT_CLASS = {
  better: "text-blue-800",
  worse: "text-orange-800",
  same: "text-gray-700",
  neutral: "text-gray-700",
} as const;

/** `wrap`: the words may break over two lines (a narrow table column); otherwise they stay on one. */
export function directionLabel(direction: Direction | null, judgement: Judgement | null, { wrap = false }: { wrap?: boolean } = {}): Atom {
  if (!direction) return mutedText("n/a");
  const classes = [wrap ? "" : "whitespace-nowrap", judgement ? JUDGEMENT_CLASS[judgement] : ""].filter(Boolean).join(" ");
  return {
    tag: "span",
    attrs: { class: classes || undefined },
    children: [
      { tag: "span", attrs: { "aria-hidden": "true" }, children: [`${ARROWS[direction]} `] },
      { tag: "span", attrs: { class: "sr-only" }, children: [`${direction === "same" ? "unchanged" : direction}, `] },
      judgement ? JUDGEMENT_TEXT[judgement] : direction,
    ],
  };
}

export function DirectionLabel({ direction, judgement }: { direction: Direction | null; judgement: Judgement | null }) {
  return atomElement(directionLabel(direction, judgement));
}
