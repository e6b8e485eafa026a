// Every environment variable Lantern reads, in one place: parsed and checked
// with zod, so a bad value stops the server (or a command) at start with one
// line naming the variable, instead of a fallback nobody notices or a failure
// on the first request that needs it. Code reads `settings().NAME`, never
// process.env. docs/operations.md's settings table lists the same names
// (tests/unit/config/env.test.ts holds the two together).
//
// Pure (zod only): db/ and the proxy import it too.
import { z } from "zod";

// An empty value (`SMTP_HOST=`) counts as not set.
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const text = () => z.preprocess(blank, z.string().optional());
const textOr = (fallback: string) => z.preprocess(blank, z.string().default(fallback));

function number(fallback: number, { whole }: { whole: boolean }) {
  return z.preprocess(blank, z.string().optional()).transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const n = Number(raw.trim());
    if (!Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n))) {
      ctx.addIssue({ code: "custom", message: `must be ${whole ? "a whole number" : "a number"} above 0 (it is "${raw}")` });
      return z.NEVER;
    }
    return n;
  });
}

function oneOf<T extends string>(values: readonly T[], fallback?: T) {
  return z.preprocess(blank, z.string().optional()).transform((raw, ctx) => {
    const value = raw?.trim();
    if (value === undefined) return fallback;
    if (!(values as readonly string[]).includes(value)) {
      ctx.addIssue({ code: "custom", message: `must be ${values.map((v) => `"${v}"`).join(" or ")} (it is "${raw}")` });
      return z.NEVER;
    }
    return value as T;
  });
}

function address() {
  return z.preprocess(blank, z.string().optional()).transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    try {
      const url = new URL(raw.trim());
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error();
      return raw.trim();
    } catch {
      ctx.addIssue({ code: "custom", message: `must be an http(s) address such as https://lantern.council.example (it is "${raw}")` });
      return z.NEVER;
    }
  });
}

function workers() {
  return z.preprocess(blank, z.string().optional()).transform((raw, ctx): number | "auto" => {
    const value = raw?.trim();
    if (value === undefined) return 1;
    if (value === "auto") return "auto";
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
      ctx.addIssue({ code: "custom", message: `must be a whole number of at least 1 or "auto" (it is "${raw}")` });
      return z.NEVER;
    }
    return n;
  });
}

/** Addresses or CIDR ranges, comma-separated ("127.0.0.1, 10.0.0.0/8"); checked fully in lib/http/client-address.ts. */
function trustedProxies() {
  return z.preprocess(blank, z.string().optional()).transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    const bad = raw
      .split(",")
      .map((s) => s.trim())
      .filter((entry) => entry && !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry));
    if (bad.length) {
      ctx.addIssue({ code: "custom", message: `has entries that are not an address or a range: ${bad.join(", ")}. List the reverse proxies in front of Lantern, e.g. 127.0.0.1,10.0.0.0/8` });
      return z.NEVER;
    }
    return raw;
  });
}

export const SECRET_MIN_LENGTH = 32;
export const SECRET_MIN_DISTINCT = 16;
const MAKE_SECRET = "e.g. AUTH_SECRET=$(openssl rand -base64 32)";

/** Why a session secret is too weak to sign sessions with (null: strong enough). Never echoes the secret. */
export function secretWeakness(secret: string): string | null {
  if (secret.length < SECRET_MIN_LENGTH) {
    return `is too short (${secret.length} characters): use at least ${SECRET_MIN_LENGTH} random characters, ${MAKE_SECRET}`;
  }
  const distinct = new Set(secret).size;
  if (distinct < SECRET_MIN_DISTINCT) {
    return `is too weak (only ${distinct} different characters): use at least ${SECRET_MIN_DISTINCT} different random characters, ${MAKE_SECRET}`;
  }
  return null;
}

// Only an empty secret is "not set": 32 spaces is a weak secret, and says so.
const secret = () =>
  z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()).superRefine((value, ctx) => {
    const weakness = value === undefined ? null : secretWeakness(value);
    if (weakness) ctx.addIssue({ code: "custom", message: weakness });
  });

