// The database steps the commentary actions share: finding the indicator and
// its month, the conditional write that carries the version the writer
// started from, and who is told about each step.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor, Tx } from "@/db/client";
import {
  commentaries,
  commentaryVersions,
  indicators,
  reportingPeriods,
  users,
  type Commentary,
  type CommentaryStatus,
} from "@/db/schema";
import { can, type Resource } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/roles";
import { canStep, statusAfter, storedFromStatuses, type CommentaryState, type CommentaryStep } from "@/lib/commentary/status";
import { monthLabel } from "@/lib/format";
import { commentaryHref } from "@/lib/links";
import { ActionRefusal } from "../result";
import { formatDate } from "@/lib/dates";

export interface CommentaryTarget {
  indicator: { id: number; code: string; title: string; serviceKey: string; reporterId: string | null; ownerId: string | null };
  period: string;
}

/**
 * The indicator and a month whose figures have been loaded, or null (the
 * wrapper answers "not found"). A closed month is found: the write itself
 * refuses it (assertMonthOpen), after the policy has been asked.
 */
/** What a commentary step needs of its indicator: who reports on it, who owns it, its service. */
export const targetIndicatorColumns = {
  id: indicators.id,
  code: indicators.code,
  title: indicators.title,
  serviceKey: indicators.serviceKey,
  reporterId: indicators.reporterId,
  ownerId: indicators.ownerId,
};

export async function loadTarget(
  db: Executor,
  input: { indicatorId: number; period: string },
): Promise<{ resource: Resource; loaded: CommentaryTarget } | null> {
  const [row] = await db
    .select({
      ...targetIndicatorColumns,
      closedAt: reportingPeriods.closedAt,
      opened: reportingPeriods.period,
    })
    .from(indicators)
    .leftJoin(
      reportingPeriods,
      and(eq(reportingPeriods.authorityId, indicators.authorityId), eq(reportingPeriods.period, input.period)),
    )
    .where(eq(indicators.id, input.indicatorId));
  if (!row || !row.opened) return null;
  const { closedAt: _c, opened: _o, ...indicator } = row;
  return { resource: { serviceKey: indicator.serviceKey, indicatorId: indicator.id }, loaded: { indicator, period: input.period } };
}

export const NOT_OPEN = "That indicator does not exist, or the month is not open for commentary.";

/**
 * Refuses any change to the commentary of a month closed to commentary, with
 * who closed it and when. The month's row stays share-locked until the change
 * commits, so a close waits for changes already under way and none slips in after.
 */
export async function assertMonthOpen(tx: Tx, target: CommentaryTarget): Promise<void> {
  const [month] = await tx
    .select({ closedAt: reportingPeriods.closedAt, closedBy: users.name })
    .from(reportingPeriods)
    .innerJoin(indicators, and(eq(indicators.authorityId, reportingPeriods.authorityId), eq(indicators.id, target.indicator.id)))
    .leftJoin(users, eq(users.id, reportingPeriods.closedBy))
    .where(eq(reportingPeriods.period, target.period))
    .for("share", { of: reportingPeriods });
  if (month?.closedAt) throw new ActionRefusal("invalid_state", monthClosedMessage(target.period, month.closedAt, month.closedBy));
}

export function monthClosedMessage(period: string, closedAt: Date | string, closedBy: string | null): string {
  const on = formatDate(closedAt);
  return (
    `${monthLabel(period)} is closed to commentary (closed${closedBy ? ` by ${closedBy}` : ""} on ${on}), so nothing was changed. ` +
    "Ask the performance team to reopen the month if this commentary must change."
  );
}

export async function currentCommentary(tx: Tx, target: CommentaryTarget): Promise<Commentary | null> {
  const [row] = await tx
    .select()
    .from(commentaries)
    .where(and(eq(commentaries.indicatorId, target.indicator.id), eq(commentaries.period, target.period)));
  return row ?? null;
}

/** A manager of the indicator's service may do the managers' steps (edit submitted text, return, approve). */
function actsAsApprover(actor: SessionUser, target: CommentaryTarget): boolean {
  return can(actor, "commentary.approve", { serviceKey: target.indicator.serviceKey, indicatorId: target.indicator.id });
}

export interface ConflictDetails {
  current: { version: number; status: CommentaryState; body: string; authorName: string | null; updatedAt: string | null };
}

async function conflict(tx: Tx, target: CommentaryTarget): Promise<ActionRefusal> {
  const row = await currentCommentary(tx, target);
  let authorName: string | null = null;
  if (row?.authorId) {
    const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, row.authorId));
    authorName = author?.name ?? null;
  }
  const details: ConflictDetails = {
    current: {
      version: row?.version ?? 0,
      status: row?.status ?? "not_started",
      body: row?.body ?? "",
      authorName,
      updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
    },
  };
  return new ActionRefusal(
    "conflict",
    `Someone else changed this commentary while you were working (it is now at version ${details.current.version}). Your text has not been lost: compare the two and merge them.`,
    details,
  );
}

