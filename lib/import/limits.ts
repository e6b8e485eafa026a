// The bounds every import file is held to, in one place, so every way in refuses the same files. Pure.
import { addMonths } from "../figures/periods";
import { MAX_BODY } from "../actions/commentary/inputs";

/** Validation stops after this many errors and says how many rows it did not check. */
export const MAX_ERRORS = 1000;

/** A data-quality note is a sentence or two; a longer one is almost always a paste gone wrong. */
export const MAX_NOTE_CHARS = 2000;

/** Imported commentary is held to the same ceiling as commentary written in Lantern. */
export const MAX_BODY_CHARS = MAX_BODY;

/** Any other cell: titles, definitions, outcome statements. */
export const MAX_CELL_CHARS = 20_000;

/** No children's social care dataset Lantern takes in goes back further. */
export const EARLIEST_PERIOD = "1990-01";

/** The month of `now` (UTC), "YYYY-MM". */
function monthOf(now: Date): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
}

/**
 * The latest month a file may carry: next month. Figures for the month just
 * begun are sometimes loaded early (a quarter end), never further ahead: a
 * period years away is a typo (0000-01, 2202-04) that would show in every
 * reporter's list.
 */
export function latestAllowedPeriod(now: Date = new Date()): string {
  return addMonths(monthOf(now), 1);
}
