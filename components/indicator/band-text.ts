// RAG bands as a sentence ("green 95 or more; amber 92 to 95; red otherwise").
import { formatValue } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";

export function bandText(
  bands: { greenMin: number | null; greenMax: number | null; amberMin: number | null; amberMax: number | null },
  unit: Unit,
  decimals: number,
): string | null {
  const f = (n: number) => formatValue(n, unit, decimals);
  const range = (min: number | null, max: number | null) =>
    min !== null && max !== null ? `${f(min)} to ${f(max)}` : min !== null ? `${f(min)} or more` : max !== null ? `${f(max)} or less` : null;
  const green = range(bands.greenMin, bands.greenMax);
  if (!green) return null;
  const amber = range(bands.amberMin, bands.amberMax);
  return `Green ${green}; ${amber ? `amber ${amber} (when not green); ` : ""}red otherwise.`;
}
