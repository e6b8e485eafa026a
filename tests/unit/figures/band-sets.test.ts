import { describe, expect, it } from "vitest";
import { bandSetHistory, bandSetInForce, bandsAndTargetFor, type BandSet } from "@/lib/figures/band-sets";
import { figuresFor } from "@/lib/figures";

const set = (effectiveFrom: string, greenMin: number, target: number | null = null): BandSet => ({ effectiveFrom, greenMin, greenMax: null, amberMin: greenMin - 5, amberMax: null, target });
const sets = [set("2020-04", 95, 96), set("2019-04", 90, 92)];

describe("the set of bands and target in force in a month", () => {
  it("is the latest set from that month or before", () => {
    expect(bandSetInForce(sets, "2020-03")?.greenMin).toBe(90);
    expect(bandSetInForce(sets, "2020-04")?.greenMin).toBe(95);
    expect(bandSetInForce(sets, "2021-01")?.greenMin).toBe(95);
  });

  it("is the earliest set for a month before every set, and none without sets", () => {
    expect(bandSetInForce(sets, "2018-06")?.greenMin).toBe(90);
    expect(bandSetInForce([], "2020-04")).toBeNull();
  });

  it("falls back to the indicator's own bands and target when it has no sets", () => {
    const own = { bands: { greenMin: 1, greenMax: null, amberMin: null, amberMax: null }, target: 3 };
    expect(bandsAndTargetFor({ ...own, bandSets: [] }, "2020-04")).toEqual(own);
    expect(bandsAndTargetFor({ ...own, bandSets: sets }, "2020-03")).toEqual({ bands: { greenMin: 90, greenMax: null, amberMin: 85, amberMax: null }, target: 92 });
  });

  it("lists the history oldest first with the last month each set was in force", () => {
    expect(bandSetHistory(sets).map((s) => [s.effectiveFrom, s.until])).toEqual([["2019-04", "2020-03"], ["2020-04", null]]);
  });

  it("rates each month, and the month before, by its own set: a new set leaves last year's RAG", () => {
    const values = [
      { period: "2020-03", value: 93, numerator: null, denominator: null, revised: false },
      { period: "2020-04", value: 93, numerator: null, denominator: null, revised: false },
    ];
    const indicator = { code: "X", polarity: "high" as const, unit: "percent" as const, aggregation: "point" as const, decimals: 0, frequency: "monthly" as const, bands: sets[0], target: 96, bandSets: sets };
    const common = { indicator, values, outturns: [], benchmarks: [], population: {}, spc: { runLength: 6, screenMovingRanges: false } };
    const march = figuresFor({ ...common, period: "2020-03" });
    const april = figuresFor({ ...common, period: "2020-04" });
    expect([march.rag, march.target]).toEqual(["green", 92]);
    expect([april.rag, april.target, april.previousRag]).toEqual(["amber", 96, "green"]);
  });
});
