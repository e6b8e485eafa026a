// When to warn that a session is about to end (WCAG 2.2.1), as pure rules
// over the same limits that end it (./session-rules.ts: the absolute lifetime
// and the idle timeout, LANTERN_SESSION_HOURS and LANTERN_SESSION_IDLE_MINUTES).
// The server says when the session ends (GET /api/session); the page warns
// two minutes before the idle end, with "Stay signed in" (POST /api/session
// records activity). The absolute end cannot be put off, so it is warned of
// ten minutes ahead: time to save, or to sign in again (which starts a new
// session, the work on the page kept).
import type { SessionLimits } from "./session-rules";

/** How long before the idle end the warning shows. */
export const WARN_BEFORE_MS = 2 * 60_000;
/** How long before the absolute end the warning shows. */
export const WARN_BEFORE_END_MS = 10 * 60_000;

/** When a session ends, in ms since the epoch. */
export interface SessionEnds {
  /** after this long without a request */
  idleEndsAt: number;
  /** this long after signing in, whatever happens */
  absoluteEndsAt: number;
}

/** The ends of a session that began at `began` and last saw a request at `lastSeen`. */
export function sessionEnds({ began, lastSeen }: { began: Date; lastSeen: Date }, limits: Pick<SessionLimits, "absoluteMs" | "idleMs">): SessionEnds {
  return { idleEndsAt: lastSeen.getTime() + limits.idleMs, absoluteEndsAt: began.getTime() + limits.absoluteMs };
}

export type SessionWarning =
  /** nothing to say yet: look again at `checkAt` */
  | { kind: "none"; checkAt: number }
  /** "Stay signed in" puts this off */
  | { kind: "idle"; endsAt: number }
  /** the session's lifetime is nearly over: save, then sign in again */
  | { kind: "absolute"; endsAt: number }
  | { kind: "ended" };

export function sessionWarning(ends: SessionEnds, now: number, warnBeforeMs = WARN_BEFORE_MS, warnBeforeEndMs = WARN_BEFORE_END_MS): SessionWarning {
  const endsAt = Math.min(ends.idleEndsAt, ends.absoluteEndsAt);
  if (now >= endsAt) return { kind: "ended" };
  const idleWarnAt = ends.idleEndsAt < ends.absoluteEndsAt ? ends.idleEndsAt - warnBeforeMs : Infinity;
  const absoluteWarnAt = ends.absoluteEndsAt - warnBeforeEndMs;
  if (now >= idleWarnAt) return { kind: "idle", endsAt: ends.idleEndsAt };
  if (now >= absoluteWarnAt) return { kind: "absolute", endsAt: ends.absoluteEndsAt };
  return { kind: "none", checkAt: Math.min(idleWarnAt, absoluteWarnAt) };
}

/** "2 minutes", "1 minute", "45 seconds": the time left, in words. */
export function timeLeftText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
