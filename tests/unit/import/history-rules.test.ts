import { describe, expect, it } from "vitest";
import { countsRecorded, nextMonthToLoad, undoConsequence } from "@/lib/import/history-rules";

describe("whether an import's new / revised / unchanged counts were recorded", () => {
  it("is so when they add up to its rows (every import counts each row once), or it had none", () => {
    expect(countsRecorded({ rows: 5, inserted: 2, updated: 1, unchanged: 2 })).toBe(true);
    expect(countsRecorded({ rows: 0, inserted: 0, updated: 0, unchanged: 0 })).toBe(true);
  });
  it("is not for an import an older Lantern loaded: its counts are zeros beside its rows", () => {
    expect(countsRecorded({ rows: 5, inserted: 0, updated: 0, unchanged: 0 })).toBe(false);
  });
});

describe("what undoing an import will do, said before it is done", () => {
  it("names the figures it removes, the ones it puts back and the months it closes", () => {
    expect(undoConsequence({ kind: "values", fileName: "may.csv", inserted: 9, updated: 0, opened: ["2020-05"] })).toBe(
      "Undoing may.csv removes 9 new figures and takes May 2020 out of the months open for commentary (unless other figures or commentary are kept for it). It cannot be redone except by importing the file again.",
    );
    expect(undoConsequence({ kind: "values", fileName: "fix.xlsx", inserted: 1, updated: 2, opened: [] })).toBe(
      "Undoing fix.xlsx removes 1 new figure and puts 2 revised figures back as they were. It cannot be redone except by importing the file again.",
    );
    expect(undoConsequence({ kind: "outturns", fileName: "o.csv", inserted: 0, updated: 0, opened: [] })).toMatch(/changes nothing stored/);
  });
});

describe("the month a values template is made out for", () => {
  it("is the one after the newest figures, or the month just ended when none is loaded", () => {
    expect(nextMonthToLoad("2020-08", "2026-12-07")).toBe("2020-09");
    expect(nextMonthToLoad("2020-12", "2026-12-07")).toBe("2021-01");
    expect(nextMonthToLoad(null, "2026-12-07")).toBe("2026-11");
  });
});
