import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ragFor, type Bands, type Rag } from "@/lib/figures";

const bands = (b: Partial<Bands>): Bands => ({ greenMin: null, greenMax: null, amberMin: null, amberMax: null, ...b });

// The four examples of docs/data-formats.md
const highPercent = bands({ greenMin: 95, amberMin: 92 }); // 95%+ green, 92–95 amber, below 92 red
const lowPercent = bands({ greenMax: 23, amberMax: 26 }); // below 23 green, 23–26 amber, 26+ red
const caseloads = bands({ greenMin: 14, greenMax: 20, amberMin: 13, amberMax: 21 }); // 14–20 green, one either side amber
const aroundTarget = bands({ greenMin: 153.8, greenMax: 163.8, amberMin: 143.8, amberMax: 173.8 });

describe("RAG", () => {
  it("rates the docs/data-formats.md examples", () => {
    expect(ragFor(97, highPercent)).toBe("green");
    expect(ragFor(93.5, highPercent)).toBe("amber");
    expect(ragFor(91.9, highPercent)).toBe("red");
    expect(ragFor(20, lowPercent)).toBe("green");
    expect(ragFor(24, lowPercent)).toBe("amber");
    expect(ragFor(30, lowPercent)).toBe("red");
    expect(ragFor(17, caseloads)).toBe("green");
    expect(ragFor(13, caseloads)).toBe("amber");
    expect(ragFor(21.5, caseloads)).toBe("red");
    expect(ragFor(12, caseloads)).toBe("red");
    expect(ragFor(160, aroundTarget)).toBe("green");
    expect(ragFor(170, aroundTarget)).toBe("amber");
    expect(ragFor(140, aroundTarget)).toBe("red");
  });

  it("counts a value equal to a band edge as inside the band (closed intervals, green first)", () => {
    expect(ragFor(95, highPercent)).toBe("green"); // green_min edge
    expect(ragFor(92, highPercent)).toBe("amber"); // amber_min edge
    expect(ragFor(23, lowPercent)).toBe("green"); // green_max edge
    expect(ragFor(26, lowPercent)).toBe("amber"); // amber_max edge
    expect(ragFor(14, caseloads)).toBe("green");
    expect(ragFor(20, caseloads)).toBe("green");
    expect(ragFor(21, caseloads)).toBe("amber");
    expect(ragFor(153.8, aroundTarget)).toBe("green");
    expect(ragFor(173.8, aroundTarget)).toBe("amber");
    expect(ragFor(173.80000001, aroundTarget)).toBe("red");
  });

  it("rates the stored value, not the rounded one on the page", () => {
    expect(ragFor(94.96, highPercent)).toBe("amber");
  });

  it("gives no RAG with no bands or no value", () => {
    expect(ragFor(50, bands({}))).toBeNull();
    expect(ragFor(null, highPercent)).toBeNull();
  });

  it("with only an amber band, outside it is red", () => {
    const amberOnly = bands({ amberMin: 10, amberMax: 20 });
    expect(ragFor(15, amberOnly)).toBe("amber");
    expect(ragFor(25, amberOnly)).toBe("red");
  });

  it("never improves as a high-polarity value falls (property)", () => {
    const rank: Record<Rag, number> = { green: 2, amber: 1, red: 0 };
    // high-polarity bands: green from g upwards, amber from a (≤ g) upwards, optional caps above
    const highBands = fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 30 }))
      .map(([g, gap]) => bands({ greenMin: g, amberMin: g - gap }));
    fc.assert(
      fc.property(highBands, fc.double({ min: -50, max: 150, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (b, v, drop) => {
        const before = ragFor(v, b)!;
        const after = ragFor(v - drop, b)!;
        return rank[after] <= rank[before];
      }),
    );
  });
});
