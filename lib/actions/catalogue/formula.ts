import "server-only";
// A formula changed in the catalogue editor: checked against the catalogue as
// it is in the transaction (lib/figures/formula-checks.ts), refused with the
// reason on the formula or "year to date" field. An indicator whose figures
// are loaded from files cannot become a formula (its figures would be
// replaced), and a formula cannot be removed (the computed figures would pass
// for loaded ones): both say what to do instead.
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { indicators, indicatorValues } from "@/db/schema";
import { aggregationMismatch, checkFormula, type CatalogueEntry } from "@/lib/figures/formula-checks";
import type { Aggregation } from "@/lib/figures/vocabulary";
import { ActionRefusal } from "../result";

interface Before {
  id: number;
  code: string;
  formula: string | null;
  aggregation: Aggregation;
  unit: string;
}

/** the formula to store, and whether the stored figures must be worked out again */
export async function formulaChange(
  tx: Tx,
  before: Before,
  input: { code: string; formula?: string | null; aggregation: Aggregation; unit: string },
): Promise<{ text: string | null; recompute: boolean }> {
  const text = input.formula === null || input.formula === undefined ? before.formula : input.formula.trim() || null;
  if (text === null) {
    if (before.formula) throw new ActionRefusal("invalid", `${before.code}'s figures are computed from its formula, which cannot be removed: retire the indicator instead.`, undefined, "formula");
    return { text, recompute: false };
  }
  const changed = text !== before.formula || input.aggregation !== before.aggregation || input.unit !== before.unit || input.code !== before.code;
  if (!changed) return { text, recompute: false };
  if (!before.formula) {
    const [loaded] = await tx.select({ id: indicatorValues.id }).from(indicatorValues).where(eq(indicatorValues.indicatorId, before.id)).limit(1);
    if (loaded) throw new ActionRefusal("invalid", `${before.code} has figures loaded from files, which a formula would replace: add the formula as a new indicator (a catalogue import) instead.`, undefined, "formula");
  }
  const rows = await tx.select({ id: indicators.id, code: indicators.code, aggregation: indicators.aggregation, formula: indicators.formula }).from(indicators);
  const catalogue = new Map<string, CatalogueEntry>(rows.filter((r) => r.id !== before.id).map((r) => [r.code, { aggregation: r.aggregation, formula: r.formula }]));
  const check = checkFormula(input.code, text, catalogue);
  if (!check.ok) throw new ActionRefusal("invalid", check.problem, undefined, "formula");
  const mismatch = aggregationMismatch(input.aggregation, check.aggregation);
  if (mismatch) throw new ActionRefusal("invalid", mismatch, undefined, "aggregation");
  return { text, recompute: true };
}
