import { describe, expect, it } from "vitest";
import { minutesBlocks, minutesTitle, type Minutes } from "@/lib/snapshots/minutes";

const minutes: Minutes = {
  board: "Corporate Parenting Board",
  meetingDate: "2020-09-14",
  paperTitle: "Corporate Parenting Scorecard: July 2020",
  period: "2020-07",
  agendaItem: "Performance scorecard",
  presenters: ["Sam Lead, Head of Service"],
  present: ["Cllr A", "Cllr B"],
  apologies: [],
  pointsNoted: ["Numbers in care have fallen since the peak."],
  askedLastTime: [{ body: "Further information on demographics", owner: "Sam Lead", status: "done" }],
  questions: [{ question: "Why did placements rise?", askedBy: "Cllr A", answer: "Two sibling groups.", answeredBy: "Sam Lead" }],
  resolutions: [
    { kind: "noted", body: "the report", owner: null, dueDate: null },
    { kind: "action", body: "Bring the ethnicity breakdown", owner: "Sam Lead", dueDate: "2020-12-07" },
  ],
};

describe("the minutes of a paper", () => {
  it("reads in committee order with what the board asked last time and what it resolved", () => {
    expect(minutesTitle(minutes)).toBe("Corporate Parenting Board: minutes of the meeting of 14 September 2020");
    const blocks = minutesBlocks(minutes);
    expect(blocks.map((b) => b.heading)).toEqual([
      "Present",
      "Apologies",
      "Agenda item: Performance scorecard",
      "Presented by",
      "Matters arising from the last meeting",
      "Points noted",
      "Questions and answers",
      "Resolved",
    ]);
    expect(blocks[1].lines).toEqual(["None"]);
    expect(blocks[4].lines).toEqual(["The Board had asked: Further information on demographics (Sam Lead, done)"]);
    expect(blocks[6].lines).toEqual(["Q (Cllr A): Why did placements rise?", "A (Sam Lead): Two sibling groups."]);
    expect(blocks[7].lines).toEqual(["NOTED: the report", "ACTION: Bring the ethnicity breakdown (Sam Lead, by 7 December 2020)"]);
  });

  it("records the report as noted when nothing else was resolved", () => {
    expect(minutesBlocks({ ...minutes, resolutions: [] }).at(-1)!.lines).toEqual(["AGREED: that the report be noted."]);
  });
});
