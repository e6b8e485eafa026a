// The arithmetic mean as R's mean() returns it, so SPC centre lines and
// limits agree with NHSRplotthedots to the last bit.
//
// R sums in 80-bit long double and then corrects the quotient once
// (src/main/summary.c, real_mean), which gives the correctly rounded mean in
// practice. Adding up in plain doubles does not: 0.1, 0.2, 0.3 average to
// 0.20000000000000004, and a point of 0.2 would then sit below the mean
// instead of on it, which changes shifts. Here the sum is carried as a
// double-double (hi + lo, about 106 bits) and the quotient corrected with an
// exact product, which rounds the same way.

function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

// Dekker's split and exact product: p + err = a × b exactly.
const SPLITTER = 134217729; // 2^27 + 1
function split(a: number): [number, number] {
  const c = SPLITTER * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

/** mean of finite numbers rounded as R rounds it; NaN for an empty list (as R) */
export function meanAsR(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  let hi = 0;
  let lo = 0;
  for (const x of values) {
    const [s, e] = twoSum(hi, x);
    hi = s;
    lo += e;
  }
  [hi, lo] = twoSum(hi, lo);
  const q = hi / n;
  if (!Number.isFinite(q)) return q;
  const [p, pErr] = twoProduct(q, n);
  const residual = hi - p - pErr + lo;
  return q + residual / n;
}
