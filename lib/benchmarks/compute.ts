// Every benchmark of one indicator for one year, for one authority and its
// statistical neighbours, from the figures of that year (all levels).
//
// Rules:
// - England and the region are the file's own national and regional rows
//   (the region is the one the authority's row names: Inner or Outer London
//   for London boroughs, as the DfE files group them).
// - A neighbour with a DfE symbol, an empty cell, no population for a rate,
//   or no row at all that year (abolished or merged, e.g. 909 Cumbria from
//   2023/24) is left out of the SN average, median, best and rank, and listed
//   with its reason: never counted as zero. snWithData says how many counted.
// - Best SN, the quartile thresholds, quartile and ranks follow the
//   indicator's polarity; info and range indicators have none.
// - Averages, medians and thresholds are rounded to 2 decimals.
import { roundTo } from "@/lib/figures/round";
import { best, mean, median, quartileOf, quartileThresholds, rankOf } from "./quartiles";
import { compareTimePeriods } from "./years";
import { ABSENT_TEXT, MISSING_TEXT, NOT_IN_FILE_TEXT } from "./symbols";
import type { AreaFigure, BenchmarkResult, LeftOut, Polarity } from "./types";

export interface BenchmarkSubject {
  /** old three-digit LA code */
  code: string;
  name: string;
  /** used when the authority has no row in the year */
  regionCode: string | null;
  neighbours: { code: string; name: string }[];
}

export interface YearFigures {
  year: string;
  /** every figure of the year: national, regional and local-authority rows */
  figures: readonly AreaFigure[];
  /** authorities with a row in any year of the same release: absent this year means abolished, merged or new */
  inRelease: ReadonlySet<string>;
}

const DECIMALS = 2;
const r = (x: number | null) => (x === null ? null : roundTo(x, DECIMALS));

function whyMissing(figure: AreaFigure | undefined, code: string, inRelease: ReadonlySet<string>): string {
  if (figure) return MISSING_TEXT[figure.missing ?? "blank"];
  return inRelease.has(code) ? ABSENT_TEXT : NOT_IN_FILE_TEXT;
}

export function computeBenchmarks(subject: BenchmarkSubject, { year, figures, inRelease }: YearFigures, polarity: Polarity): BenchmarkResult {
  const authorities = new Map<string, AreaFigure>();
  let england: AreaFigure | undefined;
  const regions = new Map<string, AreaFigure>();
  for (const f of figures) {
    if (f.year !== year) continue;
    if (f.level === "local_authority") authorities.set(f.code, f);
    else if (f.level === "regional") regions.set(f.code, f);
    else england = f;
  }

  const all: number[] = [];
  const nationalLeftOut: LeftOut[] = [];
  for (const f of authorities.values()) {
    if (f.value !== null) all.push(f.value);
    else nationalLeftOut.push({ code: f.code, name: f.name, reason: MISSING_TEXT[f.missing ?? "blank"], symbol: f.missing ?? "blank" });
  }

  const own = authorities.get(subject.code);
  const ownValue = own?.value ?? null;
  const regionCode = own?.regionCode ?? subject.regionCode;
  const region = regionCode ? regions.get(regionCode) : undefined;

  const neighbours = subject.neighbours.map((n) => {
    const f = authorities.get(n.code);
    const value = f?.value ?? null;
    return { code: n.code, name: n.name, value, missing: value === null ? whyMissing(f, n.code, inRelease) : null, symbol: value === null ? (f ? (f.missing ?? "blank") : null) : null };
  });
  const withData = neighbours.filter((n) => n.value !== null).map((n) => n.value as number);
  const snLeftOut = neighbours.filter((n) => n.value === null).map((n) => ({ code: n.code, name: n.name, reason: n.missing as string, symbol: n.symbol }));

  const thresholds = quartileThresholds(all, polarity);
  return {
    year,
    authority: {
      code: subject.code,
      name: subject.name,
      value: ownValue,
      missing: ownValue === null ? whyMissing(own, subject.code, inRelease) : null,
    },
    england: england?.value ?? null,
    region: { code: regionCode ?? null, name: region?.name ?? own?.regionName ?? null, value: region?.value ?? null },
    neighbours: neighbours.map(({ code, name, value, missing }) => ({ code, name, value, missing })),
    snAverage: r(mean(withData)),
    snMedian: r(median(withData)),
    snBest: best(withData, polarity),
    snWithData: withData.length,
    snLeftOut,
    topQuartile: r(thresholds?.top ?? null),
    bottomQuartile: r(thresholds?.bottom ?? null),
    quartile: thresholds && ownValue !== null ? quartileOf(ownValue, thresholds, polarity) : null,
    rankAll: ownValue === null ? null : rankOf(ownValue, all, polarity),
    rankSn: ownValue === null ? null : rankOf(ownValue, [ownValue, ...withData], polarity),
    nationalWithData: all.length,
    nationalLeftOut,
  };
}

/** The authority's own published figure beside its local outturn: a gap over the tolerance is flagged. */
export function compareWithLocal(
  published: number | null,
  local: number | null,
  tolerance: number,
): { published: number | null; local: number | null; difference: number | null; disagrees: boolean } {
  if (published === null || local === null) return { published, local, difference: null, disagrees: false };
  const difference = roundTo(local - published, 6);
  return { published, local, difference, disagrees: Math.abs(difference) > tolerance };
}

/** the release's figures grouped by year, with the authorities seen in any year */
export function byYear(figures: readonly AreaFigure[]): { years: string[]; inRelease: Set<string>; figuresOf: (year: string) => AreaFigure[] } {
  const groups = new Map<string, AreaFigure[]>();
  const inRelease = new Set<string>();
  for (const f of figures) {
    if (f.level === "local_authority") inRelease.add(f.code);
    const list = groups.get(f.year) ?? [];
    list.push(f);
    groups.set(f.year, list);
  }
  const years = [...groups.keys()].sort(compareTimePeriods);
  return { years, inRelease, figuresOf: (year) => groups.get(year) ?? [] };
}
