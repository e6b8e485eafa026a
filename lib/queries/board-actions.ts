import "server-only";
// The board's resolutions item by item, and the actions among them: on a
// paper, from the board's last meeting (the next paper opens with them), and
// every open one for /board. Set-based: one query each.
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { aliasedTable } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { boards, snapshotResolutions, snapshots, userRoles, users } from "@/db/schema";
import type { ActionStatus, ResolutionKind } from "@/lib/figures/vocabulary";
import type { ThreadResolution } from "@/lib/snapshots/types";

/** An item of a board's resolution (the same shape a paper's thread gives, lib/queries/snapshots.ts), with its paper. */
export interface ResolutionItem extends ThreadResolution {
  snapshotId: number;
}

export interface OpenAction extends ResolutionItem {
  paperTitle: string;
  board: string;
  meetingDate: string;
}

const recorder = aliasedTable(users, "recorder");
const owner = aliasedTable(users, "owner");

const itemColumns = {
  id: snapshotResolutions.id,
  snapshotId: snapshotResolutions.snapshotId,
  kind: snapshotResolutions.kind,
  body: snapshotResolutions.body,
  recordedBy: recorder.name,
  recordedAt: snapshotResolutions.recordedAt,
  ownerId: snapshotResolutions.ownerId,
  owner: owner.name,
  dueDate: snapshotResolutions.dueDate,
  status: snapshotResolutions.status,
  statusUpdatedAt: snapshotResolutions.statusUpdatedAt,
};

type ItemRow = { [K in keyof typeof itemColumns]: unknown };

function item(r: ItemRow): ResolutionItem {
  const iso = (v: unknown) => (v == null ? null : new Date(v as string | Date).toISOString());
  return {
    id: Number(r.id),
    snapshotId: Number(r.snapshotId),
    kind: r.kind as ResolutionKind,
    body: String(r.body),
    recordedBy: String(r.recordedBy),
    recordedAt: iso(r.recordedAt)!,
    ownerId: (r.ownerId as string | null) ?? null,
    owner: (r.owner as string | null) ?? null,
    dueDate: (r.dueDate as string | null) ?? null,
    status: (r.status as ActionStatus | null) ?? null,
    statusUpdatedAt: iso(r.statusUpdatedAt),
  };
}

/** A paper's resolution, item by item, in the order recorded. */
export async function resolutionItems({ db, snapshotId }: { db: Executor; snapshotId: number }): Promise<ResolutionItem[]> {
  const rows = await db
    .select(itemColumns)
    .from(snapshotResolutions)
    .innerJoin(recorder, eq(recorder.id, snapshotResolutions.recordedBy))
    .leftJoin(owner, eq(owner.id, snapshotResolutions.ownerId))
    .where(eq(snapshotResolutions.snapshotId, snapshotId))
    .orderBy(asc(snapshotResolutions.recordedAt), asc(snapshotResolutions.id));
  return rows.map(item);
}

/** The actions recorded on a paper (for the board's next paper: "Actions from the last meeting"). */
export async function actionsOf({ db, snapshotId }: { db: Executor; snapshotId: number }): Promise<ResolutionItem[]> {
  return (await resolutionItems({ db, snapshotId })).filter((i) => i.kind === "action");
}

/** Open actions (not done) from the given boards' papers (or all), soonest due first. */
export async function openActionsFor({ db, boardIds }: { db: Executor; boardIds: number[] | "all" }): Promise<OpenAction[]> {
  if (boardIds !== "all" && boardIds.length === 0) return [];
  const rows: (ItemRow & { paperTitle: string; board: string; meetingDate: string })[] = await db
    .select({ ...itemColumns, paperTitle: snapshots.title, board: boards.name, meetingDate: snapshots.meetingDate })
    .from(snapshotResolutions)
    .innerJoin(snapshots, eq(snapshots.id, snapshotResolutions.snapshotId))
    .innerJoin(boards, eq(boards.id, snapshots.boardId))
    .innerJoin(recorder, eq(recorder.id, snapshotResolutions.recordedBy))
    .leftJoin(owner, eq(owner.id, snapshotResolutions.ownerId))
    .where(
      and(
        eq(snapshotResolutions.kind, "action"),
        ne(snapshotResolutions.status, "done"),
        boardIds === "all" ? undefined : inArray(snapshots.boardId, boardIds),
      ),
    )
    .orderBy(asc(snapshotResolutions.dueDate), desc(snapshots.meetingDate), asc(snapshotResolutions.id));
  return rows.map((r) => ({ ...item(r), paperTitle: r.paperTitle, board: r.board, meetingDate: r.meetingDate }));
}

/** The people an action can be given to: everyone who can sign in and works in the service (staff), by name. */
export async function actionOwnerChoices({ db }: { db: Executor }): Promise<{ id: string; name: string }[]> {
  return await db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(sql`${users.disabledAt} is null`, inArray(userRoles.role, ["admin", "manager", "reporter"])))
    .orderBy(asc(users.name));
}
