import { describe, expect, it } from "vitest";
import { changesSince, type ComparableRow } from "@/lib/snapshots/compare";

const row = (code: string, rag: ComparableRow["rag"], judgement: ComparableRow["judgement"]): ComparableRow => ({ code, title: code, rag, judgement, value: 1 });

describe("since the last meeting", () => {
  it("lists RAG changes, judgement changes, new reds, and indicators added or dropped", () => {
    const previous = [row("A", "green", "better"), row("B", "amber", "worse"), row("C", "red", "same"), row("D", null, "neutral")];
    const current = [row("A", "red", "worse"), row("B", "amber", "worse"), row("C", "red", "better"), row("E", "red", null)];
    expect(changesSince(previous, current)).toEqual({
      ragChanges: [{ code: "A", title: "A", from: "green", to: "red" }],
      judgementChanges: [
        { code: "A", title: "A", from: "better", to: "worse" },
        { code: "C", title: "C", from: "same", to: "better" },
      ],
      newReds: [{ code: "A", title: "A" }, { code: "E", title: "E" }],
      newIndicators: [{ code: "E", title: "E" }],
      droppedIndicators: [{ code: "D", title: "D" }],
    });
  });

  it("finds nothing between identical papers", () => {
    const rows = [row("A", "green", "better")];
    expect(changesSince(rows, rows)).toEqual({ ragChanges: [], judgementChanges: [], newReds: [], newIndicators: [], droppedIndicators: [] });
  });
});
