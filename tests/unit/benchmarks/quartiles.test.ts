import { describe, expect, it } from "vitest";
import { best, mean, median, quantile, quartileOf, quartileThresholds, rankOf } from "@/lib/benchmarks/quartiles";

describe("quartiles: QUARTILE.INC / R type 7", () => {
  // 1, 2, 3, 4, 10: h = (n−1)p → Q1 at position 1 (2), Q3 at position 3 (4)
  it("on five values", () => {
    const values = [10, 3, 1, 4, 2];
    expect(quantile(values, 0.25)).toBe(2);
    expect(quantile(values, 0.5)).toBe(3);
    expect(quantile(values, 0.75)).toBe(4);
  });

  // 1, 2, 3, 4: Q1 at 0.75 → 1 + 0.75 × 1 = 1.75; Q3 at 2.25 → 3.25
  it("interpolates between ranks", () => {
    expect(quantile([4, 3, 2, 1], 0.25)).toBe(1.75);
    expect(quantile([4, 3, 2, 1], 0.75)).toBe(3.25);
    expect(median([4, 3, 2, 1])).toBe(2.5);
  });

  it("none for no values", () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(mean([])).toBeNull();
  });

  it("top quartile by polarity: the 75th percentile when higher is better, the 25th when lower is", () => {
    expect(quartileThresholds([1, 2, 3, 4, 10], "high")).toEqual({ top: 4, middle: 3, bottom: 2 });
    expect(quartileThresholds([1, 2, 3, 4, 10], "low")).toEqual({ top: 2, middle: 3, bottom: 4 });
    expect(quartileThresholds([1, 2, 3], "info")).toBeNull();
    expect(quartileThresholds([1, 2, 3], "range")).toBeNull();
  });

  it("quartile 1 is best; a value on a threshold counts in the better quartile", () => {
    const high = quartileThresholds([1, 2, 3, 4, 10], "high")!;
    expect([10, 4, 3.5, 3, 2, 1].map((v) => quartileOf(v, high, "high"))).toEqual([1, 1, 2, 2, 3, 4]);
    const low = quartileThresholds([1, 2, 3, 4, 10], "low")!;
    expect([1, 2, 2.5, 3, 4, 10].map((v) => quartileOf(v, low, "low"))).toEqual([1, 1, 2, 2, 3, 4]);
  });
});

describe("ranks and best", () => {
  it("1 is best by polarity; equal figures share a rank", () => {
    expect(rankOf(5, [5, 7, 5, 1], "high")).toEqual({ rank: 2, of: 4 });
    expect(rankOf(5, [5, 7, 5, 1], "low")).toEqual({ rank: 2, of: 4 });
    expect(rankOf(1, [5, 7, 5, 1], "low")).toEqual({ rank: 1, of: 4 });
    expect(rankOf(1, [5, 7, 5, 1], "info")).toBeNull();
  });

  it("best is the highest or the lowest; none without a polarity", () => {
    expect(best([3, 9, 1], "high")).toBe(9);
    expect(best([3, 9, 1], "low")).toBe(1);
    expect(best([3, 9, 1], "range")).toBeNull();
  });
});
