// RAG from an indicator's bands (docs/data-formats.md, indicators.csv).
//
// THE BAND RULE
// - Each band is a CLOSED interval [min, max]: a value equal to an edge is
//   inside the band. A blank bound is unbounded on that side.
// - Green when the value is inside the green band; else amber when inside the
//   amber band; else red. Green is checked first, so where bands share an
//   edge the edge is green ("95%+ green, 92% to 95% amber": 95 is green).
// - "below 23% green, 23% to 26% amber" is written green_max=23,
//   amber_max=26, so under the closed rule exactly 23 is green and exactly 26
//   amber: the stored bound is the last value that still earns the colour.
// - No bands at all (all four bounds blank) means no RAG: null. So does a
//   missing value. A band whose two bounds are both blank does not exist;
//   with only an amber band, a value outside it is red.
// - The stored value is rated, not the rounded figure on the page (as a
//   spreadsheet's conditional formatting does): 94.96 with green_min=95 is
//   amber even when it prints as "95".

import type { Bands, Rag } from "./types";

function bandExists(min: number | null, max: number | null): boolean {
  return min !== null || max !== null;
}

function inside(value: number, min: number | null, max: number | null): boolean {
  return (min === null || value >= min) && (max === null || value <= max);
}

/** true when an indicator has any band at all */
function hasBands(bands: Bands): boolean {
  return bandExists(bands.greenMin, bands.greenMax) || bandExists(bands.amberMin, bands.amberMax);
}

/** green / amber / red by the band rule above; null with no bands or no value */
export function ragFor(value: number | null, bands: Bands): Rag | null {
  if (value === null || !Number.isFinite(value) || !hasBands(bands)) return null;
  if (bandExists(bands.greenMin, bands.greenMax) && inside(value, bands.greenMin, bands.greenMax)) return "green";
  if (bandExists(bands.amberMin, bands.amberMax) && inside(value, bands.amberMin, bands.amberMax)) return "amber";
  return "red";
}
