import { describe, expect, it } from "vitest";
import { readClaims, sessionLimits, sessionVerdict, type SessionClaims, type StoredSession } from "@/lib/auth/session-rules";
import { parseSettings } from "@/lib/config/env";

const limits = sessionLimits(parseSettings({}));
const start = new Date("2026-01-01T08:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const claims: SessionClaims = { uid: "6f1c2a4e-1b2c-4d5e-8f90-123456789abc", sid: "a".repeat(43), sv: 3, authAt: start.getTime() };
const stored = (over: Partial<StoredSession> = {}): StoredSession => ({ sessionVersion: 3, disabled: false, startedAt: start, lastSeenAt: start, ...over });

describe("sessionLimits", () => {
  it("defaults to 12 hours and 30 minutes idle, and reads the settings", () => {
    expect(limits).toMatchObject({ absoluteMs: 12 * 3600_000, idleMs: 30 * 60_000 });
    expect(sessionLimits(parseSettings({ LANTERN_SESSION_HOURS: "8", LANTERN_SESSION_IDLE_MINUTES: "15" }))).toMatchObject({ absoluteMs: 8 * 3600_000, idleMs: 15 * 60_000 });
    expect(() => parseSettings({ LANTERN_SESSION_HOURS: "-1" })).toThrow(/^LANTERN_SESSION_HOURS must be a number above 0 \(it is "-1"\)$/);
    expect(() => parseSettings({ LANTERN_SESSION_IDLE_MINUTES: "soon" })).toThrow(/^LANTERN_SESSION_IDLE_MINUTES must be a number above 0/);
  });
});

describe("readClaims", () => {
  it("accepts a full token and refuses one from before sessions had versions", () => {
    expect(readClaims({ ...claims, name: "x" })).toEqual(claims);
    expect(readClaims({ uid: claims.uid })).toBeNull();
    expect(readClaims({ ...claims, uid: "'; drop table users; --" })).toBeNull();
    expect(readClaims(null)).toBeNull();
  });
});

describe("sessionVerdict", () => {
  it("keeps a live session, writing last-seen at most once a minute", () => {
    expect(sessionVerdict(claims, stored(), at(0.5), limits)).toEqual({ ok: true, touch: false });
    expect(sessionVerdict(claims, stored(), at(2), limits)).toEqual({ ok: true, touch: true });
  });

  it("ends it when the person's session version has moved on or the session row is gone", () => {
    expect(sessionVerdict(claims, stored({ sessionVersion: 4 }), at(1), limits)).toEqual({ ok: false, reason: "ended" });
    expect(sessionVerdict(claims, stored({ startedAt: null, lastSeenAt: null }), at(1), limits)).toEqual({ ok: false, reason: "ended" });
    expect(sessionVerdict(claims, null, at(1), limits)).toEqual({ ok: false, reason: "unknown" });
    expect(sessionVerdict(claims, stored({ disabled: true }), at(1), limits)).toEqual({ ok: false, reason: "disabled" });
  });

  it("ends it after 30 idle minutes", () => {
    expect(sessionVerdict(claims, stored({ lastSeenAt: at(60) }), at(89), limits).ok).toBe(true);
    expect(sessionVerdict(claims, stored({ lastSeenAt: at(60) }), at(90), limits)).toEqual({ ok: false, reason: "idle" });
  });

  it("ends it 12 hours after sign-in however busy the person is", () => {
    expect(sessionVerdict(claims, stored({ lastSeenAt: at(12 * 60 - 1) }), at(12 * 60 - 0.5), limits).ok).toBe(true);
    expect(sessionVerdict(claims, stored({ lastSeenAt: at(12 * 60 - 1) }), at(12 * 60), limits)).toEqual({ ok: false, reason: "expired" });
  });
});
