// The Department for Education's symbols in EES files: a cell holding one of
// these has no figure, and must never be read as zero (it is left out of every
// average, median, rank and quartile, and listed with its reason).
import type { MissingReason } from "./types";

const DFE_SYMBOLS = ["c", "z", "x", ":", "low", "k", "u"] as const;
type DfeSymbol = (typeof DFE_SYMBOLS)[number];

/** Why a figure is missing, in words (DfE's symbol guidance for EES). */
export const MISSING_TEXT: Record<MissingReason, string> = {
  c: "suppressed (c): a small number, withheld to protect confidentiality",
  z: "not applicable (z)",
  x: "not available (x)",
  ":": "not available (:)",
  low: "rounds to zero (low): a positive figure too small to show",
  k: "below half the smallest unit shown (k)",
  u: "low reliability (u)",
  blank: "no figure (empty cell)",
  no_population: "no 0–17 population estimate for the year, so no rate",
};

/** Why an authority is left out when it has no row at all in a year of the file. */
export const ABSENT_TEXT = "not in this year's data (the authority no longer exists or did not yet exist: abolished, merged or new)";
export const NOT_IN_FILE_TEXT = "not in this file";

export type CellReading = { kind: "number"; value: number } | { kind: "missing"; reason: MissingReason } | { kind: "invalid" };

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

/** Reads one measure cell: a number, a DfE symbol (or an empty cell), or neither. */
export function readCell(raw: string): CellReading {
  const text = raw.trim();
  if (text === "") return { kind: "missing", reason: "blank" };
  const lower = text.toLowerCase();
  if ((DFE_SYMBOLS as readonly string[]).includes(lower)) return { kind: "missing", reason: lower as DfeSymbol };
  const plain = text.replace(/,/g, "");
  if (NUMBER.test(plain)) {
    const value = Number(plain);
    if (Number.isFinite(value)) return { kind: "number", value };
  }
  return { kind: "invalid" };
}
