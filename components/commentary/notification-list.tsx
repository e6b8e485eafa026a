"use client";
// A person's notifications, newest first, unread ones marked in words.
// "Mark all as read" goes once they are; its result is announced and focus
// moves to the list.
import Link from "next/link";
import { useActionResult } from "@/components/ui/focus-manager";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import type { NotificationItem } from "@/lib/queries/notifications";
import { formatDateTime } from "@/lib/dates";

export function NotificationList({
  items,
  markAllRead,
}: {
  items: NotificationItem[];
  markAllRead: (input: unknown) => Promise<ActionResult<{ changed: number }>>;
}) {
  const finish = useActionResult();
  const unread = items.filter((i) => !i.read).length;
  if (items.length === 0) return <p className="mt-4">You have no notifications.</p>;
  return (
    <div className="mt-4">
      {unread > 0 ? (
        <Button
          variant="secondary"
          onClick={async () => {
            const result = await markAllRead({});
            if (result.ok) finish({ message: "Every notification is marked as read.", focus: "notification-items", refresh: true });
            else finish({ message: result.message });
          }}
        >
          Mark all as read
        </Button>
      ) : null}
      <ul id="notification-items" aria-label="Your notifications" className="mt-3 space-y-2">
        {items.map((n) => (
          <li key={n.id} className={`rounded border bg-white p-3 ${n.read ? "border-gray-200" : "border-l-4 border-blue-800"}`}>
            {!n.read ? <strong className="mr-2 text-xs uppercase text-blue-900">Unread</strong> : null}
            {n.link ? <Link href={n.link}>{n.message}</Link> : n.message}
            <p className="text-xs text-gray-700">
              <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
