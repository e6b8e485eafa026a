import "server-only";
// The reporters' read model: "My commentary" for a month, and everything the
// editor shows (figures, text, history, what the person may do next).
import { and, asc, desc, eq, isNull, lt, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { commentaries, commentaryVersions, indicators, reportingPeriods, serviceAreas, users } from "@/db/schema";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/roles";
import { cycleDueDate, isOverdueIn, monthDue, type MonthDue } from "@/lib/commentary/due-date";
import { ukDay } from "@/lib/dates";
import { isPeriod } from "@/lib/figures/periods";
import { contextFactsOf, contextSentences } from "@/lib/commentary/context-sentences";
import { draftFromFigures } from "@/lib/commentary/draft-template";
import { canStep, type CommentaryState } from "@/lib/commentary/status";
import { authoritySettings } from "./authority";
import { askedForCommentaryIn } from "./retired";
import type { ScorecardRow } from "./scorecard";
import { cachedScorecard } from "./scorecard-cache";

/** Months open for commentary (figures loaded, not closed), newest first. */
export async function openCommentaryPeriods({ db }: { db: Executor }): Promise<string[]> {
  const rows = await db
    .select({ period: reportingPeriods.period })
    .from(reportingPeriods)
    .where(isNull(reportingPeriods.closedAt))
    .orderBy(desc(reportingPeriods.period));
  return rows.map((r) => r.period);
}

/**
 * The months open for commentary and the one a commentary page shows: the
 * month asked for when it is open, else the newest (undefined: none is open).
 */
export async function openPeriodChoice({ db, asked }: { db: Executor; asked: string | undefined }): Promise<{ open: string[]; period: string | undefined }> {
  const open = await openCommentaryPeriods({ db });
  return { open, period: asked && isPeriod(asked) && open.includes(asked) ? asked : open[0] };
}

async function dueWorkingDay(db: Executor): Promise<number> {
  return (await authoritySettings({ db })).commentaryDueWorkingDay;
}

/** The month's due date in its own cycle (lib/commentary/due-date monthDue): the month's opening counts. */
async function dueDateOf(db: Executor, period: string): Promise<MonthDue & { openedOn: string | null; n: number }> {
  const [[month], n] = await Promise.all([
    db.select({ openedAt: reportingPeriods.openedAt }).from(reportingPeriods).where(eq(reportingPeriods.period, period)),
    dueWorkingDay(db),
  ]);
  const openedOn = month ? ukDay(month.openedAt) : null;
  return { ...monthDue(period, n, openedOn), openedOn, n };
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
  /** how the due date was set, and the day the month's figures were first loaded */
  due: MonthDue & { openedOn: string | null; n: number };
  rows: MyCommentaryRow[];
}

/** The indicators the person may write on, with the month's status: two queries, filtered by the policy. */
export async function myCommentary({
  db,
  user,
  period,
  today = ukDay(),
}: {
  db: Executor;
  user: SessionUser;
  period: string;
  today?: string;
}): Promise<MyCommentary> {
  const due = await dueDateOf(db, period);
  const dueDate = due.date;
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
    .where(askedForCommentaryIn(period))
    .orderBy(asc(serviceAreas.sortOrder), asc(indicators.sortOrder), asc(indicators.code));
  return {
    period,
    dueDate,
    due,
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
          overdue: isOverdueIn(due, status, today),
        };
      }),
  };
}

/** What the policy needs to know about an indicator before its editor is built. */
export async function commentaryResourceOf({ db, indicatorId }: { db: Executor; indicatorId: number }) {
  const [row] = await db.select({ serviceKey: indicators.serviceKey, code: indicators.code, title: indicators.title }).from(indicators).where(eq(indicators.id, indicatorId));
  // code and title name the editor page (its <title>); the policy is asked about the service
  return row ? { serviceKey: row.serviceKey, indicatorId, code: row.code, title: row.title } : null;
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
  /** the context sentences computed from the series (lib/commentary/context-sentences.ts), offered beside the draft */
  context: string[];
  /** the latest earlier month's text, for "Start from last month's text" */
  lastMonth: { period: string; body: string } | null;
  may: { edit: boolean; submit: boolean; restore: boolean; withdraw: boolean };
  /** set when the month is closed to commentary: nothing can change until it is reopened */
  closed: { at: string; byName: string | null } | null;
}

/** Everything the editor page shows, or null when the indicator or the month (figures loaded) does not exist. */
export async function editorData({
  db,
  user,
  period,
  indicatorId,
}: {
  db: Executor;
  user: SessionUser;
  period: string;
  indicatorId: number;
}): Promise<EditorData | null> {
  const [indicator] = await db
    .select({ id: indicators.id, code: indicators.code, title: indicators.title, serviceKey: indicators.serviceKey, outcome: indicators.outcome })
    .from(indicators)
    .where(eq(indicators.id, indicatorId));
  const closer = alias(users, "closer");
  const [month] = await db
    .select({ closedAt: reportingPeriods.closedAt, closedByName: closer.name, openedAt: reportingPeriods.openedAt })
    .from(reportingPeriods)
    .leftJoin(closer, eq(closer.id, reportingPeriods.closedBy))
    .where(eq(reportingPeriods.period, period));
  if (!indicator || !month) return null;
  // A closed month is shown, but nothing in it can change.
  const open = month.closedAt === null;

  const reviewer = alias(users, "reviewer");
  const [[row], { document: scorecard }, dueDay, [earlier]] = await Promise.all([
    db
      .select({ commentary: commentaries, reviewerName: reviewer.name })
      .from(commentaries)
      .leftJoin(reviewer, eq(reviewer.id, commentaries.reviewerId))
      .where(and(eq(commentaries.indicatorId, indicatorId), eq(commentaries.period, period))),
    cachedScorecard({ db, period, service: indicator.serviceKey }),
    dueWorkingDay(db),
    db
      .select({ period: commentaries.period, body: commentaries.body })
      .from(commentaries)
      .where(and(eq(commentaries.indicatorId, indicatorId), lt(commentaries.period, period), ne(commentaries.body, "")))
      .orderBy(desc(commentaries.period))
      .limit(1),
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
    dueDate: cycleDueDate(period, dueDay, ukDay(month.openedAt)),
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
      benchmarkYears: Object.fromEntries(figures.benchmarkComparisons.map((b) => [b.kind, b.year])),
      target: figures.target,
    }),
    context: contextSentences(contextFactsOf(figures, period)),
    may: {
      edit: open && writer && canStep("save", status, approver),
      submit: open && writer && canStep("submit", status, approver),
      restore: open && writer && canStep("restore", status, approver),
      withdraw: open && writer && canStep("withdraw", status, approver),
    },
    lastMonth: earlier ? { period: earlier.period, body: earlier.body } : null,
    closed: month.closedAt ? { at: new Date(month.closedAt).toISOString(), byName: month.closedByName } : null,
  };
}

