import "server-only";
// The monthly performance report for a month (lib/report/monthly.ts): the
// month's scorecard for every service (kept per data version), plus each
// indicator's data note, definition and outcome, the service narratives and
// the scorecard approvals. Four queries besides the kept scorecard.
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { indicators, indicatorValues, scorecardApprovals, serviceAreas, serviceNarratives, users } from "@/db/schema";
import { monthlyReport, type MonthlyReport } from "@/lib/report/monthly";
import { cachedScorecard, keep } from "./scorecard-cache";

export function monthlyReportFor({ db, period, version }: { db: Executor; period: string; version: number }): Promise<MonthlyReport> {
  return keep(db, version, `report|${period}`, async () => {
    const editor = alias(users, "editor");
    const approver = alias(users, "approver");
    const [{ document }, services, notes, narratives, approvals] = await Promise.all([
      cachedScorecard({ db, period, version }),
      db.select({ key: serviceAreas.key, name: serviceAreas.name }).from(serviceAreas).orderBy(asc(serviceAreas.sortOrder)),
      db
        .select({ id: indicators.id, definition: indicators.definition, outcome: indicators.outcome, note: indicatorValues.note })
        .from(indicators)
        .leftJoin(
          indicatorValues,
          and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.period, period), eq(indicatorValues.isCurrent, true)),
        ),
      db
        .select({
          serviceKey: serviceNarratives.serviceKey,
          body: serviceNarratives.body,
          version: serviceNarratives.version,
          updatedAt: serviceNarratives.updatedAt,
          updatedBy: editor.name,
        })
        .from(serviceNarratives)
        .leftJoin(editor, eq(editor.id, serviceNarratives.updatedBy))
        .where(eq(serviceNarratives.period, period)),
      db
        .select({ serviceKey: scorecardApprovals.serviceKey, approvedAt: scorecardApprovals.approvedAt, approvedBy: approver.name })
        .from(scorecardApprovals)
        .leftJoin(approver, eq(approver.id, scorecardApprovals.approvedBy))
        .where(eq(scorecardApprovals.period, period)),
    ]);
    const iso = (d: Date | string) => new Date(d).toISOString();
    return monthlyReport({
      period,
      authority: document.authority,
      rows: document.rows,
      services,
      notes: new Map(notes.map((n) => [n.id, { note: n.note, definition: n.definition, outcome: n.outcome }])),
      narratives: new Map(narratives.map((n) => [n.serviceKey, { body: n.body, version: n.version, updatedBy: n.updatedBy, updatedAt: iso(n.updatedAt) }])),
      approvals: new Map(approvals.map((a) => [a.serviceKey, { approvedBy: a.approvedBy, approvedAt: iso(a.approvedAt) }])),
    });
  });
}
