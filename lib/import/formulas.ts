import "server-only";
// Figures of indicators defined by formula (lib/figures/formula.ts), kept in
// indicator_values like loaded ones: after every load of figures or of the
// catalogue, an undo, a change of formula in the catalogue editor and a change
// of the populations, each formula is worked out again for every month its
// inputs have, and a month whose result changed gets a new revision (so the
// page marks it revised when an input was revised). A month with no value (a
// window short of a month, no population, a zero divisor) is stored blank
// with the reason as its note, shown where the figure would be; a month no
// input has any more (an undone load, a changed formula) stops being current.
// The rows carry the import's batch, so undoing the import takes them back too.
import { and, eq, inArray, isNotNull, max } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { authorityPopulations, indicators, indicatorValues } from "@/db/schema";
import { parseFormula, type FormulaNode } from "@/lib/figures/formula";
import { formulaOrder } from "@/lib/figures/formula-analysis";
import { formulaFigures } from "@/lib/figures/formula-values";
import { inBatches } from "./store-shared";

export async function recomputeFormulaValues(tx: Tx, { batchId = null, actorId = null }: { batchId?: number | null; actorId?: string | null } = {}): Promise<number> {
  const formulas = await tx
    .select({ id: indicators.id, code: indicators.code, formula: indicators.formula, aggregation: indicators.aggregation, unit: indicators.unit, authorityId: indicators.authorityId })
    .from(indicators)
    .where(isNotNull(indicators.formula));
  if (formulas.length === 0) return 0;
  const parsed = new Map<string, { id: number; ast: FormulaNode; references: string[]; aggregation: string; unit: (typeof formulas)[number]["unit"] }>();
  for (const f of formulas) {
    const p = parseFormula(f.formula!);
    if (p.ok) parsed.set(f.code, { id: f.id, ast: p.ast, references: p.references, aggregation: f.aggregation, unit: f.unit });
  }
  const codes = [...new Set([...parsed.values()].flatMap((p) => p.references))];
  const catalogue = codes.length ? await tx.select({ id: indicators.id, code: indicators.code }).from(indicators).where(inArray(indicators.code, codes)) : [];
  const idOf = new Map(catalogue.map((c) => [c.code, c.id]));
  const ids = [...new Set([...catalogue.map((c) => c.id), ...[...parsed.values()].map((p) => p.id)])];
  const current = await tx
    .select({ id: indicatorValues.id, indicatorId: indicatorValues.indicatorId, period: indicatorValues.period, value: indicatorValues.value, numerator: indicatorValues.numerator, denominator: indicatorValues.denominator, note: indicatorValues.note, revision: indicatorValues.revision })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.isCurrent, true), inArray(indicatorValues.indicatorId, ids)));
  const byIndicator = new Map<number, Map<string, (typeof current)[number]>>();
  for (const v of current) {
    if (!byIndicator.has(v.indicatorId)) byIndicator.set(v.indicatorId, new Map());
    byIndicator.get(v.indicatorId)!.set(v.period, v);
  }
  // a month taken out of the current figures keeps its revisions: the next one numbers on from the highest
  const formulaIds = [...parsed.values()].map((p) => p.id);
  const latest = await tx
    .select({ indicatorId: indicatorValues.indicatorId, period: indicatorValues.period, revision: max(indicatorValues.revision) })
    .from(indicatorValues)
    .where(inArray(indicatorValues.indicatorId, formulaIds))
    .groupBy(indicatorValues.indicatorId, indicatorValues.period);
  const lastRevision = new Map(latest.map((r) => [`${r.indicatorId} ${r.period}`, r.revision ?? 0]));
  const populationRows = await tx.select().from(authorityPopulations).where(eq(authorityPopulations.authorityId, formulas[0].authorityId));
  const population = Object.fromEntries(populationRows.map((p) => [String(p.year), p.population]));

  const computed = new Map<string, Map<string, number | null>>();
  const superseded: number[] = [];
  const inserts: (typeof indicatorValues.$inferInsert)[] = [];
  const dependsOn = new Map([...parsed].map(([code, p]) => [code, p.references]));
  for (const code of formulaOrder(dependsOn)) {
    const f = parsed.get(code)!;
    const inputs = new Map<string, Map<string, number | null>>();
    for (const ref of f.references) {
      const fromFormula = computed.get(ref);
      const stored = byIndicator.get(idOf.get(ref) ?? -1);
      inputs.set(ref, fromFormula ?? new Map([...(stored?.values() ?? [])].filter((v) => v.value !== null).map((v) => [v.period, v.value])));
    }
    const figures = formulaFigures({ ast: f.ast, references: f.references, aggregation: f.aggregation, unit: f.unit, inputs, population });
    computed.set(code, new Map(figures.filter((x) => x.value !== null).map((x) => [x.period, x.value])));
    const stored = byIndicator.get(f.id) ?? new Map<string, (typeof current)[number]>();
    const months = new Set(figures.map((x) => x.period));
    for (const x of figures) {
      const before = stored.get(x.period);
      if (before && before.value === x.value && before.numerator === x.numerator && before.denominator === x.denominator && before.note === x.reason) continue;
      if (before) superseded.push(before.id);
      const revision = (lastRevision.get(`${f.id} ${x.period}`) ?? 0) + 1;
      inserts.push({ indicatorId: f.id, period: x.period, value: x.value, numerator: x.numerator, denominator: x.denominator, note: x.reason, revision, isCurrent: true, batchId, loadedBy: actorId });
    }
    for (const [period, before] of stored) if (!months.has(period)) superseded.push(before.id);
  }
  await inBatches(superseded, (chunk) => tx.update(indicatorValues).set({ isCurrent: false }).where(inArray(indicatorValues.id, chunk)));
  await inBatches(inserts, (chunk) => tx.insert(indicatorValues).values(chunk));
  return inserts.length;
}
