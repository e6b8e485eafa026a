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

export function directionLabel(direction: Direction | null, judgement: Judgement | null): Atom {
  if (!direction) return mutedText("n/a");
  return {
    tag: "span",
    attrs: { class: judgement ? `whitespace-nowrap ${JUDGEMENT_CLASS[judgement]}` : "whitespace-nowrap" },
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
