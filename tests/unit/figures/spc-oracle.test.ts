// Lantern's SPC against a literal transliteration of NHSRplotthedots
// (nhsr-oracle.ts), on many generated series: with run length 7 and
// moving-range screening on, every point's classification and the limits
// must be exactly the same.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  NHSR_PLOTTHEDOTS_SETTINGS,
  specialCauseSignals,
  specialFor,
  spcFor,
  xmrLimits,
  type Polarity,
  type SpcSpecial,
} from "@/lib/figures";
import { ptdSpc } from "./nhsr-oracle";

const fromR: Record<string, SpcSpecial> = {
  common_cause: null,
  special_cause_improvement: "improvement",
  special_cause_concern: "concern",
  special_cause_neutral_high: "neither",
  special_cause_neutral_low: "neither",
};
const directionOf: Record<Polarity, 1 | -1 | 0> = { high: 1, low: -1, info: 0, range: 0 };
const dated = (ys: number[]) => ys.map((value, i) => ({ period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, value }));
const sameNumber = (lantern: number | null, r: number) => (lantern === null ? Number.isNaN(r) : Object.is(lantern, r));

// Series shaped to hit every rule: small integers (ties, points on the mean,
// flat stretches), random walks (trends, shifts), tenths (decimal means),
// and spikes (outside limits, screening).
const smallIntegers = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 40 });
const walks = fc
  .array(fc.integer({ min: -2, max: 3 }), { minLength: 1, maxLength: 40 })
  .map((steps) => steps.reduce<number[]>((ys, s) => [...ys, (ys.at(-1) ?? 0) + s], []));
const tenths = fc.array(fc.integer({ min: 0, max: 30 }).map((x) => x / 10), { minLength: 1, maxLength: 40 });
const spiky = fc
  .tuple(fc.array(fc.integer({ min: 40, max: 60 }), { minLength: 1, maxLength: 40 }), fc.array(fc.nat(39), { maxLength: 3 }))
  .map(([ys, at]) => ys.map((y, i) => (at.includes(i) ? y * 4 : y)));
// Series whose mean is exactly c, with long stretches sitting on it: runs of c
// and balanced pairs c ± d. Points on the mean must break shifts, and a flat
// series must give no signal (and, screened, no limits).
const onTheMean = fc
  .tuple(
    fc.integer({ min: -5, max: 5 }),
    fc.array(fc.oneof(fc.integer({ min: 1, max: 9 }).map((k) => ({ run: k, d: 0 })), fc.integer({ min: 1, max: 4 }).map((d) => ({ run: 0, d }))), { minLength: 1, maxLength: 12 }),
  )
  .map(([c, parts]) => parts.flatMap((p) => (p.d === 0 ? Array(p.run).fill(c) : [c + p.d, c - p.d])));
const series = fc.oneof(smallIntegers, walks, tenths, spiky, onTheMean);
const polarity = fc.constantFrom<Polarity>("high", "low", "info", "range");

describe("SPC equals NHSRplotthedots (run length 7, screening on)", () => {
  it("gives the same limits and the same reading of every point, any length (trial limits too)", () => {
    fc.assert(
      fc.property(series, polarity, fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }), (ys, pol, fixAfter) => {
        const r = ptdSpc(ys, { improvementDirection: directionOf[pol], screenOutliers: true, fixAfterNPoints: fixAfter });
        const limits = xmrLimits(ys, { screenMovingRanges: true, baselinePoints: fixAfter });
        expect(Object.is(limits.mean, r.standard.mean)).toBe(true);
        expect(sameNumber(limits.lower, r.standard.lpl)).toBe(true);
        expect(sameNumber(limits.upper, r.standard.upl)).toBe(true);
        expect(sameNumber(limits.lowerTwoSigma, r.standard.nlpl)).toBe(true);
        expect(sameNumber(limits.upperTwoSigma, r.standard.nupl)).toBe(true);
        const signals = specialCauseSignals(ys, limits.mean!, limits, 7);
        expect(signals.map((s) => specialFor(s, pol))).toEqual(r.pointType.map((t) => fromR[t]));
      }),
      { numRuns: 3000 },
    );
  });

  it("spcFor gives exactly NHSRplotthedots' classifications from 13 points on", () => {
    const long = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 13, maxLength: 60 }),
      fc.array(fc.integer({ min: -2, max: 3 }), { minLength: 13, maxLength: 60 }).map((s) => s.reduce<number[]>((ys, d) => [...ys, (ys.at(-1) ?? 0) + d], [])),
      fc.array(fc.integer({ min: 0, max: 30 }).map((x) => x / 10), { minLength: 13, maxLength: 60 }),
      onTheMean.filter((ys) => ys.length >= 13),
    );
    fc.assert(
      fc.property(long, polarity, (ys, pol) => {
        const r = ptdSpc(ys, { improvementDirection: directionOf[pol], screenOutliers: true, fixAfterNPoints: null });
        const lantern = spcFor(dated(ys), { polarity: pol, target: null, settings: NHSR_PLOTTHEDOTS_SETTINGS });
        expect(lantern.kind).toBe("xmr");
        expect(lantern.points.map((p) => p.special)).toEqual(r.pointType.map((t) => fromR[t]));
        expect(lantern.variation).toBe(fromR[r.pointType.at(-1)!] ?? "common_cause");
      }),
      { numRuns: 2000 },
    );
  });

  it("generalises the same way to run lengths 6 and 8, with or without screening", () => {
    fc.assert(
      fc.property(series, polarity, fc.constantFrom(6, 8), fc.boolean(), (ys, pol, n, screen) => {
        const r = ptdSpc(ys, { improvementDirection: directionOf[pol], screenOutliers: screen, fixAfterNPoints: null, runLength: n });
        const limits = xmrLimits(ys, { screenMovingRanges: screen });
        const signals = specialCauseSignals(ys, limits.mean!, limits, n);
        expect(signals.map((s) => specialFor(s, pol))).toEqual(r.pointType.map((t) => fromR[t]));
      }),
      { numRuns: 2000 },
    );
  });
});
