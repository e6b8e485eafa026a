// The settings module: every variable parsed and checked in one place, a bad
// value refused with one line naming it, a weak AUTH_SECRET refused saying why,
// and docs/operations.md's table listing exactly the variables it reads.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseSettings, publicBaseUrl, refuseToStartIfUnsafe, secretWeakness, SETTING_NAMES, settings, startupProblems } from "@/lib/config/env";

const STRONG = "e2e-only-secret-not-for-production-use-000000";

describe("parseSettings", () => {
  it("gives each setting its default when nothing is set, and empty counts as not set", () => {
    const s = parseSettings({});
    expect(s).toMatchObject({ PORT: 3000, LANTERN_WORKERS: 1, LANTERN_DB_POOL: 10, LANTERN_SESSION_HOURS: 12, LANTERN_SESSION_IDLE_MINUTES: 30, LANTERN_API_RATE_LIMIT: 60 });
    expect(s).toMatchObject({ LANTERN_DATA_DIR: ".data", LANTERN_DIST_DIR: ".next", LANTERN_CHROMIUM: "/usr/bin/chromium", LANTERN_DEMO_PASSWORD: "lantern-demo", SMTP_PORT: 587 });
    expect(s.DATABASE_URL).toBeUndefined();
    expect(s.AUTH_SECRET).toBeUndefined();
    expect(parseSettings({ LANTERN_DB_POOL: " ", DATABASE_URL: "" })).toMatchObject({ LANTERN_DB_POOL: 10, DATABASE_URL: undefined });
  });

  it("turns numbers into numbers and keeps what is given", () => {
    const s = parseSettings({ PORT: "4200", LANTERN_DB_POOL: "25", LANTERN_WORKERS: "auto", DATABASE_URL: "postgres://db/lantern", LANTERN_SESSION_HOURS: "1.5" });
    expect(s).toMatchObject({ PORT: 4200, LANTERN_DB_POOL: 25, LANTERN_WORKERS: "auto", DATABASE_URL: "postgres://db/lantern", LANTERN_SESSION_HOURS: 1.5 });
  });

  it("refuses a bad value with one line naming the variable and the value", () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ LANTERN_DB_POOL: "ten" }, /^LANTERN_DB_POOL must be a whole number above 0 \(it is "ten"\)$/],
      [{ PORT: "80.5" }, /^PORT must be a whole number above 0/],
      [{ SMTP_SECURE: "yes" }, /^SMTP_SECURE must be "true" or "false" \(it is "yes"\)$/],
      [{ LANTERN_PASSWORD_SIGN_IN: "always" }, /^LANTERN_PASSWORD_SIGN_IN must be "on" or "off"/],
      [{ LANTERN_BASE_URL: "lantern.council.example" }, /^LANTERN_BASE_URL must be an http\(s\) address/],
      [{ LANTERN_WORKERS: "0" }, /^LANTERN_WORKERS must be a whole number of at least 1 or "auto"/],
    ];
    for (const [env, message] of cases) expect(() => parseSettings(env)).toThrow(message);
  });

  it("ignores variables that are not settings", () => {
    expect(parseSettings({ LANTERN_TEST_DB: "postgres", HOME: "/root" })).not.toHaveProperty("HOME");
  });
});

