import "server-only";
import { aliasedTable, and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  authorities,
  boardMembers,
  boards,
  scorecardApprovals,
  serviceAreas,
  snapshotRows,
  snapshotServices,
  snapshots,
  users,
} from "@/db/schema";
import type { FrozenFigures } from "@/lib/snapshots/freeze";
import type { SnapshotContent, ThreadQuestion, ThreadResolution } from "@/lib/snapshots/types";
import { rowView } from "@/lib/snapshots/view";

/** What a list of papers shows of each. */
const paperListColumns = {
  id: snapshots.id,
  title: snapshots.title,
  board: boards.name,
  meetingDate: snapshots.meetingDate,
  period: snapshots.period,
  version: snapshots.version,
  publishedAt: snapshots.publishedAt,
};

/** Published papers of the given boards (or all), newest meeting first, each saying if a correction superseded it. */
export async function publishedSnapshotsFor({ db, boardIds }: { db: Executor; boardIds: number[] | "all" }) {
  if (boardIds !== "all" && boardIds.length === 0) return [];
  return await db
    .select({
      ...paperListColumns,
      // (a subquery: Drizzle's types lose a self-join of this table)
      supersededBy: sql<number | null>`(select c.id from snapshots c where c.supersedes_id = ${snapshots.id} and c.status <> 'draft' limit 1)`,
    })
    .from(snapshots)
    .innerJoin(boards, eq(boards.id, snapshots.boardId))
    .where(and(ne(snapshots.status, "draft"), boardIds === "all" ? undefined : inArray(snapshots.boardId, boardIds)))
    .orderBy(desc(snapshots.meetingDate), desc(snapshots.version));
}

/** Every paper, drafts included, for the staff list. */
export async function allSnapshots({ db }: { db: Executor }) {
  return await db
    .select({ ...paperListColumns, status: snapshots.status })
    .from(snapshots)
    .innerJoin(boards, eq(boards.id, snapshots.boardId))
    .orderBy(desc(snapshots.meetingDate), desc(snapshots.version));
}

export async function listBoards({ db }: { db: Executor }) {
  return db.select({ id: boards.id, name: boards.name }).from(boards).orderBy(asc(boards.name));
}

/** The months with at least one approved service scorecard, newest first, with how many are approved. */
export async function approvedMonths({ db }: { db: Executor }): Promise<{ period: string; approved: number }[]> {
  const rows = await db
    .select({ period: scorecardApprovals.period, approved: sql<number>`count(distinct ${scorecardApprovals.serviceKey})::int` })
    .from(scorecardApprovals)
    .groupBy(scorecardApprovals.period)
    .orderBy(desc(scorecardApprovals.period));
  return rows.map((r) => ({ period: r.period, approved: Number(r.approved) }));
}

/** Service scorecards approved for a month, with who approved them. */
export async function approvedScorecards({ db, period }: { db: Executor; period: string }) {
  return await db
    .select({ serviceKey: scorecardApprovals.serviceKey, name: serviceAreas.name, approvedAt: scorecardApprovals.approvedAt, approvedBy: users.name })
    .from(scorecardApprovals)
    .innerJoin(serviceAreas, eq(serviceAreas.key, scorecardApprovals.serviceKey))
    .leftJoin(users, eq(users.id, scorecardApprovals.approvedBy))
    .where(eq(scorecardApprovals.period, period))
    .orderBy(asc(serviceAreas.sortOrder));
}

// A published snapshot never changes (the database refuses it), so its content
// is cached in the process after the first read. Drafts are always read fresh.
// Keyed by the database too, so two databases in one process (tests, tools)
// never see each other's papers.
const publishedCache = new WeakMap<Executor, Map<number, SnapshotContent>>();

