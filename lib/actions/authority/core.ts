import "server-only";
// The authority's settings (/admin/authority): who the authority is, its 0–17
// populations, and the settings that change figures. Each save says which
// months' scorecards it changes (lib/settings-impact.ts); published papers
// never change (they are frozen). The statistical neighbours are one store,
// authorities.statistical_neighbours, which the benchmarks page also fills
// from a DfE model.
import { recomputeFormulaValues } from "@/lib/import/formulas";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { authorities, authorityPopulations } from "@/db/schema";
import { microsoftSettings } from "@/lib/auth/microsoft-config";
import { RUN_LENGTH_RANGE } from "@/lib/figures/spc";
import { requireAuthority } from "@/lib/queries/authority";
import { openMonths } from "@/lib/queries/authority-settings";
import { monthsWithFiguresNow } from "@/lib/queries/scorecard-cache";
import { effectiveSettings } from "@/lib/settings";
import { populationImpact, settingsImpact } from "@/lib/settings-impact";
import { defineAction } from "../define-action";
import { ActionRefusal } from "../result";
import { neighboursText, populationsText } from "./inputs";

const anyone = async () => ({ resource: {}, loaded: null });

export const updateAuthorityDetails = defineAction({
  permission: "settings.manage",
  input: z.object({
    name: z.string({ error: "Give the authority's name" }).trim().min(2, "Give the authority's name").max(200, "Use at most 200 characters for the name"),
    laCode: z.string().trim().regex(/^(\d{3})?$/, "The DfE LA code is three digits, e.g. 330").transform((v) => v || null),
    onsCode: z.string().trim().toUpperCase().regex(/^(E0[6-9]\d{6}|E10\d{6})?$/, "The ONS code is E06, E08, E09 or E10 then six digits, e.g. E08000025").transform((v) => v || null),
    neighbours: neighboursText,
  }),
  load: anyone,
  handler: async ({ tx, input }) => {
    const authority = await requireAuthority({ db: tx });
    const [before] = await tx.select().from(authorities).where(eq(authorities.id, authority.id));
    const after = { name: input.name, laCode: input.laCode, onsCode: input.onsCode, statisticalNeighbours: input.neighbours };
    await tx.update(authorities).set(after).where(eq(authorities.id, authority.id));
    return {
      data: { impact: ["Scorecards show the new details at once.", "Benchmarks computed from DfE files use the neighbours on the benchmarks page's next recompute."] },
      audit: [
        {
          action: "authority.details",
          entityType: "authority",
          entityId: String(authority.id),
          summary: `Changed the authority's details (${input.name}, DfE ${input.laCode ?? "none"}, ONS ${input.onsCode ?? "none"}, ${input.neighbours.length} statistical neighbours)`,
          before: { name: before.name, laCode: before.laCode, onsCode: before.onsCode, statisticalNeighbours: before.statisticalNeighbours },
          after,
        },
      ],
    };
  },
});

export const updatePopulations = defineAction({
  permission: "settings.manage",
  input: z.object({ populations: populationsText }),
  load: anyone,
  handler: async ({ tx, input, actor }) => {
    const authority = await requireAuthority({ db: tx });
    const after = Object.fromEntries(input.populations.map((p) => [String(p.year), p.population]));
    await tx.delete(authorityPopulations).where(eq(authorityPopulations.authorityId, authority.id));
    if (input.populations.length) await tx.insert(authorityPopulations).values(input.populations.map((p) => ({ authorityId: authority.id, ...p })));
    const impact = populationImpact(authority.populations, after, await monthsWithFiguresNow({ db: tx, unit: "rate_per_10k" }));
    // formulas using {population} or per_10k() follow the new estimates
    await recomputeFormulaValues(tx, { actorId: actor.id });
    return {
      data: { impact },
      audit: [{ action: "authority.populations", entityType: "authority", entityId: String(authority.id), summary: `Changed the 0–17 populations. ${impact[0]}`, before: authority.populations, after }],
    };
  },
});

export const updateFigureSettings = defineAction({
  permission: "settings.manage",
  input: z.object({
    spcRunLength: z.coerce.number({ error: "Choose the SPC run length" }).int().min(RUN_LENGTH_RANGE.min, "The SPC run length is 6, 7 or 8").max(RUN_LENGTH_RANGE.max, "The SPC run length is 6, 7 or 8"),
    spcScreenMovingRanges: z.preprocess((v) => v === true || v === "on", z.boolean()),
    suppressionThreshold: z.coerce.number({ error: "Give the small-number threshold" }).int("The threshold is a whole number").min(1, "The threshold is at least 1").max(20, "The threshold is at most 20"),
    commentaryDueWorkingDay: z.coerce.number({ error: "Give the working day commentary is due" }).int("Give a whole working day").min(1, "Commentary is due on working day 1 to 20").max(20, "Commentary is due on working day 1 to 20"),
  }),
  load: anyone,
  handler: async ({ tx, input }) => {
    const authority = await requireAuthority({ db: tx });
    const before = effectiveSettings(authority.settings);
    const history = before.suppressionThreshold !== input.suppressionThreshold
      ? [...before.suppressionThresholdHistory, { until: new Date().toISOString(), threshold: before.suppressionThreshold }]
      : before.suppressionThresholdHistory;
    const stored = { ...authority.settings, ...input, suppressionThresholdHistory: history };
    await tx.update(authorities).set({ settings: stored }).where(eq(authorities.id, authority.id));
    const impact = settingsImpact(before, effectiveSettings(stored), await monthsWithFiguresNow({ db: tx }), await openMonths({ db: tx }));
    return {
      data: { impact },
      audit: [
        {
          action: "authority.settings",
          entityType: "authority",
          entityId: String(authority.id),
          summary: `Changed the figure settings. ${impact.join(" ")}`,
          before: { spcRunLength: before.spcRunLength, spcScreenMovingRanges: before.spcScreenMovingRanges, suppressionThreshold: before.suppressionThreshold, commentaryDueWorkingDay: before.commentaryDueWorkingDay },
          after: input,
        },
      ],
    };
  },
});

export const updateSignIn = defineAction({
  permission: "settings.manage",
  input: z.object({ passwordSignIn: z.enum(["on", "off"], { error: "Choose whether people may sign in with a password" }) }),
  load: anyone,
  handler: async ({ tx, input }) => {
    const on = input.passwordSignIn === "on";
    if (!on && !microsoftSettings()) {
      throw new ActionRefusal("invalid", "Sign in with Microsoft is not set up (AUTH_MICROSOFT_ENTRA_ID_ID, _SECRET and _ISSUER), so password sign-in must stay on.", undefined, "passwordSignIn");
    }
    const authority = await requireAuthority({ db: tx });
    await tx.update(authorities).set({ settings: { ...authority.settings, passwordSignIn: on } }).where(eq(authorities.id, authority.id));
    return {
      data: { impact: [on ? "People may sign in with a password or with Microsoft." : "People sign in with Microsoft only; password sign-in is off."] },
      audit: [{ action: "authority.sign_in", entityType: "authority", entityId: String(authority.id), summary: on ? "Switched password sign-in on" : "Switched password sign-in off: Microsoft only", after: { passwordSignIn: on } }],
    };
  },
});
