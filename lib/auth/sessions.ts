import "server-only";
// Sessions that end (rules: ./session-rules.ts). Signing in starts a session
// row and puts its id and the person's session version in the token; every
// request checks both against the database (Auth.js's jwt callback, which
// `auth()` runs on each request and GET /api/auth/session runs before it
// would renew the cookie); signing out moves the version on, ending every
// session the person has at once.
import { randomBytes } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userSessions, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit/append";
import { loadSignedInPerson } from "@/lib/queries/users";
import type { EffectiveSettings } from "@/lib/settings";
import type { SessionUser } from "./roles";
import { readClaims, sessionLimits, sessionVerdict, type SessionClaims, type SessionVerdict, type StoredSession } from "./session-rules";

export async function startSession({ db, userId, now = new Date() }: { db: Db; userId: string; now?: Date }): Promise<SessionClaims> {
  const sid = randomBytes(32).toString("base64url");
  const limits = sessionLimits();
  const [user] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, userId));
  if (!user) throw new Error("startSession: no such person");
  // Rows of sessions past their lifetime go as new ones begin.
  await db.delete(userSessions).where(and(eq(userSessions.userId, userId), lt(userSessions.startedAt, new Date(now.getTime() - limits.absoluteMs))));
  await db.insert(userSessions).values({ id: sid, userId, startedAt: now, lastSeenAt: now });
  return { uid: userId, sid, sv: user.sv, authAt: now.getTime() };
}

/** A session token to check, and when (now unless a test says otherwise). */
interface TokenCheck {
  db: Db;
  token: Record<string, unknown> | null | undefined;
  now?: Date;
}

/** Whether the token's session is still on; records the request as activity. */
export async function checkSession({ db, token, now = new Date() }: TokenCheck): Promise<SessionVerdict & { claims: SessionClaims | null }> {
  const claims = readClaims(token);
  if (!claims) return { ok: false, reason: "malformed", claims };
  const verdict = await judge(db, claims, await storedSession(db, claims), now);
  return { ...verdict, claims };
}

/** The verdict on a token's stored session; a live one records the request as activity (at most once a minute). */
async function judge(db: Db, claims: SessionClaims, stored: StoredSession | null, now: Date): Promise<SessionVerdict> {
  const verdict = sessionVerdict(claims, stored, now, sessionLimits());
  if (verdict.ok && verdict.touch) await db.update(userSessions).set({ lastSeenAt: now }).where(eq(userSessions.id, claims.sid));
  return verdict;
}

/** A signed-in request: the person, their unread notifications and the authority's settings. */
export interface SignedIn {
  user: SessionUser;
  unread: number;
  settings: EffectiveSettings;
  /** the data version (lib/data-version.ts) as it was when the session was checked */
  dataVersion: number;
}

/**
 * The person a request's session token stands for, checked as `checkSession`
 * checks it (and recording activity the same way), with what every page
 * shows beside them; null when the session has ended or never was. One query:
 * pages call this on every request (./session.ts).
 */
export async function signedInPerson({ db, token, now = new Date() }: TokenCheck): Promise<SignedIn | null> {
  const claims = readClaims(token);
  if (!claims) return null;
  const found = await loadSignedInPerson({ db, userId: claims.uid, sessionId: claims.sid });
  const verdict = await judge(db, claims, found?.stored ?? null, now);
  return verdict.ok && found ? { user: found.user, unread: found.unread, settings: found.settings, dataVersion: found.dataVersion } : null;
}

/** What the database holds about the token's session and its person (null: no such person). */
export async function storedSession(db: Db, claims: SessionClaims): Promise<StoredSession | null> {
  const [row] = await db
    .select({ sv: users.sessionVersion, disabledAt: users.disabledAt, startedAt: userSessions.startedAt, lastSeenAt: userSessions.lastSeenAt })
    .from(users)
    .leftJoin(userSessions, and(eq(userSessions.id, claims.sid), eq(userSessions.userId, users.id)))
    .where(eq(users.id, claims.uid));
  return row
    ? {
        sessionVersion: row.sv,
        disabled: row.disabledAt !== null,
        startedAt: row.startedAt ? new Date(row.startedAt) : null,
        lastSeenAt: row.lastSeenAt ? new Date(row.lastSeenAt) : null,
      }
    : null;
}

/** Ends every session the person has (sign-out). Password, deactivation and role changes do the same by trigger. */
export async function endAllSessions({ db, userId, why }: { db: Db; userId: string; why: "sign_out" }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
    await tx.delete(userSessions).where(eq(userSessions.userId, userId));
    if (why === "sign_out") {
      await appendAudit(tx, [{ actorId: userId, action: "auth.sign_out", entityType: "user", entityId: userId, summary: "Signed out: every session ended" }]);
    }
  });
}