/** The paper itself: frozen rows and words. Null when there is no such snapshot. */
export async function snapshotContent({ db, id }: { db: Executor; id: number }): Promise<SnapshotContent | null> {
  let cache = publishedCache.get(db);
  if (!cache) publishedCache.set(db, (cache = new Map()));
  const cached = cache.get(id);
  if (cached) return cached;
  const publisher = aliasedTable(users, "publisher");
  const approver = aliasedTable(users, "approver");
  const [head] = await db
    .select({ snapshot: snapshots, board: boards.name, authority: authorities.name, publishedBy: publisher.name, publicTextApprovedBy: approver.name })
    .from(snapshots)
    .innerJoin(boards, eq(boards.id, snapshots.boardId))
    .innerJoin(authorities, eq(authorities.id, snapshots.authorityId))
    .leftJoin(publisher, eq(publisher.id, snapshots.publishedBy))
    .leftJoin(approver, eq(approver.id, snapshots.publicTextApprovedBy))
    .where(eq(snapshots.id, id));
  if (!head) return null;
  const [services, rows] = await Promise.all([
    db
      .select({ key: serviceAreas.key, name: serviceAreas.name })
      .from(snapshotServices)
      .innerJoin(serviceAreas, eq(serviceAreas.key, snapshotServices.serviceKey))
      .where(eq(snapshotServices.snapshotId, id))
      .orderBy(asc(serviceAreas.sortOrder)),
    db.select().from(snapshotRows).where(eq(snapshotRows.snapshotId, id)).orderBy(asc(snapshotRows.position)),
  ]);
  const s = head.snapshot;
  const content: SnapshotContent = {
    id: s.id,
    title: s.title,
    boardId: s.boardId,
    // Frozen at publishing (a draft shows them as they are now).
    board: s.frozenBoard ?? head.board,
    authority: s.frozenAuthority ?? head.authority,
    frozenThreshold: s.frozenThreshold,
    meetingDate: s.meetingDate,
    period: s.period,
    status: s.status,
    version: s.version,
    supersedesId: s.supersedesId,
    correctionReason: s.correctionReason,
    highlights: s.highlights,
    publicHighlights: s.publicHighlights,
    publicTextApprovedBy: head.publicTextApprovedBy,
    publicTextApprovedAt: s.publicTextApprovedAt ? new Date(s.publicTextApprovedAt).toISOString() : null,
    publicTextReason: s.publicTextReason,
    childrensVoice: s.childrensVoice,
    featuredCodes: s.featuredCodes,
    publicRelease: s.publicRelease,
    publishedAt: s.publishedAt ? new Date(s.publishedAt).toISOString() : null,
    publishedBy: head.publishedBy,
    services,
    rows: rows.map((r) => rowView({ ...r, figures: r.figures as FrozenFigures })),
  };
  if (s.status !== "draft") cache.set(id, content);
  return content;
}

/**
 * What is attached to a paper and may change: questions and answers,
 * resolutions, the correction that superseded it, and the board's previous
 * paper. One query (correlated subqueries on the paper's row), since every
 * reading of a paper asks for it.
 */
export async function snapshotThread({ db, id }: { db: Executor; id: number }) {
  const [row] = await db
    .select({
      questions: sql<ThreadQuestion[]>`(
        select coalesce(json_agg(json_build_object(
          'id', q.id, 'indicatorCode', q.indicator_code, 'body', q.body, 'askedBy', a.name, 'askedAt', q.created_at,
          'answer', q.answer, 'answeredBy', (select u.name from users u where u.id = q.answered_by), 'answeredAt', q.answered_at
        ) order by q.created_at, q.id), '[]'::json)
        from snapshot_questions q join users a on a.id = q.asked_by
        where q.snapshot_id = "snapshots"."id")`,
      resolutions: sql<ThreadResolution[]>`(
        select coalesce(json_agg(json_build_object('id', r.id, 'body', r.body, 'recordedBy', u.name, 'recordedAt', r.created_at,
          'kind', r.kind, 'ownerId', r.owner_id, 'owner', o.name, 'dueDate', r.due_date, 'status', r.status, 'statusUpdatedAt', r.status_updated_at)
          order by r.created_at, r.id), '[]'::json)
        from snapshot_resolutions r join users u on u.id = r.recorded_by left join users o on o.id = r.owner_id
        where r.snapshot_id = "snapshots"."id")`,
      supersededBy: sql<number | null>`(
        select c.id from snapshots c where c.supersedes_id = "snapshots"."id" and c.status <> 'draft' limit 1)`,
      previousId: sql<number | null>`(
        select p.id from snapshots p
        where p.board_id = "snapshots"."board_id" and p.meeting_date < "snapshots"."meeting_date" and p.status <> 'draft'
        order by p.meeting_date desc, p.version desc limit 1)`,
    })
    .from(snapshots)
    .where(eq(snapshots.id, id));
  return {
    questions: parseJson<ThreadQuestion[]>(row?.questions) ?? [],
    resolutions: parseJson<ThreadResolution[]>(row?.resolutions) ?? [],
    supersededBy: row?.supersededBy == null ? null : Number(row.supersededBy),
    previousId: row?.previousId == null ? null : Number(row.previousId),
  };
}

/** json comes back parsed from both drivers; a string is parsed here just in case. */
function parseJson<T>(value: unknown): T | null {
  if (value == null) return null;
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/** Boards with their members, for the admin page. */
export async function boardsWithMembers({ db }: { db: Executor }) {
  const rows = await db
    .select({ boardId: boards.id, board: boards.name, userId: users.id, name: users.name, email: users.email })
    .from(boards)
    .leftJoin(boardMembers, eq(boardMembers.boardId, boards.id))
    .leftJoin(users, eq(users.id, boardMembers.userId))
    .orderBy(asc(boards.name), asc(users.name));
  const byBoard = new Map<number, { id: number; name: string; members: { id: string; name: string; email: string }[] }>();
  for (const r of rows) {
    const entry = byBoard.get(r.boardId) ?? { id: r.boardId, name: r.board, members: [] };
    if (r.userId && r.name && r.email) entry.members.push({ id: r.userId, name: r.name, email: r.email });
    byBoard.set(r.boardId, entry);
  }
  return [...byBoard.values()];
}
