// The pure rules behind the admin console, profile and API.
import { describe, expect, it } from "vitest";
import { apiRateLimit, retryAfterSeconds, tokenExpiry, tokenState, tokenUsable } from "@/lib/api/token-rules";
import { microsoftSettings, verifiedEmail } from "@/lib/auth/microsoft-config";
import { hashSecret, looksLikeSecret, newSecret } from "@/lib/auth/secrets";
import { bandProblems } from "@/lib/figures/band-checks";
import { bandPreview, typedNumber } from "@/lib/figures/band-preview";
import { effectiveSettings } from "@/lib/settings";
import { monthRanges, monthsWithNewPopulation, populationImpact, settingsImpact, thresholdAt } from "@/lib/settings-impact";
import { linkExpiry, linkVerdict, newPassword } from "@/lib/users/link-rules";
import { can, type Action } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/roles";
import { parseSettings } from "@/lib/config/env";

const NOW = new Date("2026-01-10T12:00:00Z");

describe("secrets", () => {
  it("are random, prefixed by kind, and stored as a SHA-256 that does not contain them", () => {
    const a = newSecret("api");
    const b = newSecret("api");
    expect(a).not.toBe(b);
    expect(looksLikeSecret("api", a)).toBe(true);
    expect(looksLikeSecret("link", a)).toBe(false);
    expect(looksLikeSecret("api", "lnt_short")).toBe(false);
    expect(looksLikeSecret("api", a.slice(0, -1) + "!")).toBe(false);
    expect(hashSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(a)).toBe(hashSecret(a));
    expect(hashSecret(a)).not.toContain(a.slice(4));
  });
});

describe("one-time links", () => {
  it("work for 72 hours, once, and not for a deactivated person", () => {
    const expiresAt = linkExpiry(NOW);
    expect(expiresAt.getTime() - NOW.getTime()).toBe(72 * 3_600_000);
    expect(linkVerdict({ expiresAt, usedAt: null, disabled: false }, NOW)).toEqual({ ok: true });
    expect(linkVerdict({ expiresAt, usedAt: null, disabled: false }, new Date(expiresAt.getTime() - 1))).toEqual({ ok: true });
    expect(linkVerdict({ expiresAt, usedAt: null, disabled: false }, expiresAt)).toEqual({ ok: false, reason: "expired" });
    expect(linkVerdict({ expiresAt, usedAt: NOW, disabled: false }, NOW)).toEqual({ ok: false, reason: "used" });
    expect(linkVerdict({ expiresAt, usedAt: null, disabled: true }, NOW)).toEqual({ ok: false, reason: "disabled" });
    expect(linkVerdict(null, NOW)).toEqual({ ok: false, reason: "unknown" });
  });

  it("ask for a password of at least 12 characters", () => {
    expect(newPassword.safeParse("short").success).toBe(false);
    expect(newPassword.safeParse("twelve chars").success).toBe(true);
  });
});

describe("API tokens", () => {
  it("expire after their days and when revoked; the Retry-After is the rest of the window", () => {
    const expiresAt = tokenExpiry(NOW, 90);
    expect(Math.round((expiresAt.getTime() - NOW.getTime()) / 86_400_000)).toBe(90);
    expect(tokenUsable({ expiresAt, revokedAt: null }, NOW)).toBe(true);
    expect(tokenUsable({ expiresAt, revokedAt: NOW }, NOW)).toBe(false);
    expect(tokenUsable({ expiresAt, revokedAt: null }, expiresAt)).toBe(false);
    expect(tokenUsable(null, NOW)).toBe(false);
    expect(tokenState({ expiresAt, revokedAt: null }, expiresAt)).toBe("expired");
    expect(tokenState({ expiresAt, revokedAt: NOW }, NOW)).toBe("revoked");
    const limit = { max: 60, windowMs: 60_000 };
    expect(retryAfterSeconds(NOW, new Date(NOW.getTime() + 15_500), limit)).toBe(45);
    expect(retryAfterSeconds(NOW, new Date(NOW.getTime() + 70_000), limit)).toBe(1);
    expect(apiRateLimit(parseSettings({}))).toEqual(limit);
    expect(apiRateLimit(parseSettings({ LANTERN_API_RATE_LIMIT: "120" })).max).toBe(120);
    expect(() => parseSettings({ LANTERN_API_RATE_LIMIT: "lots" })).toThrow(/^LANTERN_API_RATE_LIMIT must be a whole number above 0/);
  });
});

