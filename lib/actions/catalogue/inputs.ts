// The catalogue editor's fields (docs/data-formats.md, indicators.csv): every
// column of the catalogue, each with a plain message naming the field.
import { z } from "zod";
import { requiredText } from "../fields";
import { typedNumber } from "@/lib/figures/band-preview";
import { AGGREGATIONS, BASES, FREQUENCIES, POLARITIES, UNITS } from "@/lib/figures/vocabulary";

const optionalNumber = (what: string) =>
  z
    .union([z.string(), z.number(), z.null(), z.undefined()])
    .transform((v, ctx) => {
      const n = typeof v === "number" ? v : typedNumber(v ?? "");
      if (n !== null && !Number.isFinite(n)) {
        ctx.addIssue({ code: "custom", message: `${what} must be a number, or blank for none` });
        return z.NEVER;
      }
      return n;
    });

const optionalText = (max: number, what: string) =>
  z
    .string()
    .nullish()
    .transform((v) => (v ?? "").trim())
    .pipe(z.string().max(max, `${what} must be at most ${max} characters`))
    .transform((v) => (v === "" ? null : v));

const word = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `Choose the ${what} from the list` });

const person = (what: string) =>
  z
    .string()
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(z.uuid({ error: `Choose the ${what} from the list` }).nullable());

export const indicatorFields = {
  code: requiredText("Give the indicator's code", 40, "The code must be at most 40 characters")
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "The code cannot contain control characters"),
  title: z.string({ error: "Give the indicator's title" }).trim().min(1, "Give the indicator's title").max(300, "The title must be at most 300 characters"),
  // whether the area exists and is in use is asked of the database (catalogue/core.ts)
  service: z.string({ error: "Choose a service area from the list" }).min(1, "Choose a service area from the list").max(64, "Choose a service area from the list"),
  polarity: word(POLARITIES, "polarity"),
  unit: word(UNITS, "unit"),
  aggregation: word(AGGREGATIONS, "aggregation"),
  decimals: z.coerce.number({ error: "Decimals must be a whole number from 0 to 6" }).int("Decimals must be a whole number from 0 to 6").min(0, "Decimals must be a whole number from 0 to 6").max(6, "Decimals must be a whole number from 0 to 6"),
  frequency: word(FREQUENCIES, "frequency"),
  // absent (an older form or script): kept as it is
  basis: word(BASES, "basis").optional(),
  greenMin: optionalNumber("The green band's lower bound"),
  greenMax: optionalNumber("The green band's upper bound"),
  amberMin: optionalNumber("The amber band's lower bound"),
  amberMax: optionalNumber("The amber band's upper bound"),
  target: optionalNumber("The target"),
  outcome: optionalText(2000, "What good looks like"),
  definition: optionalText(4000, "The definition"),
  ownerId: person("owner"),
  reporterId: person("reporter"),
  partOf: z
    .string()
    .nullish()
    .transform((v) => (v ?? "").trim() || null),
  /** absent (null) leaves the formula as it is; blank asks to remove it (refused, ./formula.ts) */
  formula: z.string().max(2000, "The formula must be at most 2,000 characters").nullish(),
  councilPlan: z.preprocess((v) => v === true || v === "on" || v === "yes" || v === "true", z.boolean()),
};
