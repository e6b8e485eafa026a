import "server-only";
// The meeting record of a published paper: the agenda item, who presented,
// who attended and sent apologies, and the points noted. Written by whoever
// may record the board's resolution; saved whole each time, and audited.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { snapshotMeetings, snapshots } from "@/db/schema";
import { paperServiceKeys } from "@/lib/queries/paper-scope";
import { defineAction } from "../define-action";
import { id } from "../fields";
import { auditEntry } from "@/lib/audit/append";

/** One name a line; blank lines dropped. */
const names = (what: string) =>
  z
    .string()
    .max(4000, `The list of ${what} must be at most 4,000 characters`)
    .transform((text) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));

export const meetingRecordInput = z.object({
  snapshotId: id("Paper"),
  agendaItem: z.string({ error: "Give the agenda item's title" }).trim().min(1, "Give the agenda item's title").max(200, "The agenda item must be at most 200 characters"),
  presenters: names("presenters"),
  present: names("members present"),
  apologies: names("apologies"),
  pointsNoted: z.string().max(10_000, "The points noted must be at most 10,000 characters").default(""),
});

export const saveMeetingRecord = defineAction({
  permission: "snapshot.publish",
  input: meetingRecordInput,
  load: async (db, input) => {
    const [paper] = await db.select().from(snapshots).where(eq(snapshots.id, input.snapshotId));
    if (!paper || paper.status === "draft") return null;
    return { resource: { boardId: paper.boardId, serviceKeys: await paperServiceKeys({ db, snapshotId: paper.id }) }, loaded: paper };
  },
  notFoundMessage: "That paper has not been published.",
  handler: async ({ tx, actor, input }) => {
    const values = { agendaItem: input.agendaItem, presenters: input.presenters, present: input.present, apologies: input.apologies, pointsNoted: input.pointsNoted.trim() };
    const [before] = await tx.select().from(snapshotMeetings).where(eq(snapshotMeetings.snapshotId, input.snapshotId));
    await tx
      .insert(snapshotMeetings)
      .values({ snapshotId: input.snapshotId, ...values, updatedBy: actor.id })
      .onConflictDoUpdate({ target: snapshotMeetings.snapshotId, set: { ...values, updatedBy: actor.id, updatedAt: new Date() } });
    return {
      data: { snapshotId: input.snapshotId },
      audit: [
        auditEntry("snapshot.meeting_record", ["snapshot", input.snapshotId], `Recorded the meeting: "${input.agendaItem}", presented by ${input.presenters.join(", ") || "nobody named"}`, {
          before: before ? { agendaItem: before.agendaItem, presenters: before.presenters, present: before.present, apologies: before.apologies } : null,
          after: values,
        }),
      ],
    };
  },
});
