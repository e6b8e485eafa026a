// The demo fixture has no RAG bands. So that the demo shows RAG, indicators
// with a target or an England benchmark get illustrative bands by one rule,
// and every page that shows them says they are illustrative.
import type { Bands, Polarity } from "@/lib/figures/types";
import { roundTo } from "@/lib/figures/round";

export const ILLUSTRATIVE_BANDS_RULE =
  "Illustrative RAG bands for the demo, not the council's own: green at or better than the target " +
  "(or, with no target, the England benchmark), amber within 10% of it, red beyond. " +
  "Only indicators with a high or low polarity and a target or England figure have them.";

export function illustrativeBands({
  polarity,
  target,
  england,
}: {
  polarity: Polarity;
  target: number | null;
  england: number | null;
}): Bands | null {
  const reference = target ?? england;
  if (reference === null || (polarity !== "high" && polarity !== "low")) return null;
  const round = (n: number) => roundTo(n, 2);
  return polarity === "high"
    ? { greenMin: reference, greenMax: null, amberMin: round(reference * 0.9), amberMax: null }
    : { greenMin: null, greenMax: reference, amberMin: null, amberMax: round(reference * 1.1) };
}
