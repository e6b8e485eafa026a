import "server-only";
// The admin's list of reporting months (/admin/months): each month's state
// (open for commentary or closed, since when and by whom) and its counts, in
// four set-based queries whatever the number of months.
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { commentaries, indicatorValues, reportingPeriods, scorecardApprovals, users } from "@/db/schema";

export interface MonthState {
  period: string;
  openedAt: Date;
  /** null while the month is open for commentary */
  closedAt: Date | null;
  closedByName: string | null;
  /** indicators with a figure for the month */
  indicators: number;
  commentary: {
    approved: number;
    submitted: number;
    /** drafts and returned commentary */
    inProgress: number;
    notNeeded: number;
    /** indicators with a figure and no commentary yet */
    notStarted: number;
  };
  scorecardsApproved: number;
}

export async function monthStates({ db }: { db: Executor }): Promise<MonthState[]> {
  const closer = alias(users, "closer");
  const [periods, figures, notes, approvals] = await Promise.all([
    db
      .select({
        period: reportingPeriods.period,
        openedAt: reportingPeriods.openedAt,
        closedAt: reportingPeriods.closedAt,
        closedByName: closer.name,
      })
      .from(reportingPeriods)
      .leftJoin(closer, eq(closer.id, reportingPeriods.closedBy))
      .orderBy(desc(reportingPeriods.period)),
    db
      .select({
        period: indicatorValues.period,
        n: sql<number>`count(distinct ${indicatorValues.indicatorId})::int`,
        notStarted: sql<number>`count(distinct ${indicatorValues.indicatorId}) filter (where ${commentaries.id} is null)::int`,
      })
      .from(indicatorValues)
      .leftJoin(commentaries, and(eq(commentaries.indicatorId, indicatorValues.indicatorId), eq(commentaries.period, indicatorValues.period)))
      // a month stored blank (a formula's window short of a month) has no figure to write on
      .where(and(eq(indicatorValues.isCurrent, true), isNotNull(indicatorValues.value)))
      .groupBy(indicatorValues.period),
    db
      .select({ period: commentaries.period, status: commentaries.status, n: sql<number>`count(*)::int` })
      .from(commentaries)
      .groupBy(commentaries.period, commentaries.status),
    db
      .select({ period: scorecardApprovals.period, n: sql<number>`count(*)::int` })
      .from(scorecardApprovals)
      .groupBy(scorecardApprovals.period),
  ]);
  const figuresBy = new Map(figures.map((f) => [f.period, { n: Number(f.n), notStarted: Number(f.notStarted) }]));
  const approvalsBy = new Map(approvals.map((a) => [a.period, Number(a.n)]));
  const notesBy = new Map<string, Map<string, number>>();
  for (const note of notes) {
    const byStatus = notesBy.get(note.period) ?? new Map<string, number>();
    byStatus.set(note.status, Number(note.n));
    notesBy.set(note.period, byStatus);
  }
  return periods.map((p) => {
    const byStatus = notesBy.get(p.period) ?? new Map<string, number>();
    const count = (status: string) => byStatus.get(status) ?? 0;
    const loaded = figuresBy.get(p.period) ?? { n: 0, notStarted: 0 };
    return {
      period: p.period,
      openedAt: new Date(p.openedAt),
      closedAt: p.closedAt ? new Date(p.closedAt) : null,
      closedByName: p.closedByName,
      indicators: loaded.n,
      commentary: {
        approved: count("approved"),
        submitted: count("submitted"),
        inProgress: count("draft") + count("returned"),
        notNeeded: count("not_needed"),
        notStarted: loaded.notStarted,
      },
      scorecardsApproved: approvalsBy.get(p.period) ?? 0,
    };
  });
}
