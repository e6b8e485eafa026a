// How figures are written on pages and papers. Missing figures are "n/a",
// never 0, NaN or Infinity.
import type { Unit } from "@/lib/figures/types";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// One formatter per number of decimals: toLocaleString builds a new one on
// every call, which showed up in profiles of big scorecards.
const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "n/a";
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, formatter);
  }
  return formatter.format(value);
}

export function formatValue(value: number | null | undefined, unit: Unit, decimals: number): string {
  const text = formatNumber(value, decimals);
  if (text === "n/a") return text;
  return unit === "percent" ? `${text}%` : text;
}

export function formatChangePct(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "n/a";
  const rounded = Math.round(value);
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : ""}${Math.abs(rounded)}%`;
}

/** "2020-04" → "April 2020" */
export function monthLabel(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}

/** "2020-04" → "Apr 20" */
export function shortMonthLabel(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return `${MONTHS[m - 1].slice(0, 3)} ${String(y).slice(2)}`;
}
