// Proof by property: in every public release of a generated catalogue (wholes,
// count parts with and without their percentages, shares, breakdowns that add
// up and parts that do not, small counts everywhere), nothing the release
// shows lies from 1 to the threshold, and no sum or difference of the figures
// it shows gives back a suppressed count or any small number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relationsOf } from "@/lib/figures/relations";
import { publicRows } from "@/lib/snapshots/public-release";
import { attacker, build, catalogueArbitrary, isSmall, rowsOf } from "../../support/disclosure-property";

describe("disclosure control over related figures, by property", () => {
  it("shows no count from 1 to the threshold and gives none back by arithmetic, nor any suppressed count", () => {
    fc.assert(
      fc.property(catalogueArbitrary, fc.integer({ min: 1, max: 5 }), (wholes, threshold) => {
        const g = build(wholes);
        const shown = publicRows(rowsOf(g), threshold, relationsOf(g.entries));
        for (const [code, row] of shown) {
          for (const s of row.series) {
            if (g.truth.has(`${code}@${s.period}`) && typeof s.value === "number") expect(isSmall(s.value, threshold)).toBe(false);
          }
        }
        const known = attacker(g, shown);
        for (const [key, value] of known) expect({ key, value, small: isSmall(value, threshold) }).toMatchObject({ small: false });
        for (const [code, row] of shown) {
          for (const s of row.series) if (s.value === "c" && g.truth.has(`${code}@${s.period}`)) expect(known.has(`${code}@${s.period}`)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("finds a disclosure where the figures are shown unsuppressed (the attacker is not blind)", () => {
    const g = build([{ breakdown: true, extra: [0, 0, 0], parts: [{ kind: "count", withPercent: true, values: [20, 20, 2] }, { kind: "share", withPercent: false, values: [30, 30, 30] }] }]);
    const everything = new Map(rowsOf(g).map((r) => [r.code, { series: r.series.map((s) => ({ period: s.period, value: s.value ?? (":" as const) })), ytd: r.ytd ?? (":" as const) }]));
    const known = attacker(g, everything);
    expect([...known.values()].some((v) => isSmall(v, 5))).toBe(true);
  });
});
