import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { boards, snapshots } from "@/db/schema";

/** Published (and superseded) papers of the given boards, newest meeting first. */
export async function publishedSnapshotsFor({ db, boardIds }: { db: Db; boardIds: number[] | "all" }) {
  if (boardIds !== "all" && boardIds.length === 0) return [];
  return db
    .select({
      id: snapshots.id,
      title: snapshots.title,
      board: boards.name,
      meetingDate: snapshots.meetingDate,
      period: snapshots.period,
      status: snapshots.status,
      publishedAt: snapshots.publishedAt,
    })
    .from(snapshots)
    .innerJoin(boards, eq(boards.id, snapshots.boardId))
    .where(
      and(
        inArray(snapshots.status, ["published", "superseded"]),
        boardIds === "all" ? undefined : inArray(snapshots.boardId, boardIds),
      ),
    )
    .orderBy(desc(snapshots.meetingDate), desc(snapshots.version));
}
