// When the page warns that a session is about to end: two minutes before the
// nearer of its two ends, naming which (the idle one can be put off, the
// absolute one cannot), and "ended" once it has.
import { describe, expect, it } from "vitest";
import { sessionLimits } from "@/lib/auth/session-rules";
import { sessionEnds, sessionWarning, timeLeftText, WARN_BEFORE_END_MS, WARN_BEFORE_MS } from "@/lib/auth/session-warning";
import { parseSettings } from "@/lib/config/env";

const MIN = 60_000;
const t0 = Date.UTC(2026, 10, 29, 9, 0);

describe("sessionEnds", () => {
  it("takes the limits that end sessions (30 minutes idle, 12 hours in all by default)", () => {
    const ends = sessionEnds({ began: new Date(t0), lastSeen: new Date(t0 + 10 * MIN) }, sessionLimits(parseSettings({})));
    expect(ends.idleEndsAt).toBe(t0 + 40 * MIN);
    expect(ends.absoluteEndsAt).toBe(t0 + 12 * 60 * MIN);
  });

  it("follows the settings when they are changed", () => {
    const ends = sessionEnds({ began: new Date(t0), lastSeen: new Date(t0) }, sessionLimits(parseSettings({ LANTERN_SESSION_HOURS: "8", LANTERN_SESSION_IDLE_MINUTES: "15" })));
    expect(ends).toEqual({ idleEndsAt: t0 + 15 * MIN, absoluteEndsAt: t0 + 8 * 60 * MIN });
  });
});

describe("sessionWarning", () => {
  const ends = { idleEndsAt: t0 + 30 * MIN, absoluteEndsAt: t0 + 12 * 60 * MIN };

  it("says nothing until two minutes before the end, and when to look again", () => {
    expect(WARN_BEFORE_MS).toBe(2 * MIN);
    expect(sessionWarning(ends, t0)).toEqual({ kind: "none", checkAt: t0 + 28 * MIN });
    expect(sessionWarning(ends, t0 + 28 * MIN - 1).kind).toBe("none");
  });

  it("warns of the idle end two minutes before it", () => {
    expect(sessionWarning(ends, t0 + 28 * MIN)).toEqual({ kind: "idle", endsAt: t0 + 30 * MIN });
    expect(sessionWarning(ends, t0 + 30 * MIN - 1)).toEqual({ kind: "idle", endsAt: t0 + 30 * MIN });
  });

  it("warns of the absolute end when it comes first, which no activity puts off", () => {
    const late = { idleEndsAt: t0 + 12 * 60 * MIN + 20 * MIN, absoluteEndsAt: t0 + 12 * 60 * MIN };
    expect(sessionWarning(late, t0 + 12 * 60 * MIN - 90_000)).toEqual({ kind: "absolute", endsAt: t0 + 12 * 60 * MIN });
  });

  it("warns of the absolute end ten minutes ahead (time to save or sign in again), even while the idle end is further off", () => {
    expect(WARN_BEFORE_END_MS).toBe(10 * MIN);
    const end = t0 + 12 * 60 * MIN;
    const active = { idleEndsAt: end - 5 * MIN, absoluteEndsAt: end };
    expect(sessionWarning(active, end - 11 * MIN)).toEqual({ kind: "none", checkAt: end - 10 * MIN });
    expect(sessionWarning(active, end - 10 * MIN)).toEqual({ kind: "absolute", endsAt: end });
    // the idle end, nearer still, is warned of as usual: "Stay signed in" still helps until the absolute end
    expect(sessionWarning(active, end - 7 * MIN)).toEqual({ kind: "idle", endsAt: end - 5 * MIN });
  });

  it("says the session has ended at its end", () => {
    expect(sessionWarning(ends, t0 + 30 * MIN)).toEqual({ kind: "ended" });
  });
});

describe("timeLeftText", () => {
  it("writes the time left in words", () => {
    expect(timeLeftText(2 * MIN)).toBe("2 minutes");
    expect(timeLeftText(61_000)).toBe("2 minutes");
    expect(timeLeftText(60_000)).toBe("1 minute");
    expect(timeLeftText(45_000)).toBe("45 seconds");
    expect(timeLeftText(1000)).toBe("1 second");
    expect(timeLeftText(-5)).toBe("0 seconds");
  });
});
