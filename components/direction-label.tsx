// Direction of travel as an arrow plus the polarity judgement in words.
export const ARROWS = { up: "↑", down: "↓", same: "→" } as const;
export const JUDGEMENT_TEXT = { better: "better", worse: "worse", same: "no change", neutral: "no judgement" } as const;
export const JUDGEMENT_CLASS = {
  better: "text-blue-800",
  worse: "text-orange-800",
  same: "text-gray-700",
  neutral: "text-gray-700",
} as const;

export function DirectionLabel({
  direction,
  judgement,
}: {
  direction: "up" | "down" | "same" | null;
  judgement: "better" | "worse" | "same" | "neutral" | null;
}) {
  if (!direction) return <span className="text-gray-600">n/a</span>;
  return (
    <span className={`whitespace-nowrap ${judgement ? JUDGEMENT_CLASS[judgement] : ""}`}>
      <span aria-hidden="true">{ARROWS[direction]} </span>
      <span className="sr-only">{direction === "same" ? "unchanged" : direction}, </span>
      {judgement ? JUDGEMENT_TEXT[judgement] : direction}
    </span>
  );
}
