import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ytdFor, type PeriodValue } from "@/lib/figures";
import { monthly, pv } from "./helpers";

// M1 contacts received (sum), fixture figures Oct 2019 to Apr 2020
const m1 = monthly("2019-10", [1354, 1323, 1258, 1419, 1129, 1198, 1147]);

describe("YTD", () => {
  it("is April alone in April: March is never added to April", () => {
    const r = ytdFor({ aggregation: "sum", unit: "count", frequency: "monthly", period: "2020-04", values: m1 });
    expect(r.ytd).toBe(1147);
    expect(r.note).toBeNull();
    expect(r.periods).toEqual(["2020-04"]);
  });

  it("adds April to March for a sum, and says which months are missing", () => {
    // 2019/20 to March: only Oct–Mar are known. 1354 + 1323 + 1258 + 1419 + 1129 + 1198 = 7681
    const r = ytdFor({ aggregation: "sum", unit: "count", frequency: "monthly", period: "2020-03", values: m1 });
    expect(r.ytd).toBe(7681);
    expect(r.note).toBe(
      "partial: no figure for April 2019, May 2019, June 2019, July 2019, August 2019, September 2019",
    );
  });

  it("does not read a blank month as zero", () => {
    const values = monthly("2020-04", [10, null, 30]);
    const sum = ytdFor({ aggregation: "sum", unit: "count", frequency: "monthly", period: "2020-06", values });
    expect(sum.ytd).toBe(40);
    expect(sum.note).toBe("partial: no figure for May 2020");
    const mean = ytdFor({ aggregation: "mean", unit: "days", frequency: "monthly", period: "2020-06", values });
    expect(mean.ytd).toBe(20); // (10 + 30) / 2, not (10 + 0 + 30) / 3
  });

  it("is null with no figure at all this year", () => {
    const r = ytdFor({ aggregation: "sum", unit: "count", frequency: "monthly", period: "2020-05", values: monthly("2019-10", [1, 2, 3]) });
    expect(r.ytd).toBeNull();
    expect(r.note).toBe("no figures yet in 2020/21");
  });

  it("has none for point-in-time figures", () => {
    const r = ytdFor({ aggregation: "point", unit: "count", frequency: "monthly", period: "2020-04", values: m1 });
    expect(r).toEqual({ ytd: null, note: "no YTD for point-in-time figures", periods: [] });
  });

  it("divides summed numerators by summed denominators for a ratio (percent stored 0–100)", () => {
    // April 60/120 (50%), May 30/100 (30%), June 10/80 (12.5%).
    // YTD = (60 + 30 + 10) / (120 + 100 + 80) × 100 = 100 / 300 × 100 = 33.33…%
    // (the mean of the three percentages would be 30.83%: wrong)
    const values: PeriodValue[] = [
      pv("2020-04", 50, { numerator: 60, denominator: 120 }),
      pv("2020-05", 30, { numerator: 30, denominator: 100 }),
      pv("2020-06", 12.5, { numerator: 10, denominator: 80 }),
    ];
    const r = ytdFor({ aggregation: "ratio", unit: "percent", frequency: "monthly", period: "2020-06", values });
    expect(r.ytd).toBeCloseTo(33.3333333333, 9);
    expect(r.note).toBeNull();
    // docs/domain.md's example: 750 of 1578 is 47.5%
    const one = ytdFor({ aggregation: "ratio", unit: "percent", frequency: "monthly", period: "2020-04", values: [pv("2020-04", 47.5, { numerator: 750, denominator: 1578 })] });
    expect(one.ytd).toBeCloseTo(47.53, 2);
  });

  it("falls back to the months with both counts when some lack a numerator, and says so", () => {
    const values: PeriodValue[] = [
      pv("2020-04", 50, { numerator: 60, denominator: 120 }),
      pv("2020-05", 30), // a percentage without its counts: left out, not guessed
      pv("2020-06", 12.5, { numerator: 10, denominator: 80 }),
    ];
    const r = ytdFor({ aggregation: "ratio", unit: "percent", frequency: "monthly", period: "2020-07", values });
    // (60 + 10) / (120 + 80) × 100 = 35
    expect(r.ytd).toBe(35);
    expect(r.note).toBe("partial: no numerator and denominator for May 2020, July 2020");
    expect(r.periods).toEqual(["2020-04", "2020-06"]);
  });

  it("refuses a ratio with no counts at all, or with denominators adding to zero", () => {
    const none = ytdFor({ aggregation: "ratio", unit: "percent", frequency: "monthly", period: "2020-05", values: monthly("2020-04", [50, 60]) });
    expect(none.ytd).toBeNull();
    expect(none.note).toBe("no numerators and denominators yet in 2020/21");
    const zero = ytdFor({ aggregation: "ratio", unit: "percent", frequency: "monthly", period: "2020-04", values: [pv("2020-04", null, { numerator: 0, denominator: 0 })] });
    expect(zero.ytd).toBeNull();
    expect(zero.note).toBe("the denominators for 2020/21 add up to zero");
  });

  it("scales a ratio by unit: × 1 for a plain number (average caseload)", () => {
    const values = [pv("2020-04", 18, { numerator: 360, denominator: 20 }), pv("2020-05", 17, { numerator: 340, denominator: 20 })];
    const r = ytdFor({ aggregation: "ratio", unit: "number", frequency: "monthly", period: "2020-05", values });
    expect(r.ytd).toBe(17.5);
  });

  it("expects only quarter-ends for a quarterly figure", () => {
    const values = [pv("2020-06", 10), pv("2020-09", 20), pv("2020-12", 30)];
    const r = ytdFor({ aggregation: "sum", unit: "count", frequency: "quarterly", period: "2020-12", values });
    expect(r.ytd).toBe(60);
    expect(r.note).toBeNull();
    expect(r.periods).toEqual(["2020-06", "2020-09", "2020-12"]);
    const gap = ytdFor({ aggregation: "sum", unit: "count", frequency: "quarterly", period: "2021-03", values });
    expect(gap.ytd).toBe(60);
    expect(gap.note).toBe("partial: no figure for March 2021");
  });

  it("uses whatever terms have a figure for a termly figure", () => {
    // summer 2020 (July) opens 2020/21; the spring term of 2019/20 (March 2020) is last year's
    const values = [pv("2020-03", 100), pv("2020-07", 5), pv("2020-12", 7), pv("2021-03", 9)];
    const r = ytdFor({ aggregation: "mean", unit: "percent", frequency: "termly", period: "2021-03", values });
    expect(r.ytd).toBe(7); // (5 + 7 + 9) / 3
    expect(r.note).toBeNull();
    expect(r.periods).toEqual(["2020-07", "2020-12", "2021-03"]);
  });

  it("ratio YTD is Σ numerators / Σ denominators (property)", () => {
    const month = fc.record({ numerator: fc.integer({ min: 0, max: 5000 }), denominator: fc.integer({ min: 1, max: 5000 }) });
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 12 }), (months) => {
        const values = months.map((m, i) =>
          pv(`${i < 9 ? 2020 : 2021}-${String(((i + 3) % 12) + 1).padStart(2, "0")}`, (m.numerator / m.denominator) * 100, m),
        );
        const period = values.at(-1)!.period;
        const r = ytdFor({ aggregation: "ratio", unit: "percent", frequency: "monthly", period, values });
        const expected = (months.reduce((s, m) => s + m.numerator, 0) / months.reduce((s, m) => s + m.denominator, 0)) * 100;
        return r.note === null && Math.abs(r.ytd! - expected) <= 1e-9 * Math.max(1, expected);
      }),
    );
  });
});
