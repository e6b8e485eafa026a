import "server-only";
// One-time "set your password" links (rules: ./link-rules.ts): issued by the
// admin's invite and reset actions inside their transactions, used once by
// the person on /set-password. Only the token's SHA-256 is stored.
import { and, eq, isNull, ne } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { passwordLinks, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit/append";
import { hashPassword } from "@/lib/auth/passwords";
import { hashSecret, looksLikeSecret, newSecret } from "@/lib/auth/secrets";
import { setPasswordHref } from "@/lib/links";
import { linkExpiry, linkVerdict, type LinkPurpose, type LinkVerdict } from "./link-rules";
import { publicBaseUrl } from "@/lib/config/env";

/** A new link for the person; their older unused links stop working. Returns the token (never stored). */
export async function issuePasswordLink(
  tx: Executor,
  { userId, purpose, createdBy, now = new Date() }: { userId: string; purpose: LinkPurpose; createdBy: string | null; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  await tx.delete(passwordLinks).where(and(eq(passwordLinks.userId, userId), isNull(passwordLinks.usedAt)));
  const token = newSecret("link");
  const expiresAt = linkExpiry(now);
  await tx.insert(passwordLinks).values({ userId, purpose, tokenHash: hashSecret(token), createdBy, createdAt: now, expiresAt });
  return { token, expiresAt };
}

/** The full address of a link, for the email: LANTERN_BASE_URL (or AUTH_URL), else the address the admin used. */
export function passwordLinkUrl(token: string, fallbackOrigin: string | null | undefined): string {
  const base = publicBaseUrl() || fallbackOrigin || "http://localhost:3000";
  return new URL(setPasswordHref(token), base).toString();
}

async function findLink(db: Executor, token: string) {
  if (!looksLikeSecret("link", token)) return null;
  const [row] = await db
    .select({ id: passwordLinks.id, userId: passwordLinks.userId, purpose: passwordLinks.purpose, expiresAt: passwordLinks.expiresAt, usedAt: passwordLinks.usedAt, disabledAt: users.disabledAt, email: users.email, name: users.name })
    .from(passwordLinks)
    .innerJoin(users, eq(users.id, passwordLinks.userId))
    .where(eq(passwordLinks.tokenHash, hashSecret(token)));
  return row ?? null;
}

function verdictOf(row: Awaited<ReturnType<typeof findLink>>, now: Date): LinkVerdict {
  return linkVerdict(row ? { expiresAt: new Date(row.expiresAt), usedAt: row.usedAt ? new Date(row.usedAt) : null, disabled: row.disabledAt !== null } : null, now);
}

/** Whether a link works, and whose it is (for the page's greeting). */
export async function checkPasswordLink({ db, token, now = new Date() }: { db: Executor; token: string; now?: Date }) {
  const row = await findLink(db, token);
  const verdict = verdictOf(row, now);
  return verdict.ok && row ? { ok: true as const, name: row.name, email: row.email, purpose: row.purpose as LinkPurpose } : { ok: false as const };
}

/**
 * Sets the password from a link, in one transaction: the link is used up (a
 * conditional update, so two submits cannot both use it), the person's other
 * links go, and the new password ends any session they had (the database's
 * session-version trigger).
 */
export async function setPasswordFromLink({ db, token, password, now = new Date() }: { db: Db; token: string; password: string; now?: Date }): Promise<{ ok: true; email: string } | { ok: false }> {
  const row = await findLink(db, token);
  if (!verdictOf(row, now).ok || !row) return { ok: false };
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const used = await tx
      .update(passwordLinks)
      .set({ usedAt: now })
      .where(and(eq(passwordLinks.id, row.id), isNull(passwordLinks.usedAt)))
      .returning({ id: passwordLinks.id });
    if (used.length === 0) return { ok: false as const };
    await tx.delete(passwordLinks).where(and(eq(passwordLinks.userId, row.userId), isNull(passwordLinks.usedAt), ne(passwordLinks.id, row.id)));
    await tx.update(users).set({ passwordHash }).where(eq(users.id, row.userId));
    await appendAudit(tx, [
      {
        actorId: row.userId,
        action: row.purpose === "invite" ? "user.accept_invite" : "user.reset_password",
        entityType: "user",
        entityId: row.userId,
        summary: `${row.email} set a password from ${row.purpose === "invite" ? "their invitation" : "a reset link"}`,
      },
    ]);
    return { ok: true as const, email: row.email };
  });
}
