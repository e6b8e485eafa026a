// Benchmarks worked out by hand from the reference files (the neighbour
// figures are copied into the comments so the arithmetic can be checked).
import { beforeAll, describe, expect, it } from "vitest";
import { byYear, compareWithLocal, computeBenchmarks } from "@/lib/benchmarks/compute";
import { readEesFile } from "@/lib/benchmarks/ees";
import { readyMapping } from "@/lib/benchmarks/mappings";
import { parseModelFile, subjectFor } from "@/lib/benchmarks/model";
import { indexPopulations, ratesPer10k, readPopulationFile } from "@/lib/benchmarks/population";
import { ABSENT_TEXT, MISSING_TEXT } from "@/lib/benchmarks/symbols";
import type { AreaFigure, SnModel } from "@/lib/benchmarks/types";
import { FILES, ok, reference } from "./support";

let model2021: SnModel;
beforeAll(() => {
  model2021 = ok(parseModelFile(reference(FILES.sn2021), FILES.sn2021)).model;
});

function benchmarksFor(code: string, figures: AreaFigure[], year: string, polarity: "high" | "low" | "info" = "low") {
  const subject = subjectFor(model2021, code)!;
  const grouped = byYear(figures);
  return computeBenchmarks({ ...subject, regionCode: null }, { year, figures: grouped.figuresOf(year), inRelease: grouped.inRelease }, polarity);
}

describe("re-referrals within 12 months, Shropshire (893), 2021 model", () => {
  let figures: AreaFigure[];
  beforeAll(() => {
    figures = ok(readEesFile(reference(FILES.rereferrals), FILES.rereferrals, readyMapping("rereferrals-12-months")!)).figures;
  });

  // 2024: Devon 21.9, Herefordshire u, Dorset 14.1, Wiltshire 19.1, Somerset 23,
  // Gloucestershire 21.5, Suffolk 19.1, Worcestershire 20.9, Cornwall 25.3,
  // Cumbria: no row (abolished 1 April 2023).
  // Eight with data: sum 164.9, mean 20.6125; sorted 14.1 19.1 19.1 20.9 | 21.5
  // 21.9 23 25.3 → median (20.9 + 21.5) / 2 = 21.2; best (lower) 14.1.
  it("2024: a neighbour of low reliability (u) and one that no longer exists are left out and listed", () => {
    const b = benchmarksFor("893", figures, "2024");
    expect(b.authority).toEqual({ code: "893", name: "Shropshire", value: 12.7, missing: null });
    expect(b.england).toBe(22.4);
    expect(b.region).toEqual({ code: "E12000005", name: "West Midlands", value: 20.7 });
    expect(b.snWithData).toBe(8);
    expect(b.snAverage).toBe(20.61);
    expect(b.snMedian).toBe(21.2);
    expect(b.snBest).toBe(14.1);
    expect(b.snLeftOut).toEqual([
      { code: "884", name: "Herefordshire", reason: MISSING_TEXT.u, symbol: "u" },
      { code: "909", name: "Cumbria", reason: ABSENT_TEXT, symbol: null },
    ]);
    // Shropshire 12.7 is the lowest of itself and the eight
    expect(b.rankSn).toEqual({ rank: 1, of: 9 });
    // 153 authorities in 2024; 884 (u), 850 (u), 420 (c), 201 (c) have no figure
    expect(b.nationalWithData).toBe(149);
    expect(b.nationalLeftOut.map((l) => `${l.code} ${l.symbol}`).sort()).toEqual(["201 c", "420 c", "850 u", "884 u"]);
    // three authorities have a lower rate (checked against the file): rank 4 of 149
    expect(b.rankAll).toEqual({ rank: 4, of: 149 });
    // type-7 quartiles of the 149 figures: Q1 17.7, Q3 23.6; lower is better
    expect(b.topQuartile).toBe(17.7);
    expect(b.bottomQuartile).toBe(23.6);
    expect(b.quartile).toBe(1);
  });

  // 2022: all ten have data: 19.5 2.7 16.8 14.3 20.1 24.5 19.9 21.2 28.1 23.5,
  // sum 190.6, mean 19.06; sorted …19.9 | 20.1… → median 20.0; best 2.7.
  it("2022: all ten neighbours counted", () => {
    const b = benchmarksFor("893", figures, "2022");
    expect(b.snWithData).toBe(10);
    expect(b.snLeftOut).toEqual([]);
    expect(b.snAverage).toBe(19.06);
    expect(b.snMedian).toBe(20);
    expect(b.snBest).toBe(2.7);
    // 13.8: only Herefordshire's 2.7 is lower
    expect(b.rankSn).toEqual({ rank: 2, of: 11 });
    expect(b.neighbours.find((n) => n.code === "909")).toEqual({ code: "909", name: "Cumbria", value: 23.5, missing: null });
  });

  it("with higher-is-better polarity the best and ranks turn round; info has none", () => {
    const high = benchmarksFor("893", figures, "2022", "high");
    expect(high.snBest).toBe(28.1);
    expect(high.rankSn).toEqual({ rank: 10, of: 11 });
    const info = benchmarksFor("893", figures, "2022", "info");
    expect(info.snAverage).toBe(19.06);
    expect([info.snBest, info.topQuartile, info.rankAll, info.rankSn, info.quartile]).toEqual([null, null, null, null, null]);
  });
});

