// Due dates in each month's own cycle: a month loaded late is due after it opened.
import { describe, expect, it } from "vitest";
import { commentaryDueDate, cycleDueDate, isOverdue } from "@/lib/commentary/due-date";

describe("the due date of a month's cycle", () => {
  it("is working day N after the month ends when the figures came in time", () => {
    // May 2020, working day 10: June starts on Monday 1st, so Friday 12 June
    expect(cycleDueDate("2020-05", 10, "2020-06-03")).toBe(commentaryDueDate("2020-05", 10));
    expect(cycleDueDate("2020-05", 10, "2020-06-03")).toBe("2020-06-12");
    expect(cycleDueDate("2020-05", 10, null)).toBe("2020-06-12");
  });

  it("is working day N after the opening when the month opened later (a demo loaded today)", () => {
    // opened Sunday 29 November 2026: ten working days from Monday 30 November is Friday 11 December
    expect(cycleDueDate("2020-05", 10, "2026-11-29")).toBe("2026-12-11");
    // so a fresh demo's May items are due, not overdue
    expect(isOverdue("not_started", cycleDueDate("2020-05", 10, "2026-11-29"), "2026-11-29")).toBe(false);
    // while the same month judged by the calendar alone would be six years overdue
    expect(isOverdue("not_started", commentaryDueDate("2020-05", 10), "2026-11-29")).toBe(true);
  });

  it("skips bank holidays after the opening too", () => {
    // opened Thursday 24 December 2020: 25 and 28 December are holidays, so working day 1 is Tuesday 29th
    expect(cycleDueDate("2020-04", 1, "2020-12-24")).toBe("2020-12-29");
  });
});
