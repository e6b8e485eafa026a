import "server-only";
// A session's ends, for the warning before it ends (./session-warning.ts):
// reading them is not activity (a page that asks every few minutes must not
// keep an idle session alive), and "Stay signed in" records activity now.
// Both read the token without Auth.js's callbacks, which would count the
// request as activity (./sessions.ts checkSession).
import { eq } from "drizzle-orm";
import { hkdfSync } from "node:crypto";
import { base64url, calculateJwkThumbprint, jwtDecrypt } from "jose";
import { getToken } from "next-auth/jwt";
import type { Db } from "@/db/client";
import { userSessions } from "@/db/schema";
import { settings } from "@/lib/config/env";
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
  const secret = settings().AUTH_SECRET;
  if (!secret) return null;
  const cookieName = COOKIES.find((name) => cookies.includes(`${name}=`) || cookies.includes(`${name}.0=`));
  if (!cookieName) return null;
  try {
    return await getToken({ req: { headers: { cookie: cookies } }, secret, cookieName, secureCookie: cookieName.startsWith("__Secure-"), decode: decodeWithKeptKeys });
  } catch {
    return null;
  }
}

/**
 * Auth.js's own decode (@auth/core/jwt `decode`: "dir" key management, the
 * key derived from the secret with HKDF, salted with the cookie's name, and
 * the header's `kid` its thumbprint), except that each derived key and its
 * thumbprint are worked out once per (secret, cookie name, encryption) and
 * kept: Auth.js derives them again for every request, about a twentieth of a
 * page's server time.
 */
async function decodeWithKeptKeys({ token, secret, salt }: { token?: string; secret: string | string[]; salt: string }): Promise<Record<string, unknown> | null> {
  if (!token) return null;
  const secrets = Array.isArray(secret) ? secret : [secret];
  const { payload } = await jwtDecrypt(
    token,
    async ({ kid, enc }) => {
      for (const one of secrets) {
        const key = await derivedKey(enc, one, salt);
        if (kid === undefined || kid === key.thumbprint) return key.bytes;
      }
      throw new Error("no matching decryption secret");
    },
    { clockTolerance: 15, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256CBC-HS512", "A256GCM"] },
  );
  return payload;
}

const derivedKeys = new Map<string, Promise<{ bytes: Uint8Array; thumbprint: string }>>();

function derivedKey(enc: string, secret: string, salt: string): Promise<{ bytes: Uint8Array; thumbprint: string }> {
  const length = enc === "A256CBC-HS512" ? 64 : enc === "A256GCM" ? 32 : 0;
  if (!length) return Promise.reject(new Error("Unsupported JWT Content Encryption Algorithm"));
  const id = JSON.stringify([enc, secret, salt]);
  let key = derivedKeys.get(id);
  if (!key) {
    key = (async () => {
      const bytes = new Uint8Array(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, length));
      const thumbprint = await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(bytes) }, `sha${length << 3}` as "sha256");
      return { bytes, thumbprint };
    })();
    derivedKeys.set(id, key);
  }
  return key;
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
