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
