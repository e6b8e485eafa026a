import "server-only";
// The managers' read model: commentary waiting for approval, and the state of
// each service's scorecard for a month. A few set-based queries per page.
import { and, asc, eq, inArray, isNotNull, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { commentaries, indicators, indicatorValues, scorecardApprovals, serviceAreas, serviceNarratives, users } from "@/db/schema";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/roles";
import { SETTLED_STATUSES, type CommentaryState } from "@/lib/commentary/status";
import { askedForCommentaryIn } from "./retired";

/**
 * The newest load of any current figure a service's scorecard for the month
 * shows (that month and earlier ones: they give "previous" and the trends).
 * A later month's load does not count. The one definition of "figures revised
 * since approval", used by the approval action and this read model.
 */
export function latestFigureLoad(serviceKey: string | AnyColumn | SQL, period: string): SQL<string | null> {
  return sql<string | null>`(
    select max(${indicatorValues.loadedAt})::text from ${indicatorValues}
    join ${indicators} on ${indicators.id} = ${indicatorValues.indicatorId}
    where ${indicators.serviceKey} = ${serviceKey} and ${indicatorValues.isCurrent} and ${indicatorValues.period} <= ${period})`;
}

export interface SubmittedCommentary {
  indicatorId: number;
  code: string;
  title: string;
  serviceKey: string;
  period: string;
  body: string;
  version: number;
  authorName: string | null;
  submittedAt: string | null;
}

/** Submitted commentary in the service areas the person may approve, oldest first. */
export async function submittedForApproval({ db, user }: { db: Executor; user: SessionUser }): Promise<SubmittedCommentary[]> {
  const rows = await db
    .select({
      indicatorId: commentaries.indicatorId,
      code: indicators.code,
      title: indicators.title,
      serviceKey: indicators.serviceKey,
      period: commentaries.period,
      body: commentaries.body,
      version: commentaries.version,
      authorName: users.name,
      submittedAt: commentaries.submittedAt,
    })
    .from(commentaries)
    .innerJoin(indicators, eq(indicators.id, commentaries.indicatorId))
    .leftJoin(users, eq(users.id, commentaries.authorId))
    .where(eq(commentaries.status, "submitted"))
    .orderBy(asc(commentaries.submittedAt), asc(commentaries.id));
  return rows
    .filter((r) => can(user, "commentary.approve", { serviceKey: r.serviceKey, indicatorId: r.indicatorId }))
    .map((r) => ({ ...r, submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null }));
}

export interface IndicatorCommentaryState {
  indicatorId: number;
  code: string;
  title: string;
  status: CommentaryState;
  version: number;
  notNeededReason: string | null;
}

export interface ScorecardApprovalState {
  serviceKey: string;
  name: string;
  indicators: IndicatorCommentaryState[];
  /** the section narrative of the monthly report, approved with the scorecard */
  narrative: { body: string; none: boolean; version: number };
  /** every indicator's commentary is approved or not needed, and the narrative is written (or said to be none) */
  ready: boolean;
  approved: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
  /** a figure was loaded after the approval: the manager must re-confirm */
  figuresRevised: boolean;
}

/** Each service's scorecard for the month: its indicators' commentary, its narrative and its approval. Four queries. */
export async function scorecardApprovalStates({
  db,
  period,
  serviceKeys,
}: {
  db: Executor;
  period: string;
  serviceKeys: readonly string[];
}): Promise<ScorecardApprovalState[]> {
  if (serviceKeys.length === 0) return [];
  const keys = [...serviceKeys];
  const approver = alias(users, "approver");
  const [areas, rows, approvals, narratives] = await Promise.all([
    db.select().from(serviceAreas).where(inArray(serviceAreas.key, keys)).orderBy(asc(serviceAreas.sortOrder)),
    db
      .select({
        indicatorId: indicators.id,
        serviceKey: indicators.serviceKey,
        code: indicators.code,
        title: indicators.title,
        status: commentaries.status,
        version: commentaries.version,
        notNeededReason: commentaries.notNeededReason,
      })
      .from(indicators)
      .leftJoin(commentaries, and(eq(commentaries.indicatorId, indicators.id), eq(commentaries.period, period)))
      .where(and(inArray(indicators.serviceKey, keys), askedForCommentaryIn(period)))
      .orderBy(asc(indicators.sortOrder), asc(indicators.code)),
    db
      .select({
        serviceKey: scorecardApprovals.serviceKey,
        approvedAt: scorecardApprovals.approvedAt,
        approvedBy: approver.name,
        figuresRevised: sql<boolean>`coalesce((${latestFigureLoad(scorecardApprovals.serviceKey, period)})::timestamptz > ${scorecardApprovals.figuresLoadedAt}, false)`,
      })
      .from(scorecardApprovals)
      .innerJoin(approver, eq(approver.id, scorecardApprovals.approvedBy))
      .where(and(eq(scorecardApprovals.period, period), inArray(scorecardApprovals.serviceKey, keys))),
    db
      .select({ serviceKey: serviceNarratives.serviceKey, body: serviceNarratives.body, none: serviceNarratives.noNarrative, version: serviceNarratives.version })
      .from(serviceNarratives)
      .where(and(eq(serviceNarratives.period, period), inArray(serviceNarratives.serviceKey, keys))),
  ]);
  const narrativeBy = new Map(narratives.map((n) => [n.serviceKey, n]));
  const approvalBy = new Map(approvals.map((a) => [a.serviceKey, a]));
  return areas.map((area) => {
    const own = rows
      .filter((r) => r.serviceKey === area.key)
      .map(
        (r): IndicatorCommentaryState => ({
          indicatorId: r.indicatorId,
          code: r.code,
          title: r.title,
          status: r.status ?? "not_started",
          version: r.version ?? 0,
          notNeededReason: r.notNeededReason,
        }),
      );
    const approval = approvalBy.get(area.key);
    const n = narrativeBy.get(area.key);
    const narrative = { body: n?.body ?? "", none: n?.none ?? false, version: n?.version ?? 0 };
    return {
      serviceKey: area.key,
      name: area.name,
      indicators: own,
      narrative,
      ready: own.length > 0 && own.every((i) => SETTLED_STATUSES.includes(i.status)) && (narrative.none || narrative.body.trim() !== ""),
      approved: !!approval,
      approvedBy: approval?.approvedBy ?? null,
      approvedAt: approval ? new Date(approval.approvedAt).toISOString() : null,
      figuresRevised: Boolean(approval?.figuresRevised),
    };
  });
}

/** Service areas with at least one figure loaded for the month: the scorecards there are to approve. */
export async function servicesWithFigures({ db, period }: { db: Executor; period: string }): Promise<string[]> {
  const rows = await db
    .selectDistinct({ serviceKey: indicators.serviceKey })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicatorValues.period, period), eq(indicatorValues.isCurrent, true), isNotNull(indicatorValues.value)));
  return rows.map((r) => r.serviceKey);
}