describe("Microsoft sign-in settings", () => {
  const env = { AUTH_MICROSOFT_ENTRA_ID_ID: "id", AUTH_MICROSOFT_ENTRA_ID_SECRET: "secret", AUTH_MICROSOFT_ENTRA_ID_ISSUER: "https://login.microsoftonline.com/tenant/v2.0" };
  it("needs all three settings; an http issuer only on this machine (the tests' stand-in)", () => {
    expect(microsoftSettings(parseSettings(env))).toMatchObject({ clientId: "id", issuer: env.AUTH_MICROSOFT_ENTRA_ID_ISSUER });
    expect(microsoftSettings(parseSettings({ ...env, AUTH_MICROSOFT_ENTRA_ID_SECRET: "" }))).toBeNull();
    expect(microsoftSettings(parseSettings({ ...env, AUTH_MICROSOFT_ENTRA_ID_ISSUER: "http://127.0.0.1:4110" }))).not.toBeNull();
    expect(microsoftSettings(parseSettings({ ...env, AUTH_MICROSOFT_ENTRA_ID_ISSUER: "http://login.example.org" }))).toBeNull();
    expect(microsoftSettings(parseSettings({ ...env, AUTH_MICROSOFT_ENTRA_ID_ISSUER: "not a url" }))).toBeNull();
  });

  it("trusts only an email Microsoft says is verified", () => {
    expect(verifiedEmail({ email: "Pat@Council.example", email_verified: true })).toBe("pat@council.example");
    expect(verifiedEmail({ email: "pat@council.example", xms_edov: true })).toBe("pat@council.example");
    expect(verifiedEmail({ email: "pat@council.example" })).toBeNull();
    expect(verifiedEmail({ email: "pat@council.example", email_verified: false })).toBeNull();
    expect(verifiedEmail({ email_verified: true })).toBeNull();
    expect(verifiedEmail(undefined)).toBeNull();
  });
});

describe("the band preview", () => {
  const values = [
    { period: "2020-02", value: 90 },
    { period: "2020-03", value: 93 },
    { period: "2020-04", value: 96 },
    { period: "2020-05", value: null },
  ];
  it("rates each month as the scorecard would, with the distance to the target", () => {
    const preview = bandPreview({ values, bands: { greenMin: 95, greenMax: null, amberMin: 92, amberMax: null }, target: 95, polarity: "high" });
    expect(preview.months.map((m) => m.rag)).toEqual(["red", "amber", "green", null]);
    expect(preview.counts).toEqual({ green: 1, amber: 1, red: 1, none: 1 });
    expect(preview.months.map((m) => m.meetsTarget)).toEqual([false, false, true, null]);
    expect(preview.months[0].fromTarget).toBe(-5);
    expect(bandPreview({ values, bands: { greenMin: null, greenMax: null, amberMin: null, amberMax: null }, target: null, polarity: "info" }).counts.none).toBe(4);
  });

  it("reads typed numbers: blank is none, a trailing % is allowed, words are not numbers", () => {
    expect(typedNumber("")).toBeNull();
    expect(typedNumber(" 95% ")).toBe(95);
    expect(typedNumber("-1.5")).toBe(-1.5);
    expect(typedNumber("lots")).toBeNaN();
  });

  it("finds bands that make no sense, naming the bound", () => {
    expect(bandProblems({ greenMin: 10, greenMax: 5, amberMin: null, amberMax: null })).toEqual([{ field: "greenMax", message: expect.any(String) }]);
    expect(bandProblems({ greenMin: null, greenMax: null, amberMin: 1, amberMax: null })).toEqual([{ field: "amberMin", message: expect.stringContaining("green") }]);
    expect(bandProblems({ greenMin: 95, greenMax: null, amberMin: 92, amberMax: 90 })).toEqual([{ field: "amberMax", message: expect.any(String) }]);
    expect(bandProblems({ greenMin: 14, greenMax: 20, amberMin: 13, amberMax: 21 })).toEqual([]);
  });

  it("refuses amber on the better side of green, by polarity, and an amber band green always hides", () => {
    expect(bandProblems({ greenMin: 95, greenMax: null, amberMin: 99, amberMax: null }, "high")).toEqual([{ field: "amberMin", message: expect.stringContaining("Higher is better") }]);
    expect(bandProblems({ greenMin: 95, greenMax: null, amberMin: 92, amberMax: null }, "high")).toEqual([]);
    expect(bandProblems({ greenMin: null, greenMax: 10, amberMin: null, amberMax: 8 }, "low")).toEqual([{ field: "amberMax", message: expect.stringContaining("Lower is better") }]);
    expect(bandProblems({ greenMin: null, greenMax: 10, amberMin: null, amberMax: 12 }, "low")).toEqual([]);
    expect(bandProblems({ greenMin: 0, greenMax: 100, amberMin: 10, amberMax: 20 }, "range")).toEqual([{ field: "amberMin", message: expect.stringContaining("inside the green band") }]);
  });
});

