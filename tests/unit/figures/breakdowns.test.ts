import { describe, expect, it } from "vitest";
import { breakdownProblem, breakdownSplit, discloseSplit, shareOf } from "@/lib/figures/breakdowns";

const cats = (values: Record<string, number>) => Object.entries(values).map(([key, value]) => ({ key, label: key, value }));

describe("a breakdown's split", () => {
  it("shows what the categories leave of the figure as not recorded", () => {
    const split = breakdownSplit(cats({ male: 262, female: 205 }), 487);
    expect(split).toMatchObject({ recorded: 467, total: 487, notRecorded: 20 });
    expect(shareOf(262, split)).toBeCloseTo(53.8, 1);
    expect(breakdownProblem(500, 487)).toBe("over");
    expect(breakdownProblem(1, null)).toBe("no_figure");
    expect(breakdownProblem(487, 487)).toBeNull();
  });
});

describe("a breakdown in a public release", () => {
  it("hides a small category and one more across the dimension so neither can be worked back", () => {
    const split = breakdownSplit(cats({ fostering: 300, residential: 40, "placed with parents": 3, other: 144 }), 487);
    const shown = discloseSplit(split, 5);
    expect(shown.categories["placed with parents"]).toBe("c");
    // the secondary: the smallest other part
    expect(shown.categories.residential).toBe("c");
    expect([shown.categories.fostering, shown.categories.other, shown.total]).toEqual([300, 144, 487]);
    expect(shown.notRecorded).toBe(0);
  });

  it("shows a split with nothing small as it is", () => {
    const shown = discloseSplit(breakdownSplit(cats({ male: 262, female: 225 }), 487), 5);
    expect(shown).toEqual({ categories: { male: 262, female: 225 }, notRecorded: 0, total: 487 });
  });

  it("hides a small not-recorded remainder like a category", () => {
    const shown = discloseSplit(breakdownSplit(cats({ male: 262, female: 222 }), 487), 5);
    expect(shown.notRecorded).toBe("c");
    expect(shown.categories.female).toBe("c");
  });
});