export interface WriteArgs {
  tx: Tx;
  actor: SessionUser;
  target: CommentaryTarget;
  step: CommentaryStep;
  expectedVersion: number;
  /** the new text; undefined keeps the current one */
  body?: string;
  /** columns the step sets besides body, status and version */
  extra?: Partial<typeof commentaries.$inferInsert>;
  /** whether the text is now the actor's (a save, an edit), else the author stays */
  actorWritesBody: boolean;
}

export interface WriteOutcome {
  before: Commentary | null;
  after: Commentary;
}

/**
 * The single conditional write of every commentary step: the row must still
 * be at the version the writer started from and in a status the step may
 * start from, or nothing is written and the writer gets a conflict (someone
 * else moved it on) or an invalid-state refusal. Every write adds a version.
 */
export async function writeCommentary(args: WriteArgs): Promise<WriteOutcome> {
  const { tx, actor, target, step, expectedVersion } = args;
  await assertMonthOpen(tx, target);
  const asApprover = actsAsApprover(actor, target);
  const before = await currentCommentary(tx, target);
  const beforeState: CommentaryState = before?.status ?? "not_started";
  if ((before?.version ?? 0) !== expectedVersion) throw await conflict(tx, target);
  if (!canStep(step, beforeState, asApprover)) {
    throw new ActionRefusal("invalid_state", refusalFor(step, beforeState, asApprover));
  }
  const status: CommentaryStatus = statusAfter(step, beforeState, asApprover);
  const body = args.body ?? before?.body ?? "";
  const authorId = args.actorWritesBody ? actor.id : (before?.authorId ?? actor.id);
  const now = new Date();

  let after: Commentary | undefined;
  if (!before) {
    // First write: the unique (indicator, month) index decides between two first writers.
    [after] = await tx
      .insert(commentaries)
      .values({ indicatorId: target.indicator.id, period: target.period, status, body, version: 1, authorId, updatedAt: now, ...args.extra })
      .onConflictDoNothing()
      .returning();
  } else {
    [after] = await tx
      .update(commentaries)
      .set({ status, body, version: before.version + 1, authorId, updatedAt: now, ...args.extra })
      .where(
        and(
          eq(commentaries.id, before.id),
          eq(commentaries.version, expectedVersion),
          inArray(commentaries.status, storedFromStatuses(step, asApprover)),
        ),
      )
      .returning();
  }
  if (!after) throw await conflict(tx, target);
  await tx.insert(commentaryVersions).values({
    commentaryId: after.id,
    version: after.version,
    body: after.body,
    status: after.status,
    authorId: actor.id,
    reason: step,
  });
  return { before, after };
}

function refusalFor(step: CommentaryStep, from: CommentaryState, asApprover: boolean): string {
  const state = from.replace("_", " ");
  if (!asApprover && (from === "submitted" || from === "approved")) {
    return `This commentary is ${state}: only a manager of the service can change it now.`;
  }
  return `This commentary is ${state}, so it cannot be ${PAST[step]} now.`;
}

const PAST: Record<CommentaryStep, string> = {
  save: "saved",
  submit: "submitted",
  withdraw: "withdrawn",
  return: "returned",
  approve: "approved",
  restore: "restored",
  not_needed: "marked as needing no commentary",
};

export function describe(target: CommentaryTarget): string {
  return `${target.indicator.code} for ${monthLabel(target.period)}`;
}

export function editorLink(target: CommentaryTarget): string {
  return commentaryHref(target.period, target.indicator.id);
}

export function summaryOf(row: Commentary | null) {
  return row
    ? { version: row.version, status: row.status, characters: row.body.length }
    : { version: 0, status: "not_started", characters: 0 };
}

/** What a commentary step answers: the version now stored. */
export interface SavedCommentary {
  version: number;
  status: string;
  body: string;
  updatedAt: string;
}

export const savedCommentary = ({ after }: WriteOutcome): SavedCommentary => ({
  version: after.version,
  status: after.status,
  body: after.body,
  updatedAt: new Date(after.updatedAt).toISOString(),
});

/** A step's audit entry: the commentary before and after the write, with the step's own details. */
export const commentaryAudit = (action: string, summary: string, outcome: WriteOutcome, extra: Record<string, unknown> = {}) => ({
  action,
  entityType: "commentary",
  entityId: String(outcome.after.id),
  summary,
  before: summaryOf(outcome.before),
  after: { ...summaryOf(outcome.after), ...extra },
});
