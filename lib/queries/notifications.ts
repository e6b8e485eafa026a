import "server-only";
// A person's own notifications: the header's unread count and the list.
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notifications } from "@/db/schema";

export async function unreadNotificationCount({ db, userId }: { db: Executor; userId: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export interface NotificationItem {
  id: number;
  kind: string;
  message: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}

export async function recentNotifications({ db, userId, limit = 100 }: { db: Executor; userId: string; limit?: number }): Promise<NotificationItem[]> {
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    message: r.message,
    link: r.link,
    createdAt: new Date(r.createdAt).toISOString(),
    read: r.readAt !== null,
  }));
}
