// In-app notifications: rows written in the same transaction as the change
// they announce, so a rolled-back change announces nothing. The emails that go
// with them are returned and sent after the commit (lib/actions/define-action).
import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notifications, users } from "@/db/schema";
import type { EmailMessage } from "./email";
import { publicBaseUrl } from "@/lib/config/env";

type NotificationKind =
  | "commentary.submitted"
  | "commentary.returned"
  | "scorecard.approved"
  | "snapshot.published"
  | "snapshot.question"
  | "snapshot.answer"
  | "snapshot.action"
  | "access.requested";

export interface NotificationDraft {
  userIds: readonly (string | null | undefined)[];
  kind: NotificationKind;
  message: string;
  /** a path in Lantern */
  link: string;
}

/** Writes one notification per distinct recipient (never the person acting) and returns the emails to send. */
export async function writeNotifications(
  tx: Tx,
  drafts: readonly NotificationDraft[],
  actorId: string | null,
): Promise<EmailMessage[]> {
  const emails: EmailMessage[] = [];
  for (const draft of drafts) {
    const ids = [...new Set(draft.userIds.filter((id): id is string => !!id && id !== actorId))];
    if (ids.length === 0) continue;
    const recipients = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(inArray(users.id, ids), isNull(users.disabledAt)));
    if (recipients.length === 0) continue;
    await tx
      .insert(notifications)
      .values(recipients.map((r) => ({ userId: r.id, kind: draft.kind, message: draft.message, link: draft.link })));
    const url = absoluteLink(draft.link);
    for (const r of recipients) {
      emails.push({ to: r.email, subject: `Lantern: ${draft.message}`, text: `${draft.message}\n\nOpen it in Lantern: ${url}` });
    }
  }
  return emails;
}

/** Emails need a full address: LANTERN_BASE_URL (or Auth.js's AUTH_URL) says where Lantern is served. */
function absoluteLink(link: string): string {
  const base = publicBaseUrl();
  return base ? new URL(link, base).toString() : link;
}

/** Marks the person's notifications read (all, or the given ones); returns how many changed. */
export async function markRead(tx: Tx, userId: string, ids: readonly number[] | null): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, [...ids]) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}
