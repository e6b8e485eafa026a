// A board paper chart's value axis: round ticks covering the values, from zero for counts and percentages.
import { describe, expect, it } from "vitest";
import { valueScale } from "@/lib/views/chart-scale";

describe("valueScale", () => {
  it("starts a count's axis at zero, with round ticks above its highest value", () => {
    expect(valueScale([412, 487, 455], "count")).toEqual({ bottom: 0, top: 500, ticks: [0, 100, 200, 300, 400, 500] });
  });

  it("starts a percentage's axis at zero too", () => {
    const scale = valueScale([21.3, 26.9, 24.25], "percent");
    expect(scale.ticks).toEqual([0, 10, 20, 30]);
  });

  it("starts other units at a round number at or below their lowest value", () => {
    const scale = valueScale([52.1, 57.4, 61], "rate_per_10k");
    expect(scale.ticks[0]).toBeLessThanOrEqual(52.1);
    expect(scale.ticks[0]).toBeGreaterThan(45);
    expect(scale.top).toBeGreaterThanOrEqual(61);
  });

  it("gives one value throughout a range around it, and never labels with float noise", () => {
    expect(valueScale([0, 0], "count").ticks).toEqual([0, 1]);
    expect(valueScale([0, 2], "count").ticks).toEqual([0, 1, 2]);
    expect(valueScale([0.1, 0.3], "ratio").ticks.every((t) => String(t).length <= 4)).toBe(true);
  });

  it("keeps a negative value in view", () => {
    const scale = valueScale([-3, 5], "count");
    expect(scale.bottom).toBeLessThanOrEqual(-3);
    expect(scale.top).toBeGreaterThanOrEqual(5);
  });
});