const schema = z.object({
  // Running
  NODE_ENV: oneOf(["development", "production", "test"] as const),
  PORT: number(3000, { whole: true }),
  // where the server listens: this machine only, unless the reverse proxy is elsewhere
  HOSTNAME: textOr("127.0.0.1"),
  // the reverse proxies whose X-Forwarded-For is believed (lib/http/client-address.ts)
  LANTERN_TRUSTED_PROXIES: trustedProxies(),
  LANTERN_WORKERS: workers(),
  LANTERN_DIST_DIR: textOr(".next"),
  NEXT_PHASE: text(),
  NEXT_MANUAL_SIG_HANDLE: text(),
  // Database
  DATABASE_URL: text(),
  LANTERN_DATA_DIR: textOr(".data"),
  LANTERN_DB_POOL: number(10, { whole: true }),
  LANTERN_MIGRATIONS_DIR: text(),
  LANTERN_LOG_SQL: oneOf(["0", "1"] as const, "0"),
  LANTERN_AUTHORITY_NAME: textOr("Local authority"),
  // where people get help when the admin has set no help contact on /admin/authority (lib/help-contact.ts)
  LANTERN_HELP_EMAIL: text(),
  // Sign-in and sessions
  AUTH_SECRET: secret(),
  // anchors the audit chain (lib/audit/key.ts); unset: derived from AUTH_SECRET
  LANTERN_AUDIT_KEY: secret(),
  AUTH_URL: address(),
  LANTERN_BASE_URL: address(),
  LANTERN_SESSION_HOURS: number(12, { whole: false }),
  LANTERN_SESSION_IDLE_MINUTES: number(30, { whole: false }),
  LANTERN_PASSWORD_SIGN_IN: oneOf(["on", "off"] as const, "off"),
  AUTH_MICROSOFT_ENTRA_ID_ID: text(),
  AUTH_MICROSOFT_ENTRA_ID_SECRET: text(),
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: text(),
  // API
  LANTERN_API_RATE_LIMIT: number(60, { whole: true }),
  // Email
  LANTERN_EMAIL_DIR: text(),
  SMTP_URL: text(),
  SMTP_HOST: text(),
  SMTP_PORT: number(587, { whole: true }),
  SMTP_SECURE: oneOf(["true", "false"] as const, "false"),
  SMTP_USER: text(),
  SMTP_PASSWORD: text(),
  NOTIFY_API_KEY: text(),
  NOTIFY_TEMPLATE_ID: text(),
  EMAIL_FROM: textOr("Lantern <lantern@localhost>"),
  // PDFs
  LANTERN_CHROMIUM: textOr("/usr/bin/chromium"),
  LANTERN_INTERNAL_URL: address(),
  // Demo
  LANTERN_DEMO_PASSWORD: textOr("lantern-demo"),
});

export type Settings = z.infer<typeof schema>;
export type SettingName = keyof Settings;

/** Every variable read, in the schema's order (docs/operations.md lists the same). */
export const SETTING_NAMES = Object.keys(schema.shape) as SettingName[];

type Env = Record<string, string | undefined>;

export class SettingsError extends Error {}

/** The settings from an environment; a bad value throws a SettingsError with one line naming the variable. */
export function parseSettings(env: Env): Settings {
  const picked: Env = {};
  for (const name of SETTING_NAMES) picked[name] = env[name];
  const parsed = schema.safeParse(picked);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new SettingsError(`${String(issue.path[0])} ${issue.message}`);
}

let kept: { fingerprint: string; settings: Settings } | null = null;

/**
 * This process's settings. Parsed once, and again only if a variable changes
 * (tests and benches set some before they start a server).
 */
export function settings(): Settings {
  let fingerprint = "";
  for (const name of SETTING_NAMES) fingerprint += `${process.env[name] ?? "\u0000"}\u0001`;
  if (kept?.fingerprint !== fingerprint) kept = { fingerprint, settings: parseSettings(process.env) };
  return kept.settings;
}

/**
 * What stops a server from starting (empty: nothing): a bad setting, or, for a
 * server that signs sessions, no AUTH_SECRET.
 */
export function startupProblems(env: Env, { needSecret }: { needSecret: boolean }): string[] {
  let parsed: Settings;
  try {
    parsed = parseSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return [error.message];
    throw error;
  }
  if (needSecret && !parsed.AUTH_SECRET) {
    return [
      "AUTH_SECRET is not set. It signs every session: set it in the server's environment to a long random value, " +
        `${MAKE_SECRET}. (\`npm start\`, for trying Lantern locally, makes one in the data directory.)`,
    ];
  }
  return [];
}

/** Prints each problem on one line and stops the process before it serves anything. */
export function refuseToStartIfUnsafe({ needSecret, env = process.env }: { needSecret: boolean; env?: Env }): void {
  const problems = startupProblems(env, { needSecret });
  if (problems.length === 0) return;
  for (const problem of problems) console.error(`Lantern will not start: ${problem}`);
  process.exit(1);
}

/** Where browsers reach Lantern, for links in emails: LANTERN_BASE_URL, else Auth.js's AUTH_URL. */
export function publicBaseUrl(s: Pick<Settings, "LANTERN_BASE_URL" | "AUTH_URL"> = settings()): string | undefined {
  return s.LANTERN_BASE_URL ?? s.AUTH_URL;
}
