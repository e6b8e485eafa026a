import { describe, expect, it } from "vitest";
import { suppressCells, type SuppressionCell } from "@/lib/figures/suppression";

const count = (key: string, value: number | null): SuppressionCell => ({ key, value, kind: "count" });
const shown = (result: ReturnType<typeof suppressCells>) => Object.fromEntries([...result].map(([k, v]) => [k, v.shown]));

describe("primary suppression", () => {
  it("shows counts of 1 to the threshold as c, and 0 and larger counts as they are", () => {
    const result = suppressCells({ cells: [count("a", 0), count("b", 1), count("c", 5), count("d", 6)], threshold: 5 });
    expect(shown(result)).toEqual({ a: 0, b: "c", c: "c", d: 6 });
    expect(result.get("b")?.reason).toBe("primary");
  });

  it("follows the authority's threshold", () => {
    expect(shown(suppressCells({ cells: [count("a", 3), count("b", 4)], threshold: 3 }))).toEqual({ a: "c", b: 4 });
  });

  it("uses z for not applicable and : for not available", () => {
    const result = suppressCells({
      cells: [{ key: "a", value: null, kind: "not_applicable" }, count("b", null)],
      threshold: 5,
    });
    expect(shown(result)).toEqual({ a: "z", b: ":" });
  });

  it("never suppresses figures that are not counts unless they are worked out from a suppressed count", () => {
    const cells: SuppressionCell[] = [
      count("num", 3),
      count("den", 40),
      { key: "pct", value: 7.5, kind: "derived", derivedFrom: ["num", "den"] },
      { key: "days", value: 2, kind: "derived", derivedFrom: [] },
    ];
    expect(shown(suppressCells({ cells, threshold: 5 }))).toEqual({ num: "c", den: 40, pct: "c", days: 2 });
  });
});

describe("secondary suppression", () => {
  it("hides a second cell so a lone suppressed month cannot be worked back from the year's total", () => {
    // April 3 (primary), May 12, June 9; YTD total 24 published.
    // Without secondary suppression: 24 − 12 − 9 = 3 reveals April.
    const cells = [count("apr", 3), count("may", 12), count("jun", 9), count("ytd", 24)];
    const result = suppressCells({ cells, groups: [{ total: "ytd", parts: ["apr", "may", "jun"] }], threshold: 5 });
    expect(shown(result)).toEqual({ apr: "c", may: 12, jun: "c", ytd: 24 });
    expect(result.get("jun")?.reason).toBe("secondary");
  });

  it("leaves a group alone when no cell or at least two are suppressed", () => {
    const none = suppressCells({ cells: [count("a", 10), count("b", 12), count("t", 22)], groups: [{ total: "t", parts: ["a", "b"] }], threshold: 5 });
    expect(shown(none)).toEqual({ a: 10, b: 12, t: 22 });
    const two = suppressCells({ cells: [count("a", 2), count("b", 4), count("c", 30), count("t", 36)], groups: [{ total: "t", parts: ["a", "b", "c"] }], threshold: 5 });
    expect(shown(two)).toEqual({ a: "c", b: "c", c: 30, t: 36 });
  });

  it("suppresses the total when it is the only other cell", () => {
    const result = suppressCells({ cells: [count("a", 2), count("t", 40)], groups: [{ total: "t", parts: ["a"] }], threshold: 5 });
    expect(shown(result)).toEqual({ a: "c", t: "c" });
  });

  it("carries on across groups until stable, and hides rates worked out from any suppressed count", () => {
    // Two overlapping groups: months add to the YTD, and boys + girls add to April.
    const cells: SuppressionCell[] = [
      count("boys", 2),
      count("girls", 20),
      count("apr", 22),
      count("may", 30),
      count("ytd", 52),
      { key: "aprRate", value: 5.1, kind: "derived", derivedFrom: ["apr"] },
      { key: "mayRate", value: 6.9, kind: "derived", derivedFrom: ["may"] },
    ];
    const result = suppressCells({
      cells,
      groups: [
        { total: "apr", parts: ["boys", "girls"] },
        { total: "ytd", parts: ["apr", "may"] },
      ],
      threshold: 5,
    });
    // boys primary → girls secondary (only other part of April); April's total stays.
    expect(shown(result)).toMatchObject({ boys: "c", girls: "c", apr: 22, may: 30, ytd: 52, aprRate: 5.1, mayRate: 6.9 });
  });

  it("a suppressed cell can never be recovered by subtraction in any group (property over many tables)", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let t = 0; t < 500; t++) {
      const parts = Array.from({ length: 2 + Math.floor(random() * 5) }, (_, i) => count(`p${i}`, Math.floor(random() * 12)));
      const total = count("t", parts.reduce((n, p) => n + p.value!, 0));
      const result = suppressCells({ cells: [...parts, total], groups: [{ total: "t", parts: parts.map((p) => p.key) }], threshold: 5 });
      const hidden = [...result.values()].filter((d) => d.shown === "c").length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });
});
