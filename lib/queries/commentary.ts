import "server-only";
// The reporters' read model: "My commentary" for a month, and everything the
// editor shows (figures, text, history, what the person may do next).
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { authorities, commentaries, commentaryVersions, indicators, reportingPeriods, serviceAreas, users } from "@/db/schema";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/roles";
import { commentaryDueDate, isOverdue } from "@/lib/commentary/due-date";
import { draftFromFigures } from "@/lib/commentary/draft-template";
import { canStep, type CommentaryState } from "@/lib/commentary/status";
import { effectiveSettings } from "@/lib/settings";
import { scorecardFor, type ScorecardRow } from "./scorecard";

/** Months open for commentary (figures loaded, not closed), newest first. */
export async function openCommentaryPeriods({ db }: { db: Db }): Promise<string[]> {
  const rows = await db
    .select({ period: reportingPeriods.period })
    .from(reportingPeriods)
    .where(isNull(reportingPeriods.closedAt))
    .orderBy(desc(reportingPeriods.period));
  return rows.map((r) => r.period);
}

async function dueWorkingDay(db: Db): Promise<number> {
  const [authority] = await db.select({ settings: authorities.settings }).from(authorities).orderBy(asc(authorities.id)).limit(1);
  return effectiveSettings(authority?.settings).commentaryDueWorkingDay;
}

export interface MyCommentaryRow {
  indicatorId: number;
  code: string;
  title: string;
  serviceName: string;
  status: CommentaryState;
  updatedAt: string | null;
  returnNote: string | null;
  overdue: boolean;
}

export interface MyCommentary {
  period: string;
  dueDate: string;
  rows: MyCommentaryRow[];
}

/** The indicators the person may write on, with the month's status: two queries, filtered by the policy. */
export async function myCommentary({
  db,
  user,
  period,
  today = new Date().toISOString().slice(0, 10),
}: {
  db: Db;
  user: SessionUser;
  period: string;
  today?: string;
}): Promise<MyCommentary> {
  const dueDate = commentaryDueDate(period, await dueWorkingDay(db));
  const rows = await db
    .select({
      indicatorId: indicators.id,
      code: indicators.code,
      title: indicators.title,
      serviceKey: indicators.serviceKey,
      serviceName: serviceAreas.name,
      status: commentaries.status,
      updatedAt: commentaries.updatedAt,
      returnNote: commentaries.returnNote,
    })
    .from(indicators)
    .innerJoin(serviceAreas, eq(serviceAreas.key, indicators.serviceKey))
    .leftJoin(commentaries, and(eq(commentaries.indicatorId, indicators.id), eq(commentaries.period, period)))
    .orderBy(asc(serviceAreas.sortOrder), asc(indicators.sortOrder), asc(indicators.code));
  return {
    period,
    dueDate,
    rows: rows
      .filter((r) => can(user, "commentary.write", { serviceKey: r.serviceKey, indicatorId: r.indicatorId }))
      .map((r) => {
        const status: CommentaryState = r.status ?? "not_started";
        return {
          indicatorId: r.indicatorId,
          code: r.code,
          title: r.title,
          serviceName: r.serviceName,
          status,
          updatedAt: r.updatedAt ? new Date(r.updatedAt).toISOString() : null,
          returnNote: status === "returned" ? r.returnNote : null,
          overdue: isOverdue(status, dueDate, today),
        };
      }),
  };
}

/** What the policy needs to know about an indicator before its editor is built. */
export async function commentaryResourceOf({ db, indicatorId }: { db: Db; indicatorId: number }) {
  const [row] = await db.select({ serviceKey: indicators.serviceKey }).from(indicators).where(eq(indicators.id, indicatorId));
  return row ? { serviceKey: row.serviceKey, indicatorId } : null;
}

export interface CommentaryVersionRow {
  version: number;
  body: string;
  status: string;
  reason: string;
  authorName: string | null;
  createdAt: string;
}

export interface EditorData {
  indicator: { id: number; code: string; title: string; serviceKey: string; outcome: string | null };
  period: string;
  dueDate: string;
  figures: ScorecardRow;
  commentary: {
    version: number;
    status: CommentaryState;
    body: string;
    returnNote: string | null;
    reviewerName: string | null;
    notNeededReason: string | null;
  };
  versions: CommentaryVersionRow[];
  /** the "Start from the figures" paragraph */
  draft: string;
  may: { edit: boolean; submit: boolean; restore: boolean };
}

/** Everything the editor page shows, or null when the indicator or open month does not exist. */
export async function editorData({
  db,
  user,
  period,
  indicatorId,
}: {
  db: Db;
  user: SessionUser;
  period: string;
  indicatorId: number;
}): Promise<EditorData | null> {
  const [indicator] = await db
    .select({ id: indicators.id, code: indicators.code, title: indicators.title, serviceKey: indicators.serviceKey, outcome: indicators.outcome })
    .from(indicators)
    .where(eq(indicators.id, indicatorId));
  const open = await openCommentaryPeriods({ db });
  if (!indicator || !open.includes(period)) return null;

  const reviewer = alias(users, "reviewer");
  const [[row], scorecard, dueDay] = await Promise.all([
    db
      .select({ commentary: commentaries, reviewerName: reviewer.name })
      .from(commentaries)
      .leftJoin(reviewer, eq(reviewer.id, commentaries.reviewerId))
      .where(and(eq(commentaries.indicatorId, indicatorId), eq(commentaries.period, period))),
    scorecardFor({ db, period, service: indicator.serviceKey }),
    dueWorkingDay(db),
  ]);
  const versions = row
    ? await db
        .select({
          version: commentaryVersions.version,
          body: commentaryVersions.body,
          status: commentaryVersions.status,
          reason: commentaryVersions.reason,
          authorName: users.name,
          createdAt: commentaryVersions.createdAt,
        })
        .from(commentaryVersions)
        .leftJoin(users, eq(users.id, commentaryVersions.authorId))
        .where(eq(commentaryVersions.commentaryId, row.commentary.id))
        .orderBy(desc(commentaryVersions.version))
    : [];
  const figures = scorecard.rows.find((r) => r.id === indicatorId)!;
  const status: CommentaryState = row?.commentary.status ?? "not_started";
  const resource = { serviceKey: indicator.serviceKey, indicatorId };
  const writer = can(user, "commentary.write", resource);
  const approver = can(user, "commentary.approve", resource);
  return {
    indicator,
    period,
    dueDate: commentaryDueDate(period, dueDay),
    figures,
    commentary: {
      version: row?.commentary.version ?? 0,
      status,
      body: row?.commentary.body ?? "",
      returnNote: row?.commentary.returnNote ?? null,
      reviewerName: row?.reviewerName ?? null,
      notNeededReason: row?.commentary.notNeededReason ?? null,
    },
    versions: versions.map((v) => ({ ...v, createdAt: new Date(v.createdAt).toISOString() })),
    draft: draftFromFigures({
      title: figures.title,
      period,
      unit: figures.unit,
      decimals: figures.decimals,
      polarity: figures.polarity,
      value: figures.value,
      previous: figures.previous,
      previousPeriod: figures.previousPeriod,
      changeFromPreviousPct: figures.changeFromPreviousPct,
      benchmarks: figures.benchmarks,
      target: figures.target,
    }),
    may: {
      edit: writer && canStep("save", status, approver),
      submit: writer && canStep("submit", status, approver),
      restore: writer && canStep("restore", status, approver),
    },
  };
}

