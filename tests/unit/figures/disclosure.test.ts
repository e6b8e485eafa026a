// The suppression engine's rules, cell by cell (lib/figures/disclosure.ts).
import { describe, expect, it } from "vitest";
import { discloseCells, type DisclosureCell } from "@/lib/figures/disclosure";

const count = (key: string, value: number | null): DisclosureCell => ({ key, value, kind: "count" });
const shown = (result: ReturnType<typeof discloseCells>) => Object.fromEntries([...result].map(([k, v]) => [k, v.shown]));

describe("primary suppression", () => {
  it("shows counts of 1 to the threshold as c, and 0 and larger counts as they are", () => {
    const result = discloseCells({ cells: [count("a", 0), count("b", 1), count("c", 5), count("d", 6)], threshold: 5 });
    expect(shown(result)).toEqual({ a: 0, b: "c", c: "c", d: 6 });
    expect(result.get("b")?.reason).toBe("primary");
  });

  it("uses z for not applicable and : for not available", () => {
    expect(shown(discloseCells({ cells: [{ key: "a", value: null, kind: "not_applicable" }, count("b", null)], threshold: 5 }))).toEqual({ a: "z", b: ":" });
  });

  it("hides a ratio whose numerator, denominator or complement is small or hidden, and nothing else that is not a count", () => {
    const cells: DisclosureCell[] = [
      count("num", 38),
      count("den", 40),
      { key: "rest", value: 2, kind: "latent", from: ["num", "den"] },
      { key: "pct", value: 95, kind: "ratio", from: ["num", "den", "rest"] },
      { key: "days", value: 2, kind: "ratio", from: [] },
    ];
    const result = discloseCells({ cells, threshold: 5 });
    expect(shown(result)).toEqual({ num: "c", den: 40, pct: "c", days: 2 });
    expect(result.has("rest")).toBe(false);
  });
});

describe("secondary suppression", () => {
  it("hides a second cell so a lone suppressed month cannot be worked back from the year's total", () => {
    const cells = [count("apr", 3), count("may", 12), count("jun", 9), count("ytd", 24)];
    const result = discloseCells({ cells, sums: [{ total: "ytd", parts: ["apr", "may", "jun"] }], threshold: 5 });
    expect(shown(result)).toEqual({ apr: "c", may: 12, jun: "c", ytd: 24 });
    expect(result.get("jun")?.reason).toBe("secondary");
  });

  it("leaves a sum alone when no cell or at least two are hidden, and hides the total when it is the only other cell", () => {
    expect(shown(discloseCells({ cells: [count("a", 10), count("b", 12), count("t", 22)], sums: [{ total: "t", parts: ["a", "b"] }], threshold: 5 }))).toEqual({ a: 10, b: 12, t: 22 });
    expect(shown(discloseCells({ cells: [count("a", 2), count("t", 40)], sums: [{ total: "t", parts: ["a"] }], threshold: 5 }))).toEqual({ a: "c", t: "c" });
  });

  it("hides a share rather than a count where either would do, and the derived figures of whatever it hides", () => {
    const cells: DisclosureCell[] = [
      count("whole", 200),
      { key: "a%", value: 1, kind: "ratio", from: ["a#n", "whole"] },
      { key: "a#n", value: 2, kind: "latent", from: ["a%", "whole"] },
      { key: "b%", value: 99, kind: "ratio", from: ["b#n", "whole"] },
      { key: "b#n", value: 198, kind: "latent", from: ["b%", "whole"] },
      { key: "bRag", value: 0, kind: "derived", from: ["b%"] },
    ];
    expect(shown(discloseCells({ cells, sums: [{ total: "whole", parts: ["a#n", "b#n"] }], threshold: 5 }))).toEqual({ whole: 200, "a%": "c", "b%": "c", bRag: "c" });
  });
});
