// RAG bands written as tolerances, the way a council's monthly performance
// report prints them (one column each for red, amber and green), and the
// "range" polarity's ± tolerances around a target. Pure: the caller passes
// how a number is written (lib/format), so this module imports no formatter.
//
// How bands are written (the band rule is rag.ts: closed intervals, green first):
// - lower bounds only (higher is better: green_min=95, amber_min=92):
//   red "<92%", amber "92%>", green "95%+" (as the council's report writes them);
// - upper bounds only (lower is better: green_max=23, amber_max=26):
//   green "≤23%", amber "≤26%", red ">26%";
// - a target with green (and amber) bands symmetric about it (the range
//   polarity: green_min=153.8, green_max=163.8 around 158.8): green "158.8 ±5",
//   amber "158.8 ±15", red "beyond ±15";
// - any other two-sided band: green "14 to 20", amber "13 to 21", red
//   "<13 or >21".
// No bands: every column null ("no RAG").

import { tidy } from "./round";
import type { Bands } from "./types";

export interface Tolerances {
  red: string | null;
  amber: string | null;
  green: string | null;
  /** the bands in a sentence, e.g. "Green within ±5 of 158.8 (153.8 to 163.8); amber within ±15; red beyond ±15." */
  summary: string | null;
  /** set when the bands are ± tolerances around the target */
  plusMinus: { target: number; green: number; amber: number | null } | null;
}

const NONE: Tolerances = { red: null, amber: null, green: null, summary: null, plusMinus: null };

/**
 * Bands for a "range" indicator: green within ±green of the target, amber
 * within ±amber (e.g. 158.8, 5, 15 → green 153.8–163.8, amber 143.8–173.8).
 */
export function rangeBands(target: number, green: number, amber: number | null = null): Bands {
  return {
    greenMin: tidy(target - green),
    greenMax: tidy(target + green),
    amberMin: amber === null ? null : tidy(target - amber),
    amberMax: amber === null ? null : tidy(target + amber),
  };
}

/** The half-width of a band centred on the target, or null when it is not centred (or not two-sided). */
function halfWidthAround(target: number, min: number | null, max: number | null): number | null {
  if (min === null || max === null) return null;
  const below = tidy(target - min);
  const above = tidy(max - target);
  return below === above && below >= 0 ? below : null;
}

export function tolerancesOf(bands: Bands, { target, format }: { target: number | null; format: (n: number) => string }): Tolerances {
  const { greenMin, greenMax, amberMin, amberMax } = bands;
  const hasGreen = greenMin !== null || greenMax !== null;
  const hasAmber = amberMin !== null || amberMax !== null;
  if (!hasGreen && !hasAmber) return NONE;
  // a bare number for the ± tolerance: "±5", never "±5%" for a percentage target of 92%
  const plain = (n: number) => format(n).replace(/%$/, "");

  // ± tolerances around the target
  if (target !== null) {
    const green = halfWidthAround(target, greenMin, greenMax);
    const amber = hasAmber ? halfWidthAround(target, amberMin, amberMax) : null;
    if (green !== null && (!hasAmber || amber !== null)) {
      const outer = amber ?? green;
      const t = format(target);
      return {
        green: `${t} ±${plain(green)}`,
        amber: amber === null ? null : `${t} ±${plain(amber)}`,
        red: `beyond ±${plain(outer)}`,
        summary:
          `Green within ±${plain(green)} of ${t} (${format(greenMin!)} to ${format(greenMax!)})` +
          (amber === null ? "" : `; amber within ±${plain(amber)} (${format(amberMin!)} to ${format(amberMax!)})`) +
          `; red beyond ±${plain(outer)}.`,
        plusMinus: { target, green, amber },
      };
    }
  }

  const lowerOnly = greenMax === null && amberMax === null;
  const upperOnly = greenMin === null && amberMin === null;
  if (lowerOnly) {
    // higher is better: "95%+", "92%>", "<92%"
    const redBelow = amberMin ?? greenMin!;
    return {
      green: greenMin === null ? null : `${format(greenMin)}+`,
      amber: amberMin === null ? null : `${format(amberMin)}>`,
      red: `<${format(redBelow)}`,
      summary:
        (greenMin === null ? "" : `Green ${format(greenMin)} or more; `) +
        (amberMin === null ? "" : `amber ${format(amberMin)}${greenMin === null ? " or more" : ` up to ${format(greenMin)}`}; `) +
        `red below ${format(redBelow)}.`,
      plusMinus: null,
    };
  }
  if (upperOnly) {
    // lower is better: "≤23%", "≤26%", ">26%"
    const redAbove = amberMax ?? greenMax!;
    return {
      green: greenMax === null ? null : `≤${format(greenMax)}`,
      amber: amberMax === null ? null : `≤${format(amberMax)}`,
      red: `>${format(redAbove)}`,
      summary:
        (greenMax === null ? "" : `Green ${format(greenMax)} or less; `) +
        (amberMax === null ? "" : `amber ${greenMax === null ? "" : `over ${format(greenMax)} up to `}${format(amberMax)}${greenMax === null ? " or less" : ""}; `) +
        `red above ${format(redAbove)}.`,
      plusMinus: null,
    };
  }

  // two-sided, not centred on a target
  const interval = (min: number | null, max: number | null) =>
    min !== null && max !== null ? `${format(min)} to ${format(max)}` : min !== null ? `${format(min)}+` : max !== null ? `≤${format(max)}` : null;
  const outerMin = amberMin ?? greenMin;
  const outerMax = amberMax ?? greenMax;
  const red = [outerMin !== null ? `<${format(outerMin)}` : null, outerMax !== null ? `>${format(outerMax)}` : null].filter(Boolean).join(" or ");
  const green = interval(greenMin, greenMax);
  const amber = interval(amberMin, amberMax);
  return {
    green,
    amber,
    red: red || null,
    summary: `${green ? `Green ${green}; ` : ""}${amber ? `amber ${amber} (when not green); ` : ""}red otherwise.`,
    plusMinus: null,
  };
}
