// One rounding, half away from zero on the decimal figure (as Excel and the
// published packs round): checked against a reference that rounds the decimal
// digits as text, so binary floating point cannot hide a difference.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundTo } from "@/lib/figures/round";
import { formatChange, formatNumber, formatValue } from "@/lib/format";

/** rounds a plain decimal string ("-37.5") half away from zero to `decimals` places, by its digits */
function referenceRound(text: string, decimals: number): string {
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const digits = (whole + fraction.padEnd(decimals + 1, "0").slice(0, decimals + 1)).split("").map(Number);
  const roundUp = digits.pop()! >= 5;
  if (roundUp) {
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === 9) digits[i--] = 0;
    if (i < 0) digits.unshift(1);
    else digits[i] += 1;
  }
  const all = digits.join("");
  const intPart = all.slice(0, all.length - decimals).replace(/^0+(?=\d)/, "") || "0";
  const fracPart = decimals ? all.slice(all.length - decimals) : "";
  const body = decimals ? `${intPart}.${fracPart}` : intPart;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** a figure as a person writes it: up to 9 digits before the point and 0–4 after */
const decimalText = fc
  .tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, places]) => {
    const digits = String(Math.abs(n)).padStart(places + 1, "0");
    const text = places ? `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}` : digits;
    return n < 0 ? `-${text}` : text;
  });

describe("the one rounding function", () => {
  it("rounds halves away from zero: −37.5 → −38, 2.5 → 3, 1.005 → 1.01", () => {
    expect(roundTo(-37.5, 0)).toBe(-38);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(formatChange({ unit: "count", points: null, relativePct: -37.5 })).toBe("−38%");
    expect(formatValue(-37.5, "percent", 0)).toBe("-38%");
    expect(formatNumber(0.125, 2)).toBe("0.13");
  });

  it("agrees with rounding the decimal digits, for every figure and number of places", () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 3 }), (text, decimals) => {
        expect(roundTo(Number(text), decimals)).toBe(Number(referenceRound(text, decimals)));
        // and pages print exactly that figure
        expect(formatNumber(Number(text), decimals).replace(/,/g, "").replace("−", "-")).toBe(
          Number(referenceRound(text, decimals)).toFixed(decimals).replace(/^-(0\.?0*)$/, "$1"),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
