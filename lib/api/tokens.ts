import "server-only";
// Personal API tokens (/profile; rules in ./token-rules.ts): issued inside the
// profile action's transaction, checked on every /api/v1 call. A call acts as
// the token's owner at that moment: their roles are read fresh, and a
// deactivated owner's tokens stop at once. Each call moves the token's
// rate-limit window on in the same UPDATE that records its last use, so the
// limit holds across every server process sharing the database.
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { hashSecret, looksLikeSecret, newSecret } from "@/lib/auth/secrets";
import { loadSessionUser } from "@/lib/queries/users";
import { apiRateLimit, MAX_LIVE_TOKENS, retryAfterSeconds, tokenExpiry, tokenUsable, type RateLimit } from "./token-rules";

/** Refused when the person already holds MAX_LIVE_TOKENS live tokens. */
export class TooManyTokens extends Error {}

export async function issueApiToken(
  tx: Executor,
  { userId, name, days, now = new Date() }: { userId: string; name: string; days: number; now?: Date },
): Promise<{ id: string; token: string; expiresAt: Date }> {
  // The person's row is locked so two requests at once cannot both take the last place.
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
  const [{ live }] = await tx
    .select({ live: sql<number>`count(*)::int` })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)));
  if (Number(live) >= MAX_LIVE_TOKENS) throw new TooManyTokens();
  const token = newSecret("api");
  const expiresAt = tokenExpiry(now, days);
  const [row] = await tx
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashSecret(token), hint: token.slice(-4), createdAt: now, expiresAt })
    .returning({ id: apiTokens.id });
  return { id: row.id, token, expiresAt };
}

export type BearerVerdict =
  | { ok: true; user: SessionUser; tokenId: string }
  | { ok: false; status: 401 }
  | { ok: false; status: 429; retryAfter: number };

/** The token in an Authorization header ("Bearer lnt_…"), or null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? "");
  return match && looksLikeSecret("api", match[1]) ? match[1] : null;
}

export async function authenticateBearer({
  db,
  header,
  now = new Date(),
  limit = apiRateLimit(),
}: {
  db: Executor;
  header: string | null;
  now?: Date;
  limit?: RateLimit;
}): Promise<BearerVerdict> {
  const token = bearerToken(header);
  if (!token) return { ok: false, status: 401 };
  const [stored] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, expiresAt: apiTokens.expiresAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, hashSecret(token)));
  if (!stored || !tokenUsable({ expiresAt: new Date(stored.expiresAt), revokedAt: stored.revokedAt ? new Date(stored.revokedAt) : null }, now)) {
    return { ok: false, status: 401 };
  }
  const user = await loadSessionUser({ db, userId: stored.userId });
  if (!user) return { ok: false, status: 401 };
  // Dates in raw SQL go as ISO text: postgres-js does not serialise a Date there.
  const windowStart = sql`${new Date(now.getTime() - limit.windowMs).toISOString()}::timestamptz`;
  const at = sql`${now.toISOString()}::timestamptz`;
  // Every SET expression reads the row as it was, so one statement both
  // starts a new window when the old one is over and counts this call.
  const [window] = await db
    .update(apiTokens)
    .set({
      windowCount: sql`case when ${apiTokens.windowStartedAt} > ${windowStart} then ${apiTokens.windowCount} + 1 else 1 end`,
      windowStartedAt: sql`case when ${apiTokens.windowStartedAt} > ${windowStart} then ${apiTokens.windowStartedAt} else ${at} end`,
      lastUsedAt: now,
    })
    .where(and(eq(apiTokens.id, stored.id)))
    .returning({ count: apiTokens.windowCount, startedAt: apiTokens.windowStartedAt });
  if (window.count > limit.max) {
    return { ok: false, status: 429, retryAfter: retryAfterSeconds(new Date(window.startedAt!), now, limit) };
  }
  // The same limit for the person across all their tokens: several tokens do not multiply it.
  const [person] = await db
    .select({ calls: sql<number>`coalesce(sum(${apiTokens.windowCount}), 0)::int`, oldest: sql<string | null>`min(${apiTokens.windowStartedAt})::text` })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, stored.userId), sql`${apiTokens.windowStartedAt} > ${windowStart}`));
  if (Number(person.calls) > limit.max) {
    return { ok: false, status: 429, retryAfter: retryAfterSeconds(new Date(person.oldest ?? now.toISOString()), now, limit) };
  }
  return { ok: true, user, tokenId: stored.id };
}
