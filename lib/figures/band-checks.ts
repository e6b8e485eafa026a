// Whether a set of RAG bands makes sense (the band rule is ./rag.ts). One set
// of rules for the catalogue editor and the catalogue import
// (lib/import/validate-indicators.ts), so a set one refuses the other does too:
// - each band's lower bound at most its upper bound;
// - an amber band only beside a green one (with no green band every value
//   would be red or amber, never green, which is never what a council means);
// - the amber band reachable: green is checked first, so an amber band lying
//   wholly inside the green one would never show;
// - amber on the worse side of green: with higher better, amber starts below
//   where green starts ("green from 95, amber from 99" is refused); with
//   lower better, amber ends above where green ends.
import type { Bands, Polarity } from "./types";

export interface BandProblem {
  field: keyof Bands;
  message: string;
}

const within = (min: number | null, max: number | null, outerMin: number | null, outerMax: number | null) =>
  (outerMin === null || (min !== null && min >= outerMin)) && (outerMax === null || (max !== null && max <= outerMax));

export function bandProblems(bands: Bands, polarity: Polarity | null = null): BandProblem[] {
  const problems: BandProblem[] = [];
  const { greenMin, greenMax, amberMin, amberMax } = bands;
  if (greenMin !== null && greenMax !== null && greenMin > greenMax) {
    problems.push({ field: "greenMax", message: `The green band's upper bound (${greenMax}) is below its lower bound (${greenMin}).` });
  }
  if (amberMin !== null && amberMax !== null && amberMin > amberMax) {
    problems.push({ field: "amberMax", message: `The amber band's upper bound (${amberMax}) is below its lower bound (${amberMin}).` });
  }
  const hasGreen = greenMin !== null || greenMax !== null;
  const hasAmber = amberMin !== null || amberMax !== null;
  if (hasAmber && !hasGreen) {
    problems.push({ field: amberMin !== null ? "amberMin" : "amberMax", message: "An amber band needs a green band beside it: give a green bound too." });
  }
  if (problems.length > 0 || !hasAmber || !hasGreen) return problems;
  if (polarity === "high" && greenMin !== null && amberMin !== null && amberMin >= greenMin) {
    problems.push({ field: "amberMin", message: `Higher is better, so amber must start below green: amber from ${amberMin} is not below green from ${greenMin}.` });
  } else if (polarity === "low" && greenMax !== null && amberMax !== null && amberMax <= greenMax) {
    problems.push({ field: "amberMax", message: `Lower is better, so amber must end above green: amber to ${amberMax} is not above green to ${greenMax}.` });
  } else if (within(amberMin, amberMax, greenMin, greenMax)) {
    problems.push({ field: amberMin !== null ? "amberMin" : "amberMax", message: "The amber band lies wholly inside the green band, so no figure would ever be amber." });
  }
  return problems;
}
