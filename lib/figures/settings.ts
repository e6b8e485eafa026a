// An indicator's settings (./types.ts IndicatorSettings) taken from any row
// that carries them among other things: a file's record, a stored row.
import type { IndicatorSettings } from "./types";

export function indicatorSettings(row: IndicatorSettings): IndicatorSettings {
  const { polarity, unit, aggregation, decimals, frequency, basis, greenMin, greenMax, amberMin, amberMax, target, outcome, definition } = row;
  return { polarity, unit, aggregation, decimals, frequency, basis, greenMin, greenMax, amberMin, amberMax, target, outcome, definition };
}
