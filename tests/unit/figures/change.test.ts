import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { directionOf, judgementOf, relativeChangePct, roundTo, type Polarity } from "@/lib/figures";

describe("relative change", () => {
  it("is (now − before) / before × 100 to 2 dp", () => {
    // M1 contacts, fixture: March 2020 1198, April 2020 1147.
    // (1147 − 1198) / 1198 × 100 = −51 / 1198 × 100 = −4.2570… → −4.26 (the paper prints −4)
    expect(relativeChangePct(1147, 1198)).toBe(-4.26);
    // EH4-QL, percent stored 0–100: 88 → 79 is a relative change of −10.23%, not −9 points
    expect(relativeChangePct(79, 88)).toBe(-10.23);
    expect(relativeChangePct(120, 100)).toBe(20);
    expect(relativeChangePct(100, 100)).toBe(0);
  });

  it("is null when the earlier figure is zero or missing, or the current one is missing", () => {
    // LAC14 new UASC, fixture: March 2020 0, April 2020 0: "n/a", never NaN
    expect(relativeChangePct(0, 0)).toBeNull();
    // CP2b transfer-ins: 0 → 0 and 1 → 0
    expect(relativeChangePct(0, 1)).toBe(-100);
    expect(relativeChangePct(5, 0)).toBeNull();
    expect(relativeChangePct(5, null)).toBeNull();
    expect(relativeChangePct(null, 5)).toBeNull();
  });

  it("rounds half away from zero, without binary noise", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(-0.001, 2)).toBe(0);
    expect(Object.is(roundTo(-0.001, 2), -0)).toBe(false);
  });

  it("never returns a non-finite number (property)", () => {
    fc.assert(
      fc.property(fc.option(fc.double({ noNaN: true, min: -1e9, max: 1e9 })), fc.option(fc.double({ noNaN: true, min: -1e9, max: 1e9 })), (a, b) => {
        const c = relativeChangePct(a, b);
        return c === null || Number.isFinite(c);
      }),
    );
  });
});

describe("direction and judgement", () => {
  it("reads direction from the figures", () => {
    expect(directionOf(79, 88)).toBe("down");
    expect(directionOf(88, 79)).toBe("up");
    expect(directionOf(5, 5)).toBe("same");
    expect(directionOf(5, null)).toBeNull();
    expect(directionOf(null, 5)).toBeNull();
  });

  it("judges by polarity", () => {
    expect(judgementOf("down", "high")).toBe("worse");
    expect(judgementOf("up", "high")).toBe("better");
    expect(judgementOf("down", "low")).toBe("better");
    expect(judgementOf("up", "low")).toBe("worse");
    expect(judgementOf("same", "high")).toBe("same");
    expect(judgementOf("same", "low")).toBe("same");
  });

  it("never judges info or range indicators: neutral", () => {
    for (const d of ["up", "down", "same"] as const) {
      expect(judgementOf(d, "info")).toBe("neutral");
      expect(judgementOf(d, "range")).toBe("neutral");
    }
  });

  it("has no judgement without a direction", () => {
    for (const p of ["high", "low", "info", "range"] as Polarity[]) expect(judgementOf(null, p)).toBeNull();
  });

  it("flips better and worse when polarity flips (property)", () => {
    const flip = { better: "worse", worse: "better", same: "same" } as const;
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), (now, before) => {
        const d = directionOf(now, before);
        const high = judgementOf(d, "high") as "better" | "worse" | "same";
        const low = judgementOf(d, "low");
        return low === flip[high];
      }),
    );
  });
});
