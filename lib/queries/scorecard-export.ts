import "server-only";
import { periodEndOf } from "@/lib/benchmarks/as-of";
// The rows a scorecard exports, in the shape of the import files: the
// service's catalogue, every current figure up to the month, comparators and
// the month's commentary. Four set-based queries.
import { aliasedTable, and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { benchmarks, commentaries, indicators, indicatorValues, outturns, serviceAreas, users } from "@/db/schema";
import type { ScorecardExportData } from "@/lib/export/scorecard-tables";
import { indicatorSettings } from "@/lib/figures/settings";

/** A stored figure as values.csv holds it (by indicator id): also what an import compares a row with (lib/import/current.ts). */
export const VALUE_FILE_FIELDS = {
  indicatorId: indicatorValues.indicatorId,
  period: indicatorValues.period,
  value: indicatorValues.value,
  numerator: indicatorValues.numerator,
  denominator: indicatorValues.denominator,
  note: indicatorValues.note,
};

export async function scorecardExportData({
  db,
  period,
  service,
}: {
  db: Executor;
  period: string;
  service: string | null;
}): Promise<ScorecardExportData> {
  const owner = aliasedTable(users, "owner");
  const reporter = aliasedTable(users, "reporter");
  const catalogue = await db
    .select({ indicator: indicators, owner: owner.email, reporter: reporter.email })
    .from(indicators)
    .innerJoin(serviceAreas, eq(serviceAreas.key, indicators.serviceKey))
    .leftJoin(owner, eq(owner.id, indicators.ownerId))
    .leftJoin(reporter, eq(reporter.id, indicators.reporterId))
    .where(service ? eq(indicators.serviceKey, service) : undefined)
    .orderBy(asc(serviceAreas.sortOrder), asc(indicators.sortOrder), asc(indicators.code));
  const ids = catalogue.map((c) => c.indicator.id);
  if (ids.length === 0) return { indicators: [], values: [], outturns: [], benchmarks: [], commentary: [] };
  const codeOf = new Map(catalogue.map((c) => [c.indicator.id, c.indicator.code]));
  const position = new Map(ids.map((id, i) => [id, i]));
  const byCatalogue = <T extends { indicatorId: number }>(rows: T[]) =>
    [...rows].sort((a, b) => position.get(a.indicatorId)! - position.get(b.indicatorId)!);

  const [values, years, comparators, notes] = await Promise.all([
    db
      .select(VALUE_FILE_FIELDS)
      .from(indicatorValues)
      .where(and(inArray(indicatorValues.indicatorId, ids), eq(indicatorValues.isCurrent, true), lte(indicatorValues.period, period)))
      .orderBy(asc(indicatorValues.indicatorId), asc(indicatorValues.period)),
    db
      .select({ indicatorId: outturns.indicatorId, year: outturns.year, value: outturns.value })
      .from(outturns)
      .where(inArray(outturns.indicatorId, ids))
      .orderBy(asc(outturns.year)),
    db
      .select({ indicatorId: benchmarks.indicatorId, kind: benchmarks.kind, year: benchmarks.year, value: benchmarks.value, periodEnd: benchmarks.periodEnd })
      .from(benchmarks)
      .where(inArray(benchmarks.indicatorId, ids))
      .orderBy(asc(benchmarks.kind), asc(benchmarks.year)),
    db
      .select({
        indicatorId: commentaries.indicatorId,
        period: commentaries.period,
        status: commentaries.status,
        body: commentaries.body,
        author: users.email,
      })
      .from(commentaries)
      .leftJoin(users, eq(users.id, commentaries.authorId))
      .where(and(inArray(commentaries.indicatorId, ids), eq(commentaries.period, period))),
  ]);

  return {
    indicators: catalogue.map(({ indicator: i, owner: ownerEmail, reporter: reporterEmail }) => ({
      code: i.code,
      title: i.title,
      service: i.serviceKey,
      ...indicatorSettings(i),
      owner: ownerEmail,
      reporter: reporterEmail,
      councilPlan: i.councilPlan,
      formula: i.formula,
      partOf: i.partOf,
    })),
    // a formula indicator's figures are computed, never imported: left out so the file imports back
    values: byCatalogue(values)
      .filter((v) => !catalogue.some(({ indicator }) => indicator.id === v.indicatorId && indicator.formula))
      .map((v) => ({ ...v, indicator: codeOf.get(v.indicatorId)! })),
    outturns: byCatalogue(years).map((o) => ({ indicator: codeOf.get(o.indicatorId)!, year: o.year, value: o.value })),
    // as the month's scorecard: no year whose period had not ended by the month
    benchmarks: byCatalogue(comparators.filter((b) => (b.periodEnd ?? periodEndOf(b.year) ?? "") <= period)).map((b) => ({ indicator: codeOf.get(b.indicatorId)!, kind: b.kind, year: b.year, value: b.value })),
    commentary: byCatalogue(notes).map((c) => ({
      indicator: codeOf.get(c.indicatorId)!,
      period: c.period,
      author: c.author,
      body: c.body,
      status: c.status,
    })),
  };
}
