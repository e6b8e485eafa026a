// Personal API tokens, as pure rules: how long one lasts, how many calls a
// minute it may make, and what a refused call is told.
import { settings, type Settings } from "@/lib/config/env";

export const TOKEN_DAYS = { default: 90, min: 1, max: 366 } as const;

/** Live (not revoked, not expired) tokens one person may hold: each is a key to their data. */
export const MAX_LIVE_TOKENS = 10;

export interface RateLimit {
  /** calls allowed in one window */
  max: number;
  windowMs: number;
}

/** LANTERN_API_RATE_LIMIT calls a minute per token, and per person across their tokens (default 60). */
export function apiRateLimit(env: Pick<Settings, "LANTERN_API_RATE_LIMIT"> = settings()): RateLimit {
  return { max: env.LANTERN_API_RATE_LIMIT, windowMs: 60_000 };
}

export function tokenExpiry(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60_000);
}

/** Whole seconds until the window that is full ends (at least 1): the Retry-After header. */
export function retryAfterSeconds(windowStartedAt: Date, now: Date, limit: RateLimit): number {
  return Math.max(1, Math.ceil((windowStartedAt.getTime() + limit.windowMs - now.getTime()) / 1000));
}

export interface StoredToken {
  expiresAt: Date;
  revokedAt: Date | null;
}

/** A token works until it expires or is revoked; the caller is never told which. */
export function tokenUsable(token: StoredToken | null, now: Date): boolean {
  return !!token && !token.revokedAt && now.getTime() < token.expiresAt.getTime();
}

/** How a token's state reads on /profile. */
export function tokenState(token: StoredToken, now: Date): "active" | "expired" | "revoked" {
  if (token.revokedAt) return "revoked";
  return now.getTime() >= token.expiresAt.getTime() ? "expired" : "active";
}