describe("what a change of settings does", () => {
  const months = ["2019-03", "2019-04", "2019-05", "2020-03", "2020-04", "2020-05"];
  it("writes months as ranges", () => {
    expect(monthRanges(["2020-05", "2019-04", "2019-05", "2019-06"])).toBe("April 2019 to June 2019, May 2020");
    expect(monthRanges([])).toBe("");
  });

  it("names the months whose rate per 10,000 uses a changed population (a financial year uses its starting year's estimate)", () => {
    expect(monthsWithNewPopulation({ "2019": 100 }, { "2019": 100, "2020": 110 }, months)).toEqual(["2020-04", "2020-05"]);
    expect(populationImpact({ "2019": 100 }, { "2019": 120 }, months)[0]).toBe("Rates per 10,000 children change on the scorecards for April 2019 to May 2019, March 2020 to May 2020 (5 months).");
    expect(populationImpact({ "2019": 100 }, { "2019": 100 }, months)[0]).toMatch(/^No month/);
  });

  it("says SPC changes reach every month with figures; the threshold and due day say what they touch; papers are kept", () => {
    const before = effectiveSettings({});
    const lines = settingsImpact(before, { ...before, spcRunLength: 7, suppressionThreshold: 10, commentaryDueWorkingDay: 5 }, months, ["2020-05"]);
    expect(lines[0]).toBe("The SPC reading (signals, limits and icons) changes on every scorecard with figures: March 2019 to May 2019, March 2020 to May 2020 (6 months).");
    expect(lines[1]).toContain("counts from 1 to 10");
    expect(lines[2]).toContain("working day 5: the due dates of May 2020 move");
    expect(lines.at(-1)).toContain("Published board papers keep");
    expect(settingsImpact(before, before, months, [])).toEqual(["Nothing changed."]);
  });

  it("gives a release the suppression threshold in force when it was published", () => {
    const settings = { suppressionThreshold: 10, suppressionThresholdHistory: [{ until: "2026-01-01T00:00:00.000Z", threshold: 5 }, { until: "2025-01-01T00:00:00.000Z", threshold: 3 }] };
    expect(thresholdAt(settings, "2024-06-01T00:00:00.000Z")).toBe(3);
    expect(thresholdAt(settings, "2025-06-01T00:00:00.000Z")).toBe(5);
    expect(thresholdAt(settings, "2026-06-01T00:00:00.000Z")).toBe(10);
    expect(thresholdAt(settings, null)).toBe(10);
  });
});

describe("the policy for the console and profile", () => {
  const person = (roles: SessionUser["roles"]): SessionUser => ({ id: "u", email: "u@x", name: "U", roles, managerOf: ["cp"], reporterOf: [], reportsOnIndicatorIds: [], boardIds: [1] });
  it("keeps the console, people, catalogue and settings to admins; lets everyone keep their own profile", () => {
    for (const action of ["admin.console", "users.manage", "catalogue.manage", "settings.manage"] as Action[]) {
      expect(can(person(["admin"]), action)).toBe(true);
      for (const roles of [["manager"], ["reporter"], ["board_member"]] as SessionUser["roles"][]) expect(can(person(roles), action)).toBe(false);
    }
    for (const roles of [["admin"], ["manager"], ["reporter"], ["board_member"]] as SessionUser["roles"][]) expect(can(person(roles), "profile.own")).toBe(true);
    expect(can(null, "profile.own")).toBe(false);
  });
});
