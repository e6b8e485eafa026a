// Quartiles and ranks across authorities.
//
// QUARTILE METHOD: linear interpolation between the closest ranks, the
// "inclusive" method of Excel's QUARTILE.INC and R's quantile(type = 7): with
// the n values sorted ascending, the p-quantile is at position h = (n − 1)p
// (0-based), interpolated between the values either side. The top-quartile
// threshold is the 75th percentile when higher is better and the 25th when
// lower is better.
import type { Polarity } from "./types";

/** p-quantile of the values (type 7); null when there are none */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

const judged = (polarity: Polarity): polarity is "high" | "low" => polarity === "high" || polarity === "low";

/** the best value by polarity; null for info and range indicators */
export function best(values: readonly number[], polarity: Polarity): number | null {
  if (!judged(polarity) || values.length === 0) return null;
  return polarity === "high" ? Math.max(...values) : Math.min(...values);
}

/** national thresholds by polarity: the edge of the best quartile, the median and the edge of the worst */
export function quartileThresholds(
  values: readonly number[],
  polarity: Polarity,
): { top: number; middle: number; bottom: number } | null {
  if (!judged(polarity) || values.length === 0) return null;
  const q1 = quantile(values, 0.25)!;
  const q2 = quantile(values, 0.5)!;
  const q3 = quantile(values, 0.75)!;
  return polarity === "high" ? { top: q3, middle: q2, bottom: q1 } : { top: q1, middle: q2, bottom: q3 };
}

/** which national quartile a value is in, 1 = best; a value on a threshold counts in the better quartile */
export function quartileOf(value: number, thresholds: { top: number; middle: number; bottom: number }, polarity: Polarity): 1 | 2 | 3 | 4 | null {
  if (!judged(polarity)) return null;
  const atLeast = (threshold: number) => (polarity === "high" ? value >= threshold : value <= threshold);
  if (atLeast(thresholds.top)) return 1;
  if (atLeast(thresholds.middle)) return 2;
  if (atLeast(thresholds.bottom)) return 3;
  return 4;
}

/** rank of `value` among `values` (which include it), 1 = best; equal values share a rank ("1, 2, 2, 4") */
export function rankOf(value: number, values: readonly number[], polarity: Polarity): { rank: number; of: number } | null {
  if (!judged(polarity)) return null;
  const better = values.filter((v) => (polarity === "high" ? v > value : v < value)).length;
  return { rank: better + 1, of: values.length };
}
