// Rounding for derived figures. Binary floating point turns 81.3 − 94 into
// −12.700000000000003 and 1.005 × 100 into 100.49999999999999; a board paper
// must show neither, so figures are cleaned before they leave the engine.

/**
 * Round half away from zero to `decimals` places (−4.255 → −4.26), after
 * clearing representation noise so that 1.005 rounds to 1.01 as a person
 * would expect. Never returns −0.
 */
export function roundTo(x: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(x) * scale).toPrecision(15));
  // beyond 15 significant digits there are no decimals left to round
  if (!Number.isFinite(scaled) || scaled >= 1e15) return x === 0 ? 0 : x;
  const rounded = (Math.sign(x) * Math.round(scaled)) / scale;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Keep 12 significant digits: removes the noise of sums and differences of
 * decimals (0.1 + 0.2) without changing any figure a person could read.
 */
export function tidy(x: number): number {
  const cleaned = Number(x.toPrecision(12));
  return cleaned === 0 ? 0 : cleaned;
}
