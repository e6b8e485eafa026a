// The words pages use for benchmarks, in one place.
import { roundTo } from "@/lib/figures/round";
import { formatDate } from "@/lib/dates";
import type { RateSource } from "./types";

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
  return value === null || value === undefined || !Number.isFinite(value) ? "n/a" : twoDecimals.format(roundTo(value, 2));
}

/** a benchmark figure as the pages round it (two decimals), for JSON; null stays null */
export function benchmarkNumber(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : roundTo(value, 2);
}

/** "rate per 10,000 made from counts with the ONS mid-2019 0–17 estimates (ons_….csv, imported 7 December 2026)" */
export function rateSourceText(from: RateSource): string {
  return `rate per 10,000 made from counts with the ONS mid-${from.populationYear} 0–17 estimates (${from.fileName}, imported ${formatDate(new Date(from.importedAt))})`;
}

/** "4 of 149", "n/a" */
export function rankText(rank: { rank: number; of: number } | null): string {
  return rank ? `${rank.rank} of ${rank.of}` : "n/a";
}
