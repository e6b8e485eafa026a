// A line-by-line transliteration of NHSRplotthedots v0.2 (R/ptd_spc_standard.R
// and R/ptd_calculate_point_type.R) used as a test oracle. It keeps R's
// shapes on purpose (zero-padded vectors, vapply windows, case_when) and R's
// three-valued logic (NA as null), so that it is an independent reading of the
// R source rather than a copy of Lantern's engine. The run length is a
// parameter only so the generalisation to 6 and 8 can be checked the same way;
// with runLength = 7 it is the R code.
import { meanAsR } from "@/lib/figures";

type L = boolean | null; // R logical: TRUE, FALSE, NA
const and3 = (a: L, b: L): L => (a === false || b === false ? false : a === null || b === null ? null : true);
const or3 = (a: L, b: L): L => (a === true || b === true ? true : a === null || b === null ? null : false);
const not3 = (a: L): L => (a === null ? null : !a);
const cmp = (x: number, y: number, f: (a: number, b: number) => boolean): L =>
  Number.isNaN(x) || Number.isNaN(y) ? null : f(x, y);
const meanNaRm = (v: number[]) => meanAsR(v.filter((x) => !Number.isNaN(x)));
const num = (l: L): number => (l === null ? Number.NaN : l ? 1 : 0);

export interface RStandard {
  mean: number;
  lpl: number;
  upl: number;
  nlpl: number;
  nupl: number;
  outside: L[];
  rtm: number[];
  close: L[];
}

/** ptd_spc_standard for one facet, one rebase group */
function ptdSpcStandard(y: number[], screenOutliers: boolean, fixAfterNPoints: number | null): RStandard {
  const fixY = y.map((v, i) => (i + 1 <= (fixAfterNPoints ?? Infinity) ? v : Number.NaN));
  const mean = meanNaRm(fixY);
  let mr = [Number.NaN, ...fixY.slice(1).map((v, i) => Math.abs(v - fixY[i]))];
  let amr = meanNaRm(mr);
  mr = mr.map((m) => (!screenOutliers ? m : cmp(m, 3.267 * amr, (a, b) => a < b) === true ? m : Number.NaN));
  amr = meanNaRm(mr);
  const limit = 2.66;
  const limitclose = 2 * (limit / 3);
  const lpl = mean - limit * amr;
  const upl = mean + limit * amr;
  const nlpl = mean - limitclose * amr;
  const nupl = mean + limitclose * amr;
  const outside = y.map((v) => or3(cmp(v, upl, (a, b) => a > b), cmp(v, lpl, (a, b) => a < b)));
  const rtm = y.map((v) => Math.sign(v - mean));
  const close = y.map((v, i) =>
    and3(not3(outside[i]), or3(cmp(v, nlpl, (a, b) => a < b), cmp(v, nupl, (a, b) => a > b))),
  );
  return { mean, lpl, upl, nlpl, nupl, outside, rtm, close };
}

function sevenPointOneSideMean(v: number[], n: number): number[] {
  const vp = [...Array(n - 1).fill(0), ...v];
  return v.map((_, k) => {
    const i = k + n - 1;
    let all = true;
    for (let j = 1; j <= n - 1; j++) if (!(vp[i] === vp[i - j])) all = false;
    return all && vp[i] !== 0 ? 1 : 0;
  });
}

function partOfSevenTrend(v: number[], n: number): number[] {
  const vp = [...v, ...Array(n - 1).fill(0)];
  return v.map((_, i) => (vp.slice(i, i + n).some((x) => Math.abs(x) === 1) ? 1 : 0));
}

function sevenPointTrend(y: number[], n: number): number[] {
  if (y.length < n) return y.map(() => 0);
  const out = Array(n - 1).fill(0);
  for (let i = n - 1; i < y.length; i++) {
    const w: number[] = [];
    for (let k = 0; k <= n - 1; k++) w.push(y[i - k]); // y[i - 0:6]
    const d = w.slice(1).map((x, j) => Math.sign(x - w[j]) * -1); // sign(diff(.)) * -1
    out.push(d.every((x) => x === 1) ? 1 : d.every((x) => x === -1) ? -1 : 0);
  }
  return out;
}

function twoInThree(v: L[], rtm: number[]): L[] {
  if (v.length === 0) return [];
  const vp = [0, 0, ...v.map(num), 0, 0];
  const rtmp = [0, 0, ...rtm, 0, 0];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0); // NaN (NA) propagates
  const win = (i: number): L => {
    const s = sum(vp.slice(i, i + 3));
    return and3(Number.isNaN(s) ? null : s >= 2, Math.abs(sum(rtmp.slice(i, i + 3))) === 3);
  };
  return v.map((_, i) => or3(or3(win(i), win(i + 1)), win(i + 2)));
}

function partOfTwoInThree(v: L[], x: L[]): L[] {
  return v.map((vi, i) => and3(vi === null ? null : vi === true, x[i] === null ? null : x[i] === true));
}

type RSpecialCauseType = string;

/** ptd_special_cause_type */
function ptdSpecialCauseType(y: number[], s: RStandard, n: number): RSpecialCauseType[] {
  const partSevenPointTrend = partOfSevenTrend(sevenPointTrend(y, n), n);
  const partTwoInThree = partOfTwoInThree(twoInThree(s.close, s.rtm), s.close);
  const partSevenPointOneSideMean = partOfSevenTrend(sevenPointOneSideMean(s.rtm, n), n);
  const sdyRaw = y.slice(1).map((x, j) => Math.sign(x - y[j]));
  const yes = [...sdyRaw, sdyRaw.at(-1) ?? Number.NaN];
  const no = [0, ...sdyRaw];
  const test = [...partSevenPointTrend.slice(1), 0].map((a, i) => a !== 0 && partSevenPointTrend[i] !== 0);
  const sdy = y.map((_, i) => (test[i] ? yes[i] : no[i]));
  const aboveOrBelow = s.rtm.map((r) => (r > 0 ? "Above" : "Below"));
  return y.map((_, i) => {
    if (s.outside[i] === true) return s.rtm[i] === 1 ? "Above UCL" : "Below LCL";
    if (partSevenPointTrend[i] !== 0) return `7 Point Trend (${sdy[i] === 1 ? "In" : "De"}creasing)`;
    if (partTwoInThree[i] === true) return `2 in 3 ${aboveOrBelow[i]} CL`;
    if (partSevenPointOneSideMean[i] !== 0) return `7 Points ${aboveOrBelow[i]} CL`;
    return "Common Cause";
  });
}

/** ptd_point_type */
function ptdPointType(types: RSpecialCauseType[], improvementDirection: 1 | -1 | 0): string[] {
  return types.map((t) => {
    let v = /Above|Increasing/.test(t) ? 1 : /Below|Decreasing/.test(t) ? -1 : 0;
    if (improvementDirection === 0) return v > 0 ? "special_cause_neutral_high" : v < 0 ? "special_cause_neutral_low" : "common_cause";
    v *= improvementDirection;
    return v > 0 ? "special_cause_improvement" : v < 0 ? "special_cause_concern" : "common_cause";
  });
}

/** ptd_spc(...) point types for one series */
export function ptdSpc(
  y: number[],
  options: { improvementDirection: 1 | -1 | 0; screenOutliers: boolean; fixAfterNPoints: number | null; runLength?: number },
): { standard: RStandard; pointType: string[] } {
  const n = options.runLength ?? 7;
  const standard = ptdSpcStandard(y, options.screenOutliers, options.fixAfterNPoints);
  return { standard, pointType: ptdPointType(ptdSpecialCauseType(y, standard, n), options.improvementDirection) };
}