describe("AUTH_SECRET strength", () => {
  it("refuses fewer than 32 characters, or fewer than 16 different ones, without echoing the secret", () => {
    expect(secretWeakness("short")).toMatch(/^is too short \(5 characters\): use at least 32/);
    expect(secretWeakness(" ".repeat(32))).toMatch(/^is too weak \(only 1 different characters\)/);
    expect(secretWeakness("a".repeat(32))).toMatch(/too weak/);
    expect(secretWeakness("abcdefghijklmno".repeat(3))).toMatch(/only 15 different/);
    expect(secretWeakness("abcdefghijklmnop".repeat(2))).toBeNull();
    expect(() => parseSettings({ AUTH_SECRET: "a".repeat(40) })).toThrow(/^AUTH_SECRET is too weak/);
    expect(() => parseSettings({ AUTH_SECRET: "a".repeat(40) })).not.toThrow(/aaaa/);
  });

  it("accepts the secrets the tests, the benches and `npm start` use", () => {
    const secrets = [
      STRONG,
      "shutdown-test-secret-not-for-production-00000000",
      "two-instances-test-secret-not-for-production-0000",
      "bench-only-secret-not-for-production-0000000",
      "unit-test-secret-not-for-production-0123456789",
      "integration-test-secret-0123456789abcdef",
    ];
    for (const secret of secrets) expect(secretWeakness(secret), secret).toBeNull();
    // scripts/start.ts: 32 random bytes, base64url (43 characters)
    for (let i = 0; i < 50; i++) expect(secretWeakness(randomBytes(32).toString("base64url"))).toBeNull();
  });
});

describe("startupProblems", () => {
  it("a production server needs AUTH_SECRET, and says what to set", () => {
    const [problem] = startupProblems({}, { needSecret: true });
    expect(problem).toMatch(/^AUTH_SECRET is not set\./);
    expect(problem).toContain("openssl rand -base64 32");
    expect(startupProblems({}, { needSecret: false })).toEqual([]);
    expect(startupProblems({ AUTH_SECRET: STRONG }, { needSecret: true })).toEqual([]);
  });

  it("a weak secret or a bad value refuses whether or not the secret is needed", () => {
    expect(startupProblems({ AUTH_SECRET: " ".repeat(32) }, { needSecret: false })).toEqual([expect.stringMatching(/^AUTH_SECRET is too weak/)]);
    expect(startupProblems({ LANTERN_API_RATE_LIMIT: "lots" }, { needSecret: true })).toEqual([expect.stringMatching(/^LANTERN_API_RATE_LIMIT must be/)]);
  });
});

describe("refuseToStartIfUnsafe", () => {
  afterEach(() => vi.restoreAllMocks());
  it("prints one line and exits 1", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    refuseToStartIfUnsafe({ needSecret: true, env: { AUTH_SECRET: "a".repeat(32) } });
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0][0]).toMatch(/^Lantern will not start: AUTH_SECRET is too weak \(only 1 different characters\)/);
    expect(exit).toHaveBeenCalledWith(1);
  });
});

describe("settings()", () => {
  it("reads this process's environment again when a variable changes", () => {
    const saved = process.env.LANTERN_API_RATE_LIMIT;
    try {
      process.env.LANTERN_API_RATE_LIMIT = "7";
      expect(settings().LANTERN_API_RATE_LIMIT).toBe(7);
      process.env.LANTERN_API_RATE_LIMIT = "9";
      expect(settings().LANTERN_API_RATE_LIMIT).toBe(9);
    } finally {
      if (saved === undefined) delete process.env.LANTERN_API_RATE_LIMIT;
      else process.env.LANTERN_API_RATE_LIMIT = saved;
    }
  });

  it("links in emails use LANTERN_BASE_URL, else AUTH_URL", () => {
    expect(publicBaseUrl(parseSettings({ AUTH_URL: "https://a.example", LANTERN_BASE_URL: "https://b.example" }))).toBe("https://b.example");
    expect(publicBaseUrl(parseSettings({ AUTH_URL: "https://a.example" }))).toBe("https://a.example");
  });
});

describe("docs/operations.md", () => {
  it("its settings table lists exactly the variables the module reads", () => {
    const doc = fs.readFileSync(path.join(process.cwd(), "docs", "operations.md"), "utf8");
    const section = doc.split(/^## Settings.*$/m)[1]?.split(/^## /m)[0] ?? "";
    const documented = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(0);
    expect([...documented].sort()).toEqual([...SETTING_NAMES].sort());
    expect(new Set(documented).size).toBe(documented.length);
  });
});
