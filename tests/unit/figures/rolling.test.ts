import { describe, expect, it } from "vitest";
import { average12, max12, figuresInLast12Months } from "@/lib/figures";
import { monthly, pv } from "./helpers";

describe("12-month average and maximum", () => {
  it("uses M−11 … M and leaves missing months out", () => {
    // EH4-QL, fixture: Oct-19 … Apr-20 = 44, 61, 69, 65, 82, 88, 79 (May–Sep 2019 not in the source)
    // average = (44 + 61 + 69 + 65 + 82 + 88 + 79) / 7 = 488 / 7 = 69.714285714…
    const eh4 = monthly("2019-10", [44, 61, 69, 65, 82, 88, 79]);
    expect(average12(eh4, "2020-04")).toBeCloseTo(69.7142857143, 9);
    expect(max12(eh4, "2020-04")).toBe(88);
  });

  it("does not reach back past M−11 or forward past M", () => {
    const values = monthly("2019-01", [1000, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 2000]);
    // M = 2020-01: window Feb 2019 … Jan 2020 = 1 … 12; Jan 2019 (1000) and Feb 2020 (2000) are outside
    expect(figuresInLast12Months(values, "2020-01")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(average12(values, "2020-01")).toBe(6.5);
    expect(max12(values, "2020-01")).toBe(12);
  });

  it("counts a zero as a figure but a blank as nothing", () => {
    const values = [pv("2020-03", 0), pv("2020-04", null), pv("2020-02", 6)];
    expect(average12(values, "2020-04")).toBe(3);
    expect(max12(values, "2020-04")).toBe(6);
  });

  it("is null when there is no figure in the window", () => {
    expect(average12([pv("2018-01", 5)], "2020-04")).toBeNull();
    expect(max12([], "2020-04")).toBeNull();
  });
});
