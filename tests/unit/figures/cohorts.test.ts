import { describe, expect, it } from "vitest";
import { cohortSplit, discloseCohort, shareOfBase, type OutcomeCount } from "@/lib/figures/cohorts";

const EDGE_OF_CARE: OutcomeCount[] = [
  { key: "did not become looked after", label: "Did not become looked after", parentKey: null, value: 37 },
  { key: "child in need level", label: "Child in need level", parentKey: "did not become looked after", value: 21 },
  { key: "child protection level", label: "Child protection level", parentKey: "did not become looked after", value: 16 },
  { key: "became looked after", label: "Became looked after", parentKey: null, value: 9 },
];

describe("a cohort's split", () => {
  it("puts levels under their outcome and shows what the outcomes leave of the group as not yet known", () => {
    const split = cohortSplit(EDGE_OF_CARE, 50);
    expect(split.notKnown).toBe(4);
    expect(split.outcomes.map((o) => [o.key, o.value, o.levels.map((l) => l.value), o.levelNotKnown])).toEqual([
      ["did not become looked after", 37, [21, 16], 0],
      ["became looked after", 9, [], null],
    ]);
    expect(shareOfBase(37, 50)).toBe(74);
    expect(shareOfBase(1, 0)).toBeNull();
  });

  it("has no not-yet-known without a size, and never below zero", () => {
    expect(cohortSplit(EDGE_OF_CARE, null).notKnown).toBeNull();
    expect(cohortSplit(EDGE_OF_CARE, 40).notKnown).toBe(0);
  });
});

describe("a cohort in a public release", () => {
  it("hides a small outcome and one more across the group so neither can be worked back", () => {
    const shown = discloseCohort(cohortSplit(EDGE_OF_CARE, 50), 5);
    // 4 not yet known is small; the smallest other part of the group (9) goes with it
    expect(shown.notKnown).toBe("c");
    expect(shown.outcomes[1].value).toBe("c");
    expect(shown.outcomes[0].value).toBe(37);
    expect(shown.size).toBe(50);
    expect(shown.outcomes[0].levels.map((l) => l.value)).toEqual([21, 16]);
  });

  it("hides a small level and another cell of its outcome", () => {
    const counts = EDGE_OF_CARE.map((c) => (c.key === "child protection level" ? { ...c, value: 3 } : c.key === "child in need level" ? { ...c, value: 30 } : c));
    const shown = discloseCohort(cohortSplit(counts, 46), 5);
    const levels = shown.outcomes[0];
    expect(levels.levels.map((l) => l.value)).toEqual([30, "c"]);
    // the rest of the outcome (4) is small itself; the outcome stays shown
    expect(levels.levelNotKnown).toBe("c");
    expect(levels.value).toBe(37);
  });

  it("shows a split with nothing small as it is", () => {
    const split = cohortSplit(EDGE_OF_CARE.slice(0, 3), 37);
    expect(discloseCohort(split, 5)).toEqual(split);
  });
});
