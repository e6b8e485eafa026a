// zod fields more than one action's input uses. Messages are plain sentences;
// defineAction keys them by field from zod's issue path.
import { z } from "zod";
import { isPeriod } from "@/lib/figures/periods";

/** A reporting month, "YYYY-MM": the same check (isPeriod) as the CLI, the pages and the importer. */
export const month = z.string({ error: "Month is required" }).refine(isPeriod, "Month must be written YYYY-MM");

/** A database id from a form or a URL: a positive whole number. */
export const id = (what: string) =>
  z.coerce
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .positive(`${what} must be a positive number`);

/**
 * Text that must be given, trimmed: `missing` is said when it is absent or
 * blank (with "(at least N characters)" when `min` is more than one), and
 * `tooLong` when it runs past `max` characters.
 */
export const requiredText = (missing: string, max: number, tooLong: string, min = 1) =>
  z
    .string({ error: missing })
    .trim()
    .min(min, min > 1 ? `${missing} (at least ${min} characters)` : missing)
    .max(max, tooLong);
