// When a session ends, as pure rules (lib/auth/sessions.ts reads the stored
// state and applies them on every request). A session token carries the
// person's id, the session's id, the person's session version when it began
// and when it began. It is over when the version has moved on (sign-out,
// new password, deactivation, change of roles), after the absolute lifetime
// (12 hours) whatever happens, or after the idle timeout (30 minutes) without
// a request. Both are settings: LANTERN_SESSION_HOURS, LANTERN_SESSION_IDLE_MINUTES.
import { settings, type Settings } from "@/lib/config/env";

export interface SessionLimits {
  absoluteMs: number;
  idleMs: number;
  /** last-seen is written at most this often, not on every request */
  touchEveryMs: number;
}

export function sessionLimits(env: Pick<Settings, "LANTERN_SESSION_HOURS" | "LANTERN_SESSION_IDLE_MINUTES"> = settings()): SessionLimits {
  return {
    absoluteMs: env.LANTERN_SESSION_HOURS * 60 * 60_000,
    idleMs: env.LANTERN_SESSION_IDLE_MINUTES * 60_000,
    touchEveryMs: 60_000,
  };
}

export interface SessionClaims {
  uid: string;
  sid: string;
  sv: number;
  /** when the person signed in (ms since the epoch) */
  authAt: number;
}

export interface StoredSession {
  sessionVersion: number;
  disabled: boolean;
  /** null when the session row is gone */
  startedAt: Date | null;
  lastSeenAt: Date | null;
}

export type SessionVerdict =
  | { ok: true; touch: boolean }
  | { ok: false; reason: "malformed" | "unknown" | "ended" | "disabled" | "expired" | "idle" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The claims of a token, if it has every one this version of Lantern writes. */
export function readClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { uid, sid, sv, authAt } = token;
  if (typeof uid !== "string" || !UUID.test(uid)) return null;
  if (typeof sid !== "string" || sid.length < 16 || sid.length > 100) return null;
  if (typeof sv !== "number" || !Number.isInteger(sv)) return null;
  if (typeof authAt !== "number" || !Number.isFinite(authAt)) return null;
  return { uid, sid, sv, authAt };
}

export function sessionVerdict(claims: SessionClaims | null, stored: StoredSession | null, now: Date, limits: SessionLimits): SessionVerdict {
  if (!claims) return { ok: false, reason: "malformed" };
  if (!stored) return { ok: false, reason: "unknown" };
  if (stored.disabled) return { ok: false, reason: "disabled" };
  if (stored.sessionVersion !== claims.sv || !stored.startedAt || !stored.lastSeenAt) return { ok: false, reason: "ended" };
  const t = now.getTime();
  const began = Math.min(claims.authAt, stored.startedAt.getTime());
  if (t - began >= limits.absoluteMs) return { ok: false, reason: "expired" };
  if (t - stored.lastSeenAt.getTime() >= limits.idleMs) return { ok: false, reason: "idle" };
  return { ok: true, touch: t - stored.lastSeenAt.getTime() >= limits.touchEveryMs };
}
