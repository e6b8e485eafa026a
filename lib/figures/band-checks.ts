// Whether a set of RAG bands makes sense (the band rule is ./rag.ts): each
// band's lower bound at most its upper bound, and an amber band only beside a
// green one (with no green band every value would be red or amber, never
// green, which is never what a council means). The catalogue form asks this;
// the import's rules are the same (lib/import/validate-indicators.ts).
import type { Bands } from "./types";

export interface BandProblem {
  field: keyof Bands;
  message: string;
}

export function bandProblems(bands: Bands): BandProblem[] {
  const problems: BandProblem[] = [];
  const { greenMin, greenMax, amberMin, amberMax } = bands;
  if (greenMin !== null && greenMax !== null && greenMin > greenMax) {
    problems.push({ field: "greenMax", message: `The green band's upper bound (${greenMax}) is below its lower bound (${greenMin}).` });
  }
  if (amberMin !== null && amberMax !== null && amberMin > amberMax) {
    problems.push({ field: "amberMax", message: `The amber band's upper bound (${amberMax}) is below its lower bound (${amberMin}).` });
  }
  if ((amberMin !== null || amberMax !== null) && greenMin === null && greenMax === null) {
    problems.push({ field: amberMin !== null ? "amberMin" : "amberMax", message: "An amber band needs a green band beside it: give a green bound too." });
  }
  return problems;
}
