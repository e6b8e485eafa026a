// A chart's value axis: a few round ticks ("nice numbers": steps of 1, 2, 2.5
// or 5 times a power of ten) that cover every value drawn. Counts and
// percentages start at zero, so a line's height is read against nothing
// (a chart that starts near the data makes a small change look large);
// other units start at a round number at or below their lowest value. Pure.
import type { Unit } from "@/lib/figures/types";

export interface ValueScale {
  /** the axis's ends: the lowest and highest tick */
  bottom: number;
  top: number;
  /** the values labelled, lowest first */
  ticks: number[];
}

/** Units whose axis starts at zero. */
const FROM_ZERO: readonly Unit[] = ["count", "percent"];

function niceStep(span: number, most: number): number {
  const rough = span / most;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough);
  return step ?? 10 * power;
}

/** Round away the float noise of repeated steps (0.1 + 0.2). */
const clean = (n: number) => Number(n.toPrecision(12));

export function valueScale(values: number[], unit: Unit, most = 6): ValueScale {
  const fromZero = FROM_ZERO.includes(unit) && Math.min(...values) >= 0;
  let low = fromZero ? 0 : Math.min(...values);
  let high = Math.max(...values);
  if (high === low) {
    // one value throughout: a step either side of it (or 0 to it)
    high = high === 0 ? 1 : high + Math.abs(high) * 0.1;
    if (!fromZero) low = low - (high - low);
  }
  // a count is a whole number, so is each of its ticks
  const step = Math.max(niceStep(high - low, Math.max(1, most - 1)), unit === "count" ? 1 : 0);
  const bottom = clean(Math.floor(low / step) * step);
  const top = clean(Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let t = bottom; t <= top + step / 2; t += step) ticks.push(clean(t));
  return { bottom, top, ticks };
}
