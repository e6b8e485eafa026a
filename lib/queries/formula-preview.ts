import "server-only";
// The catalogue editor's formula preview: the formula as typed (not saved),
// checked against the catalogue and worked out from the stored figures of its
// inputs, the last 12 months up to the newest it has, each with its value or
// the reason it has none. The same pure rules as the stored figures
// (lib/figures/formula-checks.ts, formula-values.ts); nothing is written.
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authorityPopulations, indicators, indicatorValues } from "@/db/schema";
import { checkFormula, type CatalogueEntry } from "@/lib/figures/formula-checks";
import { formulaFigures } from "@/lib/figures/formula-values";
import type { Aggregation, Unit } from "@/lib/figures/vocabulary";

export type FormulaPreview =
  | { ok: true; aggregation: Aggregation; months: { period: string; value: number | null; reason: string | null }[] }
  | { ok: false; problem: string };

const MONTHS_SHOWN = 12;

export async function formulaPreview({ db, indicatorId, code, formula, unit }: { db: Executor; indicatorId: number; code: string; formula: string; unit: Unit }): Promise<FormulaPreview> {
  const rows = await db.select({ id: indicators.id, code: indicators.code, aggregation: indicators.aggregation, formula: indicators.formula, authorityId: indicators.authorityId }).from(indicators);
  const catalogue = new Map<string, CatalogueEntry>(rows.filter((r) => r.id !== indicatorId).map((r) => [r.code, { aggregation: r.aggregation, formula: r.formula }]));
  const check = checkFormula(code, formula, catalogue);
  if (!check.ok) return check;
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  const ids = check.references.map((ref) => idOf.get(ref)!);
  const [values, populations] = await Promise.all([
    db
      .select({ indicatorId: indicatorValues.indicatorId, period: indicatorValues.period, value: indicatorValues.value })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.isCurrent, true), inArray(indicatorValues.indicatorId, ids))),
    rows.length ? db.select().from(authorityPopulations).where(eq(authorityPopulations.authorityId, rows[0].authorityId)) : [],
  ]);
  const inputs = new Map(check.references.map((ref) => [ref, new Map<string, number | null>()]));
  const codeOf = new Map(rows.map((r) => [r.id, r.code]));
  for (const v of values) inputs.get(codeOf.get(v.indicatorId)!)!.set(v.period, v.value);
  const figures = formulaFigures({ ast: check.ast, references: check.references, aggregation: check.aggregation, unit, inputs, population: Object.fromEntries(populations.map((p) => [String(p.year), p.population])) });
  return { ok: true, aggregation: check.aggregation, months: figures.slice(-MONTHS_SHOWN).map(({ period, value, reason }) => ({ period, value, reason })) };
}
