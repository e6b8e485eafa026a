import { describe, expect, it } from "vitest";
import { bodyWrittenAt, numbersIn, staleFlag, staleNumbers, staleNumberText } from "@/lib/commentary/stale-numbers";

describe("numbers in commentary that matched a revised figure", () => {
  it("reads numbers as written: commas, decimals, percentages with or without a space", () => {
    expect(numbersIn("1,102 contacts, 1102 again, 25% and 25.0 % and -3.5").map((n) => [n.text, n.value, n.decimals])).toEqual([
      ["1,102", 1102, 0],
      ["1102", 1102, 0],
      ["25%", 25, 0],
      ["25.0 %", 25, 1],
      ["-3.5", -3.5, 1],
    ]);
  });

  it("flags each way the old figure was written, with the new figure written the same way", () => {
    expect(staleNumbers("There were 1,102 contacts in May (1102 last count).", 1102, 1110)).toEqual([
      { said: "1,102", now: "1,110" },
      { said: "1102", now: "1110" },
    ]);
    expect(staleNumbers("Re-referrals were 25% (25.0 % exactly).", 25.04, 26.2)).toEqual([
      { said: "25%", now: "26%" },
      { said: "25.0 %", now: "26.2 %" },
    ]);
    expect(staleNumberText({ said: "1,102", now: "1,110" })).toBe("says 1,102; the figure is now 1,110");
  });

  it("leaves numbers that match neither, or still match the new figure once rounded", () => {
    expect(staleNumbers("In 2020 there were 271 referrals.", 1102, 1110)).toEqual([]);
    expect(staleNumbers("About 25% were re-referred.", 25.2, 24.9)).toEqual([]);
  });

  it("dates the text from the first of its latest versions with the same body", () => {
    const versions = [
      { body: "a", createdAt: "2020-06-01T09:00:00Z" },
      { body: "b", createdAt: "2020-06-02T09:00:00Z" },
      { body: "b", createdAt: "2020-06-03T09:00:00Z" },
    ];
    expect(bodyWrittenAt("b", versions)).toBe("2020-06-02T09:00:00Z");
    expect(bodyWrittenAt("c", versions)).toBeNull();
  });

  it("flags a text written before a revision, never one written after it", () => {
    const revisions = [
      { revision: 1, value: 1102, loadedAt: "2020-06-01T08:00:00Z" },
      { revision: 2, value: 1110, loadedAt: "2020-06-05T08:00:00Z" },
    ];
    expect(staleFlag("1,102 in May 2020", "2020-06-02T09:00:00Z", revisions)).toEqual({ revision: 2, oldFigure: 1102, newFigure: 1110, numbers: [{ said: "1,102", now: "1,110" }] });
    expect(staleFlag("1,102 in May 2020", "2020-06-06T09:00:00Z", revisions)).toBeNull();
    expect(staleFlag("1,102 in May 2020", "2020-06-02T09:00:00Z", revisions.slice(0, 1))).toBeNull();
  });
});
