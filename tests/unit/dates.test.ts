// Dates are written one way everywhere: en-GB, UK time.
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatTime, ukDay } from "@/lib/dates";

describe("dates and times", () => {
  it("writes a day as 15 June 2020 and a time as 14:05, in UK time (BST in summer)", () => {
    const moment = "2020-06-15T13:05:00Z"; // 14:05 in London (BST)
    expect(formatDate(moment)).toBe("15 June 2020");
    expect(formatTime(moment)).toBe("14:05");
    expect(formatDateTime(moment)).toBe("15 June 2020 at 14:05");
    expect(formatTime("2020-01-15T13:05:00Z")).toBe("13:05"); // GMT in winter
  });

  it("puts a moment near midnight on its UK day", () => {
    expect(formatDate("2020-06-15T23:30:00Z")).toBe("16 June 2020");
    expect(ukDay(new Date("2020-06-15T23:30:00Z"))).toBe("2020-06-16");
    expect(ukDay(new Date("2020-12-15T23:30:00Z"))).toBe("2020-12-15");
  });

  it("writes a calendar day without moving it by a time zone", () => {
    expect(formatDay("2020-06-15")).toBe("15 June 2020");
    expect(formatDay("2022-02-14T00:00:00.000Z")).toBe("14 February 2022");
  });

  it("writes nothing for a missing or unreadable date, never 'Invalid Date'", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate("not a date")).toBe("");
    expect(formatDay("2020-6-1")).toBe("");
    expect(formatTime(undefined)).toBe("");
  });
});
