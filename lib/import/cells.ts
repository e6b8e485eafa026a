// Reading one cell's text as a typed value. Each parser returns the value or
// the end of a sentence saying what is wrong ("is not a number"); the row
// reader puts the cell and column name in front of it.

import { z } from "zod";
import { isPeriod } from "@/lib/figures/periods";
import { EARLIEST_PERIOD, latestAllowedPeriod } from "./limits";

export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = (problem: string): CellResult<never> => ({ ok: false, problem });

// Plain decimals only: "12", "-3.5", ".5", "7.". Exponents ("1e3") are
// refused: no figure in a dataset is written that way, and Excel only does
// it for numbers that have lost their formatting.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * A number with a dot for decimals; a trailing "%" is allowed and ignored
 * (docs/data-formats.md). Commas are refused rather than guessed at: "1,234" is a
 * thousand in England but 1.234 in much of Europe, and a wrong guess would
 * store a figure a thousand times out.
 */
export function parseNumber(text: string): CellResult<number> {
  const digits = text.endsWith("%") ? text.slice(0, -1).trimEnd() : text;
  if (digits.includes(",")) return bad("is not a number: write it without commas, with a dot for decimals");
  if (!DECIMAL.test(digits)) return bad("is not a number");
  const value = Number(digits);
  return Number.isFinite(value) ? ok(value) : bad("is too large");
}

/** A whole number within [min, max]. */
export function parseWholeNumber(text: string, min: number, max: number): CellResult<number> {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    return bad(`is not a whole number from ${min} to ${max}`);
  }
  return ok(value);
}

/**
 * A month, "YYYY-MM" with MM from 01 to 12, from EARLIEST_PERIOD to `latest`
 * (next month, see limits.ts). "YYYY-MM" strings compare as months do.
 */
export function parseMonth(text: string, latest: string = latestAllowedPeriod()): CellResult<string> {
  if (!isPeriod(text)) return bad("is not a month in the form YYYY-MM (e.g. 2020-04)");
  if (text < EARLIEST_PERIOD) return bad(`is before ${EARLIEST_PERIOD}, the earliest month Lantern takes`);
  if (text > latest) return bad(`is after next month (${latest}): figures cannot be loaded for months to come`);
  return ok(text);
}

/** A financial year, "YYYY/YY" with the second year following the first (2019/20, 1999/00). */
export function parseFinancialYear(text: string): CellResult<string> {
  if (!isFinancialYear(text)) return bad("is not a financial year in the form YYYY/YY (e.g. 2019/20)");
  return ok(text);
}

/** A benchmark's year: a financial year "2019/20" or a calendar year "2019". */
export function parseBenchmarkYear(text: string): CellResult<string> {
  if (!isFinancialYear(text) && !/^\d{4}$/.test(text)) {
    return bad("is not a year in the form YYYY/YY or YYYY (e.g. 2019/20 or 2019)");
  }
  return ok(text);
}

function isFinancialYear(text: string): boolean {
  const match = /^(\d{4})\/(\d{2})$/.exec(text);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/**
 * One of a fixed list of words. Matched without regard to case because
 * spreadsheets capitalise ("High", "Yes"); the listed spelling is returned.
 */
export function parseWord<const W extends string>(text: string, words: readonly W[]): CellResult<W> {
  const lower = text.toLowerCase();
  const word = words.find((candidate) => candidate === lower);
  return word === undefined ? bad(`is not one of: ${words.join(", ")}`) : ok(word);
}

/** "yes" → true; "no" → false (blank is handled by the caller as false). */
export function parseYesNo(text: string): CellResult<boolean> {
  const lower = text.toLowerCase();
  if (lower === "yes") return ok(true);
  if (lower === "no") return ok(false);
  return bad("is not yes, no or blank");
}

const emailSchema = z.email();

/**
 * An email address, lower-cased so it matches the user account however the
 * spreadsheet capitalised it. zod's pattern is the well-kept one (and it
 * accepts o'brien@…).
 */
export function parseEmail(text: string): CellResult<string> {
  const email = text.toLowerCase();
  return emailSchema.safeParse(email).success ? ok(email) : bad("is not an email address");
}
