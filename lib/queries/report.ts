import "server-only";
// The monthly performance report for a month (lib/report/monthly.ts): the
// month's scorecard for every service (kept per data version), plus each
// indicator's data note, definition and outcome, twelve months' numerators
// and denominators, the month's commentary, the service narratives, the
// scorecard approvals and who loaded the month's figures. Six queries besides
// the kept scorecard, whatever the number of indicators.
import { and, asc, eq, gte, isNotNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { commentaries, indicators, indicatorValues, serviceAreas, serviceNarratives, users } from "@/db/schema";
import { addMonths } from "@/lib/figures/periods";
import { monthlyReport, type MonthlyReport } from "@/lib/report/monthly";
import { cachedScorecard, keep } from "./scorecard-cache";
import { approvalsIn } from "./scorecard-status";

const iso = (d: Date | string) => new Date(d).toISOString();

export function monthlyReportFor({ db, period, version }: { db: Executor; period: string; version: number }): Promise<MonthlyReport> {
  return keep(db, version, `report|${period}`, async () => {
    const editor = alias(users, "editor");
    const author = alias(users, "author");
    const loader = alias(users, "loader");
    const [{ document }, services, notes, counts, notesOfMonth, narratives, approvals, loaders] = await Promise.all([
      cachedScorecard({ db, period, version }),
      db.select({ key: serviceAreas.key, name: serviceAreas.name }).from(serviceAreas).orderBy(asc(serviceAreas.sortOrder)),
      db
        .select({ id: indicators.id, definition: indicators.definition, outcome: indicators.outcome, formula: indicators.formula, note: indicatorValues.note })
        .from(indicators)
        .leftJoin(
          indicatorValues,
          and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.period, period), eq(indicatorValues.isCurrent, true)),
        ),
      db
        .select({ id: indicatorValues.indicatorId, period: indicatorValues.period, numerator: indicatorValues.numerator, denominator: indicatorValues.denominator })
        .from(indicatorValues)
        .where(
          and(
            eq(indicatorValues.isCurrent, true),
            gte(indicatorValues.period, addMonths(period, -11)),
            lte(indicatorValues.period, period),
            isNotNull(indicatorValues.denominator),
          ),
        ),
      db
        .select({
          id: commentaries.indicatorId,
          status: commentaries.status,
          body: commentaries.body,
          author: author.name,
          reviewedAt: commentaries.reviewedAt,
          updatedAt: commentaries.updatedAt,
          notNeededReason: commentaries.notNeededReason,
          internal: commentaries.internal,
        })
        .from(commentaries)
        .leftJoin(author, eq(author.id, commentaries.authorId))
        .where(eq(commentaries.period, period)),
      db
        .select({
          serviceKey: serviceNarratives.serviceKey,
          body: serviceNarratives.body,
          none: serviceNarratives.noNarrative,
          version: serviceNarratives.version,
          updatedAt: serviceNarratives.updatedAt,
          updatedBy: editor.name,
        })
        .from(serviceNarratives)
        .leftJoin(editor, eq(editor.id, serviceNarratives.updatedBy))
        .where(eq(serviceNarratives.period, period)),
      approvalsIn({ db, period }),
      db
        .selectDistinct({ name: loader.name })
        .from(indicatorValues)
        .innerJoin(loader, eq(loader.id, indicatorValues.loadedBy))
        .where(and(eq(indicatorValues.period, period), eq(indicatorValues.isCurrent, true)))
        .orderBy(asc(loader.name)),
    ]);
    const countsBy = new Map<number, Map<string, { numerator: number | null; denominator: number | null }>>();
    for (const c of counts) {
      if (!countsBy.has(c.id)) countsBy.set(c.id, new Map());
      countsBy.get(c.id)!.set(c.period, { numerator: c.numerator, denominator: c.denominator });
    }
    return monthlyReport({
      period,
      authority: document.authority,
      rows: document.rows,
      services,
      notes: new Map(notes.map((n) => [n.id, { note: n.note, definition: n.definition, outcome: n.outcome, computed: n.formula !== null }])),
      counts: countsBy,
      commentary: new Map(
        notesOfMonth.map((c) => [
          c.id,
          {
            status: c.status,
            body: c.body,
            author: c.author,
            reviewedAt: c.reviewedAt ? iso(c.reviewedAt) : null,
            updatedAt: iso(c.updatedAt),
            notNeededReason: c.notNeededReason,
            internal: c.internal,
          },
        ]),
      ),
      narratives: new Map(
        narratives.map((n) => [n.serviceKey, { body: n.body, none: n.none, version: n.version, updatedBy: n.updatedBy, updatedAt: iso(n.updatedAt) }]),
      ),
      approvals: new Map(approvals.map((a) => [a.serviceKey, { approvedBy: a.approvedBy, approvedAt: iso(a.approvedAt) }])),
      preparedBy: loaders.map((l) => l.name),
    });
  });
}
