import { describe, expect, it } from "vitest";
import { extremesBefore, furthestExtreme, gapChange, insideBand, periodsHeldWithin } from "@/lib/figures/context";

const points = [
  { period: "2020-08", value: 650 },
  { period: "2020-09", value: 702 },
  { period: "2020-10", value: 702 },
  { period: "2021-03", value: 480 },
  { period: "2021-09", value: 500.5 },
];

describe("peak and trough", () => {
  it("finds the first month of the highest figure before the month and the distance from it", () => {
    const { peak, trough } = extremesBefore(points, "2021-09");
    expect(peak).toEqual({ kind: "peak", period: "2020-09", value: 702, difference: -201.5, relativePct: -28.7037037037 });
    expect(trough).toEqual({ kind: "trough", period: "2021-03", value: 480, difference: 20.5, relativePct: 4.27083333333 });
  });

  it("has no peak when the month is itself the highest, and ignores later months", () => {
    const { peak, trough } = extremesBefore([...points, { period: "2022-01", value: 900 }], "2020-09");
    expect(peak).toBeNull();
    expect(trough?.period).toBe("2020-08");
    expect(extremesBefore(points, "2019-01")).toEqual({ peak: null, trough: null });
  });

  it("picks the extreme furthest away for a paper's one sentence", () => {
    expect(furthestExtreme(extremesBefore(points, "2021-09"))?.kind).toBe("peak");
    expect(furthestExtreme({ peak: null, trough: null })).toBeNull();
  });
});

describe("the gap to a comparator over 12 months", () => {
  it("narrows, widens, crosses or stays", () => {
    expect(gapChange({ value: 100, comparator: 57.07 }, { value: 120, comparator: 49.31 })).toEqual({ then: 70.69, now: 42.93, movement: "narrowed" });
    expect(gapChange({ value: 130, comparator: 50 }, { value: 120, comparator: 50 })?.movement).toBe("widened");
    expect(gapChange({ value: 40, comparator: 50 }, { value: 60, comparator: 50 })?.movement).toBe("crossed");
    expect(gapChange({ value: 60, comparator: 50 }, { value: 40, comparator: 30 })?.movement).toBe("unchanged");
  });

  it("says nothing without a comparator a year before", () => {
    expect(gapChange({ value: 100, comparator: 50 }, { value: 90, comparator: undefined })).toBeNull();
  });
});

describe("held within a band", () => {
  const run = ["2020-01", "2020-02", "2020-03", "2020-04"].map((period, i) => ({ period, value: [30, 45, 48, 50][i] }));

  it("counts consecutive months back from the month", () => {
    expect(periodsHeldWithin(run, "2020-04", insideBand({ min: 40, max: 50 }))).toBe(3);
    expect(periodsHeldWithin(run, "2020-01", insideBand({ min: 40, max: null }))).toBe(0);
  });

  it("stops at a month without a figure, and steps by quarters", () => {
    const gap = run.filter((p) => p.period !== "2020-02");
    expect(periodsHeldWithin(gap, "2020-04", insideBand({ min: null, max: 100 }))).toBe(2);
    expect(periodsHeldWithin([{ period: "2020-01", value: 1 }, { period: "2020-04", value: 1 }], "2020-04", () => true, 3)).toBe(2);
  });
});
