// RAG bands as the monthly report's tolerance columns, and the range polarity's ±.
import { describe, expect, it } from "vitest";
import { rangeBands, ragFor, tolerancesOf } from "@/lib/figures";
import { tolerancesFor } from "@/lib/format";

const pct = (n: number) => `${n}%`;
const bands = (greenMin: number | null, greenMax: number | null, amberMin: number | null, amberMax: number | null) => ({
  greenMin,
  greenMax,
  amberMin,
  amberMax,
});

describe("tolerances as written", () => {
  it("higher is better: <92%, 92%>, 95%+", () => {
    const t = tolerancesOf(bands(95, null, 92, null), { target: null, format: pct });
    expect([t.red, t.amber, t.green]).toEqual(["<92%", "92%>", "95%+"]);
    expect(t.summary).toBe("Green 95% or more; amber 92% up to 95%; red below 92%.");
  });

  it("lower is better: ≤23%, ≤26%, >26%", () => {
    const t = tolerancesOf(bands(null, 23, null, 26), { target: null, format: pct });
    expect([t.red, t.amber, t.green]).toEqual([">26%", "≤26%", "≤23%"]);
  });

  it("a range around a target is written as ± tolerances", () => {
    const b = rangeBands(158.8, 5, 15);
    expect(b).toEqual(bands(153.8, 163.8, 143.8, 173.8));
    const t = tolerancesOf(b, { target: 158.8, format: (n) => n.toFixed(1) });
    expect([t.red, t.amber, t.green]).toEqual(["beyond ±15.0", "158.8 ±15.0", "158.8 ±5.0"]);
    expect(t.plusMinus).toEqual({ target: 158.8, green: 5, amber: 15 });
    expect(t.summary).toBe("Green within ±5.0 of 158.8 (153.8 to 163.8); amber within ±15.0 (143.8 to 173.8); red beyond ±15.0.");
    // and the RAG follows the band rule: ±5 green, ±15 amber, beyond red
    expect(ragFor(163.8, b)).toBe("green");
    expect(ragFor(150, b)).toBe("amber");
    expect(ragFor(174, b)).toBe("red");
  });

  it("a two-sided band not centred on the target is written as intervals", () => {
    const t = tolerancesOf(bands(14, 20, 13, 21), { target: null, format: String });
    expect([t.red, t.amber, t.green]).toEqual(["<13 or >21", "13 to 21", "14 to 20"]);
  });

  it("no bands: no tolerances", () => {
    expect(tolerancesOf(bands(null, null, null, null), { target: 5, format: String })).toMatchObject({ red: null, amber: null, green: null, summary: null });
  });

  it("tolerancesFor writes the figures in the indicator's unit and decimals", () => {
    expect(tolerancesFor(bands(95, null, 92, null), null, "percent", 0)).toMatchObject({ red: "<92%", amber: "92%>", green: "95%+" });
    expect(tolerancesFor(rangeBands(50, 5), 50, "number", 0)).toMatchObject({ green: "50 ±5", amber: null, red: "beyond ±5" });
  });
});
