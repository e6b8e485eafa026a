// Due dates in each month's own cycle: a month loaded late is due after it
// opened; one loaded long after (history) keeps its own date and is never overdue.
import { describe, expect, it } from "vitest";
import { commentaryDueDate, cycleDueDate, dueSentence, isOverdue, isOverdueIn, monthDue } from "@/lib/commentary/due-date";

describe("the due date of a month's cycle", () => {
  it("is working day N after the month ends when the figures came in time", () => {
    // May 2020, working day 10: June starts on Monday 1st, so Friday 12 June
    expect(cycleDueDate("2020-05", 10, "2020-06-03")).toBe(commentaryDueDate("2020-05", 10));
    expect(cycleDueDate("2020-05", 10, "2020-06-03")).toBe("2020-06-12");
    expect(cycleDueDate("2020-05", 10, null)).toBe("2020-06-12");
  });

  it("is working day N after the opening when the month's figures came late (within three months)", () => {
    // opened Wednesday 1 July 2020: ten working days later is Wednesday 15 July
    expect(monthDue("2020-05", 10, "2020-07-01")).toEqual({ date: "2020-07-15", basis: "loaded" });
    expect(monthDue("2020-05", 10, "2020-08-31").basis).toBe("loaded");
  });

  it("keeps the month's own date for a month loaded as history (a demo loaded today), never overdue", () => {
    const due = monthDue("2020-05", 10, "2026-11-29");
    expect(due).toEqual({ date: "2020-06-12", basis: "history" });
    expect(monthDue("2020-05", 10, "2020-09-01").basis).toBe("history");
    // by the calendar it is six years past, but a back-loaded month is not chased
    expect(isOverdue("not_started", due.date, "2026-11-29")).toBe(true);
    expect(isOverdueIn(due, "not_started", "2026-11-29")).toBe(false);
    expect(isOverdueIn(monthDue("2020-05", 10, "2020-06-03"), "not_started", "2020-06-15")).toBe(true);
  });

  it("says how the date was set, never a 2026 date for May 2020", () => {
    const text = dueSentence({ month: "May 2020", due: monthDue("2020-05", 10, "2026-12-07"), dueText: "12 June 2020", openedText: "7 December 2026", n: 10, today: "2026-12-07" });
    expect(text).toBe(
      "Commentary for May 2020 was due on 12 June 2020 (working day 10 after the month ended). Its figures were loaded long afterwards, on 7 December 2026, as history, so nothing for it is shown as overdue.",
    );
    expect(dueSentence({ month: "May 2020", due: monthDue("2020-05", 10, "2020-06-03"), dueText: "12 June 2020", openedText: "3 June 2020", n: 10, today: "2020-06-05" })).toBe(
      "Commentary for May 2020 is due on 12 June 2020 (working day 10 after the month ended).",
    );
  });

  it("skips bank holidays after the opening too", () => {
    // opened Thursday 24 December 2020: 25 and 28 December are holidays, so working day 1 is Tuesday 29th
    expect(cycleDueDate("2020-09", 1, "2020-12-24")).toBe("2020-12-29");
  });
});
