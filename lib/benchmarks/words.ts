// The words pages use for benchmarks, in one place.

/** the national quartile, 1 = best by the indicator's polarity */
export const QUARTILE_TEXT: Record<1 | 2 | 3 | 4, string> = {
  1: "Top quartile",
  2: "Second quartile",
  3: "Third quartile",
  4: "Bottom quartile",
};

export const QUARTILE_METHOD_TEXT =
  "Quartiles are of every authority with a figure, by linear interpolation (Excel's QUARTILE.INC, R type 7); the top quartile is the best quarter by the indicator's polarity.";

export const LEFT_OUT_TEXT = "DfE symbols (c, z, x, :, low, k, u) and authorities absent from a year are left out, never counted as zero.";

/** a benchmark figure: up to two decimals, "n/a" when missing */
const twoDecimals = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
export function benchmarkFigure(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "n/a" : twoDecimals.format(value);
}

/** "4 of 149", "n/a" */
export function rankText(rank: { rank: number; of: number } | null): string {
  return rank ? `${rank.rank} of ${rank.of}` : "n/a";
}
