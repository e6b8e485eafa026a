import "server-only";
// Everything the minutes of a paper's agenda item say, in one read: the
// paper, its meeting record, what the board asked for at its last meeting
// (the actions it gave then), the questions and answers, the resolutions.
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { boards, snapshotMeetings, snapshots } from "@/db/schema";
import type { Minutes } from "@/lib/snapshots/minutes";
import { actionsOf } from "./board-actions";
import { snapshotThread } from "./snapshots";

export async function meetingRecordOf({ db, snapshotId }: { db: Executor; snapshotId: number }) {
  const [record] = await db.select().from(snapshotMeetings).where(eq(snapshotMeetings.snapshotId, snapshotId));
  return record ?? null;
}

export async function minutesFor({ db, snapshotId }: { db: Executor; snapshotId: number }): Promise<Minutes | null> {
  const [paper] = await db
    .select({ title: snapshots.title, meetingDate: snapshots.meetingDate, period: snapshots.period, board: boards.name, status: snapshots.status })
    .from(snapshots)
    .innerJoin(boards, eq(boards.id, snapshots.boardId))
    .where(eq(snapshots.id, snapshotId));
  if (!paper || paper.status === "draft") return null;
  const [record, thread] = await Promise.all([meetingRecordOf({ db, snapshotId }), snapshotThread({ db, id: snapshotId })]);
  const asked = thread.previousId ? await actionsOf({ db, snapshotId: thread.previousId }) : [];
  return {
    board: paper.board,
    meetingDate: paper.meetingDate,
    paperTitle: paper.title,
    period: paper.period,
    agendaItem: record?.agendaItem ?? paper.title,
    presenters: record?.presenters ?? [],
    present: record?.present ?? [],
    apologies: record?.apologies ?? [],
    pointsNoted: (record?.pointsNoted ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
    askedLastTime: asked.map((a) => ({ body: a.body, owner: a.owner ?? null, status: a.status ?? null })),
    questions: thread.questions.map((q) => ({ question: q.body, askedBy: q.askedBy, answer: q.answer ?? null, answeredBy: q.answeredBy ?? null })),
    resolutions: thread.resolutions.map((r) => ({ kind: r.kind as Minutes["resolutions"][number]["kind"], body: r.body, owner: r.owner ?? null, dueDate: r.dueDate ?? null })),
  };
}
