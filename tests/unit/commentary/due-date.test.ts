import { describe, expect, it } from "vitest";
import { bankHolidays, commentaryDueDate, easterSunday, isOverdue } from "@/lib/commentary/due-date";

describe("England and Wales bank holidays", () => {
  it("finds Easter", () => {
    expect(easterSunday(2020).toISOString().slice(0, 10)).toBe("2020-04-12");
    expect(easterSunday(2024).toISOString().slice(0, 10)).toBe("2024-03-31");
  });
  it("lists 2020's, with the early May holiday moved to VE Day and Christmas substitutes", () => {
    expect([...bankHolidays(2020)].sort()).toEqual([
      "2020-01-01",
      "2020-04-10",
      "2020-04-13",
      "2020-05-08",
      "2020-05-25",
      "2020-08-31",
      "2020-12-25",
      "2020-12-28",
    ]);
  });
  it("substitutes a weekend Christmas and Boxing Day (2021: Mon 27 and Tue 28 December)", () => {
    const days = bankHolidays(2021);
    expect(days.has("2021-12-27")).toBe(true);
    expect(days.has("2021-12-28")).toBe(true);
  });
});

describe("commentary due date: working day N after the month ends", () => {
  it("counts weekdays from the first of the next month", () => {
    // June 2020 starts on a Monday: working day 10 is Friday 12 June.
    expect(commentaryDueDate("2020-05", 10)).toBe("2020-06-12");
    expect(commentaryDueDate("2020-05", 1)).toBe("2020-06-01");
  });
  it("skips bank holidays", () => {
    // April 2020: 1–3 (3 days), 6–9 (4), Good Friday 10 and Easter Monday 13 skipped, 14–16 → day 10 is 16 April.
    expect(commentaryDueDate("2020-03", 10)).toBe("2020-04-16");
    // January 2021: 1 Jan is a holiday; Mon 4 is working day 1.
    expect(commentaryDueDate("2020-12", 1)).toBe("2021-01-04");
  });
  it("treats N below 1 as 1", () => {
    expect(commentaryDueDate("2020-05", 0)).toBe("2020-06-01");
  });
});

describe("overdue", () => {
  it("is overdue only after the due date and while waiting on the writer", () => {
    expect(isOverdue("draft", "2020-06-12", "2020-06-13")).toBe(true);
    expect(isOverdue("not_started", "2020-06-12", "2020-06-13")).toBe(true);
    expect(isOverdue("returned", "2020-06-12", "2020-06-13")).toBe(true);
    expect(isOverdue("draft", "2020-06-12", "2020-06-12")).toBe(false);
    expect(isOverdue("submitted", "2020-06-12", "2020-07-01")).toBe(false);
    expect(isOverdue("approved", "2020-06-12", "2020-07-01")).toBe(false);
  });
});
