// RAG bands as a sentence ("Green 95% or more; amber 92% up to 95%; red below
// 92%.", or for a range "Green within ±5 of 158.8 …"): lib/figures/tolerances.ts.
import { tolerancesFor } from "@/lib/format";
import type { Bands, Unit } from "@/lib/figures/types";

export function bandText(bands: Bands, unit: Unit, decimals: number, target: number | null = null): string | null {
  return tolerancesFor(bands, target, unit, decimals).summary;
}
