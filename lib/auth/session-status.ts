import "server-only";
// A session's ends, for the warning before it ends (./session-warning.ts):
// reading them is not activity (a page that asks every few minutes must not
// keep an idle session alive), and "Stay signed in" records activity now.
// Both read the token without Auth.js's callbacks, which would count the
// request as activity (./sessions.ts checkSession).
import { eq } from "drizzle-orm";
import { getToken } from "next-auth/jwt";
import type { Db } from "@/db/client";
import { userSessions } from "@/db/schema";
import { readClaims, sessionLimits, sessionVerdict } from "./session-rules";
import { sessionEnds, type SessionEnds } from "./session-warning";
import { storedSession } from "./sessions";

export type SessionStatus = ({ signedIn: true } & SessionEnds) | { signedIn: false };

const COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/** The session token's claims from the request's cookie (null: none, or not ours). */
export async function tokenOf(request: Request): Promise<Record<string, unknown> | null> {
  return tokenFromCookies(request.headers.get("cookie") ?? "");
}

/**
 * The session token's claims from a Cookie header (null: none, or not ours):
 * the cookie Auth.js wrote, decrypted with AUTH_SECRET. Checking it against
 * the database is the caller's (./sessions.ts).
 */
export async function tokenFromCookies(cookies: string): Promise<Record<string, unknown> | null> {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  const cookieName = COOKIES.find((name) => cookies.includes(`${name}=`) || cookies.includes(`${name}.0=`));
  if (!cookieName) return null;
  try {
    return await getToken({ req: { headers: { cookie: cookies } }, secret, cookieName, secureCookie: cookieName.startsWith("__Secure-") });
  } catch {
    return null;
  }
}

/** When the session ends; `touch` records a request now first ("Stay signed in"). */
export async function sessionStatus({
  db,
  token,
  touch = false,
  now = new Date(),
}: {
  db: Db;
  token: Record<string, unknown> | null;
  touch?: boolean;
  now?: Date;
}): Promise<SessionStatus> {
  const claims = readClaims(token);
  if (!claims) return { signedIn: false };
  const stored = await storedSession(db, claims);
  const limits = sessionLimits();
  const verdict = sessionVerdict(claims, stored, now, limits);
  if (!verdict.ok || !stored?.startedAt || !stored.lastSeenAt) return { signedIn: false };
  let lastSeen = stored.lastSeenAt;
  if (touch) {
    await db.update(userSessions).set({ lastSeenAt: now }).where(eq(userSessions.id, claims.sid));
    lastSeen = now;
  }
  const began = new Date(Math.min(claims.authAt, stored.startedAt.getTime()));
  return { signedIn: true, ...sessionEnds({ began, lastSeen }, limits) };
}
