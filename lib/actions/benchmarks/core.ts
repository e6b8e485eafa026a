import "server-only";
// Benchmarks from the DfE's open data, as the admin page's actions:
// each is a defineAction core (session → zod → the policy's data.load →
// transaction + audit) around the same step the CLI runs (./store.ts,
// ./model.ts). A refusal carries every file error in details.errors.
import { z } from "zod";
import { defineAction } from "../define-action";
import { importModel, setAuthority } from "./model";
import { importMeasure, importPopulation } from "./store";

/** a file's text and name, as the page's upload route passes them */
const file = {
  text: z.string({ error: "Choose a file" }).min(1, "The file is empty"),
  fileName: z.string({ error: "Choose a file" }).trim().min(1, "Choose a file").max(200, "The file name is too long"),
};

const anyone = async () => ({ resource: {}, loaded: null });

export const importModelCore = defineAction({
  permission: "data.load",
  input: z.object({ ...file, name: z.string().trim().max(40, "The model's name must be at most 40 characters").optional() }),
  load: anyone,
  handler: ({ tx, actor, input }) => importModel(tx, { ...input, name: input.name || null }, actor.id),
});

export const importPopulationCore = defineAction({
  permission: "data.load",
  input: z.object(file),
  load: anyone,
  handler: ({ tx, actor, input }) => importPopulation(tx, input, actor.id),
});

export const setAuthorityCore = defineAction({
  permission: "data.load",
  input: z.object({
    laCode: z.string({ error: "Choose the authority" }).trim().regex(/^\d{3}$/, "Choose the authority (a three-digit LA code)"),
    model: z.string({ error: "Choose the model" }).trim().min(1, "Choose the model"),
  }),
  load: anyone,
  handler: ({ tx, actor, input }) => setAuthority(tx, input, actor.id),
});

export const importMeasureCore = defineAction({
  permission: "data.load",
  input: z
    .object({
      ...file,
      indicator: z.string({ error: "Choose the indicator" }).trim().min(1, "Choose the indicator"),
      mapping: z.string().trim().optional(),
      measure: z.string().trim().max(200).optional(),
      where: z.record(z.string().trim().min(1).max(200), z.string().trim().max(300)).default({}),
      per10k: z.boolean().default(false),
      tolerance: z.coerce.number({ error: "Tolerance must be a number" }).min(0, "Tolerance must be 0 or more").optional(),
      saveAs: z.string().trim().max(60, "The mapping's name must be at most 60 characters").optional(),
    })
    .refine((i) => !!i.mapping !== !!i.measure, { error: "Choose a ready-made or saved mapping, or name the measure column", path: ["measure"] }),
  load: anyone,
  handler: ({ tx, actor, input }) => importMeasure(tx, { ...input, mapping: input.mapping || null, measure: input.measure || null, saveAs: input.saveAs || null }, actor.id),
});
