import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addMonths,
  comparePeriods,
  financialYearOf,
  financialYearStart,
  isPeriod,
  lastYearPeriodFor,
  monthsBetween,
  monthsOfFinancialYearTo,
  periodLabel,
  previousPeriodFor,
  samePeriodLastYear,
  shortLabel,
} from "@/lib/figures";

describe("periods", () => {
  it.each([
    { value: "2020-04", ok: true }, { value: "2020-13", ok: false }, { value: "2020-00", ok: false },
    { value: "2020-4", ok: false }, { value: "Apr-20", ok: false }, { value: 202004, ok: false },
  ])("recognises well-formed months only: $value is a month: $ok", ({ value, ok }) => {
    expect(isPeriod(value)).toBe(ok);
  });

  it.each([
    { from: "2020-04", by: -1, to: "2020-03" }, { from: "2020-01", by: -1, to: "2019-12" }, { from: "2019-12", by: 1, to: "2020-01" },
    { from: "2020-04", by: -12, to: "2019-04" }, { from: "2020-04", by: -119, to: "2010-05" },
  ])("adds months across year ends both ways: $from + $by is $to", ({ from, by, to }) => {
    expect(addMonths(from, by)).toBe(to);
  });

  it("counts the months between two periods", () => {
    expect(monthsBetween("2019-10", "2020-04")).toBe(6);
  });

  it("orders periods", () => {
    expect(comparePeriods("2019-12", "2020-01")).toBeLessThan(0);
    expect(comparePeriods("2020-04", "2020-04")).toBe(0);
    expect(["2020-04", "2019-10", "2020-01"].sort(comparePeriods)).toEqual(["2019-10", "2020-01", "2020-04"]);
  });

  it.each([
    { month: "2020-03", year: "2019/20" }, { month: "2020-04", year: "2020/21" },
    { month: "2019-04", year: "2019/20" }, { month: "1999-06", year: "1999/00" },
  ])("puts March in the old financial year and April in the new one: $month is in $year", ({ month, year }) => {
    expect(financialYearOf(month)).toBe(year);
  });

  it("starts the financial year in April", () => {
    expect(financialYearStart("2020-03")).toBe("2019-04");
    expect(financialYearStart("2020-04")).toBe("2020-04");
  });

  it("lists the months of the financial year to M: April alone in April, twelve in March", () => {
    expect(monthsOfFinancialYearTo("2020-04")).toEqual(["2020-04"]);
    expect(monthsOfFinancialYearTo("2020-06")).toEqual(["2020-04", "2020-05", "2020-06"]);
    const march = monthsOfFinancialYearTo("2021-03");
    expect(march).toHaveLength(12);
    expect(march[0]).toBe("2020-04");
    expect(march[11]).toBe("2021-03");
  });

  it("labels months as the board reads them", () => {
    expect(periodLabel("2020-04")).toBe("April 2020");
    expect(shortLabel("2020-04")).toBe("Apr-20");
    expect(shortLabel("2009-12")).toBe("Dec-09");
  });

  it("takes the previous period by frequency", () => {
    expect(previousPeriodFor("2020-04", "monthly")).toBe("2020-03");
    expect(previousPeriodFor("2020-06", "quarterly")).toBe("2020-03");
    expect(previousPeriodFor("2021-03", "annual")).toBe("2020-03");
    expect(samePeriodLastYear("2020-04")).toBe("2019-04");
  });

  it("finds the previous term as the latest earlier term-end with a figure, at most five months back", () => {
    const terms = ["2019-07", "2019-12", "2020-04", "2020-07"];
    expect(previousPeriodFor("2020-07", "termly", terms)).toBe("2020-04");
    expect(previousPeriodFor("2020-04", "termly", terms)).toBe("2019-12");
    expect(previousPeriodFor("2019-12", "termly", terms)).toBe("2019-07"); // July → December: 5 months
    expect(previousPeriodFor("2019-07", "termly", terms)).toBeNull();
  });

  it("reads last year's term from M−12, or the month either side when Easter moved the term end", () => {
    const terms = ["2019-04", "2019-07", "2019-12", "2020-03", "2020-07"];
    expect(lastYearPeriodFor("2020-07", "termly", terms)).toBe("2019-07");
    // spring term ended in April 2019 and in March 2020
    expect(lastYearPeriodFor("2020-03", "termly", terms)).toBe("2019-04");
    expect(lastYearPeriodFor("2021-04", "termly", terms)).toBe("2020-03");
    expect(lastYearPeriodFor("2020-12", "termly", terms)).toBe("2019-12");
    expect(lastYearPeriodFor("2019-07", "termly", terms)).toBeNull();
    expect(lastYearPeriodFor("2020-07", "quarterly", [])).toBe("2019-07");
  });

  it("addMonths and monthsBetween are inverse (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -600, max: 600 }), (y, m, n) => {
        const p = `${y}-${String(m).padStart(2, "0")}`;
        const q = addMonths(p, n);
        return isPeriod(q) && monthsBetween(p, q) === n && addMonths(q, -n) === p;
      }),
    );
  });

  it("every month of a financial year is listed under that year (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const p = `${y}-${String(m).padStart(2, "0")}`;
        const months = monthsOfFinancialYearTo(p);
        return (
          months.at(-1) === p &&
          months[0].endsWith("-04") &&
          months.every((q) => financialYearOf(q) === financialYearOf(p)) &&
          months.length >= 1 &&
          months.length <= 12
        );
      }),
    );
  });
});