describe("second or subsequent CP plans, West Berkshire (869), 2023", () => {
  // Buckinghamshire 25.8, Hampshire 24.4, Central Bedfordshire 18.5,
  // Oxfordshire 26.6, Surrey 25.9, Hertfordshire 21.1, Cambridgeshire 25,
  // Cheshire East 20, Bracknell Forest 33.3, Rutland c (suppressed).
  // Nine: sum 220.6, mean 24.5111…; sorted 18.5 20 21.1 24.4 [25] 25.8 25.9 26.6 33.3.
  it("a suppressed neighbour (c) is left out, not counted as zero", () => {
    const figures = ok(readEesFile(reference(FILES.cpp), FILES.cpp, readyMapping("cpp-second-or-subsequent")!)).figures;
    const b = benchmarksFor("869", figures, "2023");
    expect(b.authority.value).toBe(25.2);
    expect(b.snWithData).toBe(9);
    expect(b.snAverage).toBe(24.51);
    expect(b.snMedian).toBe(25);
    expect(b.snBest).toBe(18.5);
    expect(b.snLeftOut).toEqual([{ code: "857", name: "Rutland", reason: MISSING_TEXT.c, symbol: "c" }]);
    // 25.2: five of the nine are lower → 6th of 10
    expect(b.rankSn).toEqual({ rank: 6, of: 10 });
    expect(b.england).toBe(23.6);
    expect(b.region).toMatchObject({ name: "South East", value: 25.1 });
  });
});

describe("rates per 10,000 made with each area's own population", () => {
  it("children in need, 2025: counts at 31 March over the mid-2024 0–17 estimate", () => {
    const counts = ok(readEesFile(reference(FILES.cin), FILES.cin, readyMapping("cin-rate-per-10k")!));
    const population = ok(readPopulationFile(reference(FILES.population), FILES.population));
    const rates = ratesPer10k(counts.figures, indexPopulations(population.figures), counts.timeIdentifier);
    const b = benchmarksFor("330", rates, "2025", "info");
    // Birmingham: 9,301 ÷ 292,859 × 10,000 = 317.593…
    expect(b.authority.value).toBeCloseTo(317.593, 3);
    // England: 402,400 ÷ 12,183,016 × 10,000 = 330.296…
    expect(b.england).toBeCloseTo(330.296, 3);
    // each neighbour with its own population, not the authority's: Luton (821)
    const luton = rates.find((f) => f.year === "2025" && f.code === "821")!;
    const lutonCount = counts.figures.find((f) => f.year === "2025" && f.code === "821")!.value!;
    const lutonPopulation = population.figures.find((f) => f.year === "2024" && f.code === "821")!.value!;
    expect(luton.value).toBeCloseTo((lutonCount / lutonPopulation) * 10_000, 9);
  });

  it("an area without a population for the year has no rate, and says so", () => {
    const counts = ok(readEesFile(reference(FILES.cin), FILES.cin, readyMapping("cin-rate-per-10k")!));
    const population = ok(readPopulationFile(reference(FILES.population), FILES.population));
    const rates = ratesPer10k(counts.figures, indexPopulations(population.figures), counts.timeIdentifier);
    // Dorset (835) in 2014: the population file has "x" for 2013
    const dorset = rates.find((f) => f.year === "2014" && f.code === "835")!;
    expect(dorset).toMatchObject({ value: null, missing: "no_population" });
  });
});

describe("the authority's own published figure beside its local outturn", () => {
  it("flags a difference over the tolerance", () => {
    expect(compareWithLocal(12.7, 12.9, 0.5)).toEqual({ published: 12.7, local: 12.9, difference: 0.2, disagrees: false });
    expect(compareWithLocal(12.7, 14, 0.5)).toEqual({ published: 12.7, local: 14, difference: 1.3, disagrees: true });
    expect(compareWithLocal(null, 14, 0.5).disagrees).toBe(false);
  });
});
