import { describe, expect, it } from "vitest";
import { delayAfter, THROTTLE, throttledMessage, throttleWait, type ThrottleState } from "@/lib/auth/throttle";

const now = new Date("2026-01-01T09:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const none = { failures: 0, lastAt: null };
const state = (over: Partial<ThrottleState>): ThrottleState => ({ address: none, accountAddress: none, account: none, knownAddress: false, ...over });

describe("delayAfter", () => {
  it("lets the first failures through, then doubles the wait up to the cap", () => {
    const rule = { free: 5, capSeconds: 60 };
    expect([4, 5, 6, 7, 10, 11, 50].map((n) => delayAfter(n, rule))).toEqual([0, 1, 2, 4, 32, 60, 60]);
  });
});

describe("throttleWait", () => {
  it("lets an attempt through below every threshold", () => {
    expect(throttleWait(state({ accountAddress: { failures: 4, lastAt: ago(0) } }), now)).toBeNull();
  });

  it("makes a pair of account and address wait, growing with each failure", () => {
    expect(throttleWait(state({ accountAddress: { failures: 5, lastAt: ago(0) } }), now)).toEqual({ rule: "accountAddress", waitSeconds: 1 });
    expect(throttleWait(state({ accountAddress: { failures: 9, lastAt: ago(0) } }), now)).toEqual({ rule: "accountAddress", waitSeconds: 16 });
    expect(throttleWait(state({ accountAddress: { failures: 9, lastAt: ago(16) } }), now)).toBeNull();
    expect(throttleWait(state({ accountAddress: { failures: 40, lastAt: ago(0) } }), now)?.waitSeconds).toBe(THROTTLE.accountAddress.capSeconds);
  });

  it("slows one address trying many emails", () => {
    expect(throttleWait(state({ address: { failures: 25, lastAt: ago(2) } }), now)).toEqual({ rule: "address", waitSeconds: 30 });
  });

  it("caps what failures from elsewhere can impose on an account at a minute, and spare the owner's known address", () => {
    const attacked = { failures: 500, lastAt: ago(0) };
    expect(throttleWait(state({ account: attacked }), now)).toEqual({ rule: "account", waitSeconds: 60 });
    expect(throttleWait(state({ account: attacked, knownAddress: true }), now)).toBeNull();
  });

  it("answers with the longest wait that applies", () => {
    const s = state({ address: { failures: 21, lastAt: ago(0) }, accountAddress: { failures: 8, lastAt: ago(0) } });
    expect(throttleWait(s, now)).toEqual({ rule: "accountAddress", waitSeconds: 8 });
  });
});

describe("throttledMessage", () => {
  it("says how long to wait, in seconds or minutes", () => {
    expect(throttledMessage(1)).toMatch(/^Too many sign-in attempts\. Wait 1 second,/);
    expect(throttledMessage(30)).toContain("Wait 30 seconds");
    expect(throttledMessage(900)).toContain("Wait 15 minutes");
  });
});
