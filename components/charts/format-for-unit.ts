// Client charts cannot receive functions from server components, so they
// build their value formatter from the unit and decimals they are given.
import { formatValue } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";

export function formatterFor(unit: Unit, decimals: number) {
  return (value: number) => formatValue(value, unit, decimals);
}
