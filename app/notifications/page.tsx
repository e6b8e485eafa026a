import { NotificationList } from "@/components/commentary/notification-list";
import { getDb } from "@/db/client";
import { markNotificationsReadAction } from "@/lib/actions/notifications/entry";
import { requirePageAccess } from "@/lib/auth/session";
import { recentNotifications } from "@/lib/queries/notifications";

export const metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requirePageAccess("notifications.own");
  const items = await recentNotifications({ db: await getDb(), userId: user.id });
  return (
    <div>
      <h1 className="text-2xl font-bold">Notifications</h1>
      <NotificationList items={items} markAllRead={markNotificationsReadAction} />
    </div>
  );
}
