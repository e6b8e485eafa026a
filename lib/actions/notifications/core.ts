// Marking one's own notifications read.
import "server-only";
import { z } from "zod";
import { markRead } from "@/lib/notify/in-app";
import { defineAction } from "../define-action";

export const markNotificationsRead = defineAction({
  permission: "notifications.own",
  input: z.object({
    /** absent: all of them */
    ids: z.array(z.coerce.number().int().positive("Notification must be a positive number")).max(500).optional(),
  }),
  load: async () => ({ resource: {}, loaded: null }),
  handler: async ({ tx, actor, input }) => {
    const changed = await markRead(tx, actor.id, input.ids ?? null);
    // Reading a notification is not a change to the record worth auditing.
    return { data: { changed }, audit: [] };
  },
});
