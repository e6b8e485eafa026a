import { describe, expect, it } from "vitest";
import { canStep, statusAfter, storedFromStatuses } from "@/lib/commentary/status";

describe("the commentary state machine", () => {
  it("lets a writer save and submit only before the text is with the manager", () => {
    for (const from of ["not_started", "draft", "returned"] as const) {
      expect(canStep("save", from, false)).toBe(true);
      expect(canStep("submit", from, false)).toBe(true);
    }
    for (const from of ["submitted", "approved", "not_needed"] as const) {
      expect(canStep("save", from, false)).toBe(false);
      expect(canStep("submit", from, false)).toBe(false);
    }
  });
  it("never lets a writer return or approve", () => {
    expect(canStep("return", "submitted", false)).toBe(false);
    expect(canStep("approve", "submitted", false)).toBe(false);
    expect(canStep("not_needed", "draft", false)).toBe(false);
  });
  it("lets a manager edit, return and approve submitted text only", () => {
    expect(canStep("save", "submitted", true)).toBe(true);
    expect(canStep("return", "submitted", true)).toBe(true);
    expect(canStep("approve", "submitted", true)).toBe(true);
    expect(canStep("approve", "draft", true)).toBe(false);
    expect(canStep("approve", "approved", true)).toBe(false);
    expect(canStep("return", "returned", true)).toBe(false);
  });
  it("gives the status after each step", () => {
    expect(statusAfter("save", "not_started", false)).toBe("draft");
    expect(statusAfter("save", "returned", false)).toBe("returned");
    expect(statusAfter("submit", "returned", false)).toBe("submitted");
    expect(statusAfter("return", "submitted", true)).toBe("returned");
    expect(statusAfter("approve", "submitted", true)).toBe("approved");
    expect(statusAfter("save", "submitted", true)).toBe("submitted");
    expect(statusAfter("not_needed", "not_started", true)).toBe("not_needed");
  });
  it("gives the WHERE clause's stored statuses (no 'not_started')", () => {
    expect(storedFromStatuses("save", false)).toEqual(["draft", "returned"]);
    expect(storedFromStatuses("approve", true)).toEqual(["submitted"]);
  });
});

describe("honest commentary counts", () => {
  it("counts approved and 'no commentary needed' apart, and the rest as waiting", async () => {
    const { commentaryCounts, commentaryCountsText } = await import("@/lib/commentary/status");
    const counts = commentaryCounts(["approved", "approved", "approved", ...Array(6).fill("not_needed")]);
    expect(counts).toEqual({ approved: 3, notNeeded: 6, waiting: 0, noFigure: 0, total: 9 });
    expect(commentaryCountsText(counts)).toBe("3 approved · 6 no commentary needed · 0 waiting");
    expect(commentaryCounts(["submitted", "draft", null, "returned", "approved"])).toEqual({ approved: 1, notNeeded: 0, waiting: 4, noFigure: 0, total: 5 });
  });

  it("counts an indicator with no figure for the month as 'no figure yet', never waiting", async () => {
    const { commentaryCounts, commentaryCountsText, rowCommentaryState } = await import("@/lib/commentary/status");
    expect(rowCommentaryState(false, "draft")).toBe("no_figure");
    expect(rowCommentaryState(true, null)).toBe("not_started");
    expect(rowCommentaryState(true, "approved")).toBe("approved");
    const counts = commentaryCounts([rowCommentaryState(true, "approved"), ...Array(7).fill(rowCommentaryState(false, null))]);
    expect(counts).toEqual({ approved: 1, notNeeded: 0, waiting: 0, noFigure: 7, total: 1 });
    expect(commentaryCountsText(counts)).toBe("1 approved · 0 no commentary needed · 0 waiting · 7 no figure yet");
  });
});
