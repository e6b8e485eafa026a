// Hardening against the production build, over HTTP as an attacker would:
// security headers, the open redirect, sessions that end, titles that do not
// leak, cross-site posts, malformed ids, the middleware-bypass header, the
// health check and a server that refuses to start without AUTH_SECRET.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn, signOut } from "./helpers";

const DEMO_PASSWORD = process.env.LANTERN_DEMO_PASSWORD || "lantern-demo";

const headerMap = (csp: string) => new Map(csp.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

async function sessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie, "a session cookie after signing in").toBeTruthy();
  return `${cookie!.name}=${cookie!.value}`;
}

const get = (request: APIRequestContext, url: string, headers: Record<string, string> = {}) =>
  request.get(url, { headers, maxRedirects: 0 });

test.describe("security headers", () => {
  test("every page has a nonce CSP and the fixed headers; HSTS only over HTTPS", async ({ request }) => {
    const first = await get(request, "/signin");
    const second = await get(request, "/signin");
    expect(first.status()).toBe(200);
    const csp = first.headers()["content-security-policy"];
    const d = headerMap(csp);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
    expect(d.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(first.headers()["x-content-type-options"]).toBe("nosniff");
    expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(first.headers()["x-frame-options"]).toBe("DENY");
    expect(first.headers()["permissions-policy"]).toMatch(/camera=\(\)/);
    expect(first.headers()["strict-transport-security"]).toBeUndefined();
    // Every script Next.js wrote carries this response's nonce.
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);
    const overHttps = await get(request, "/signin", { "x-forwarded-proto": "https" });
    expect(overHttps.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(overHttps.headers()["content-security-policy"]).toMatch(/upgrade-insecure-requests/);
    // Route handlers get the fixed headers too.
    expect((await get(request, "/api/health")).headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("pages work under the policy: nothing refused while the admin goes round", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (execute|apply|load)/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    await signIn(page, "admin@lantern.example");
    for (const url of ["/", "/scorecards/front-door/2020-04", "/indicators/M1", "/snapshots", "/snapshots/1", "/snapshots/1/print", "/commentary", "/approvals", "/admin/audit", "/public/1"]) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
    }
    // The client scripts ran (hydration): the sign-out button works.
    await page.goto("/");
    await signOut(page);
    expect(violations).toEqual([]);
  });
});

test.describe("sign-in and sessions", () => {
  test("no open redirect: a backslash or encoded next stays on this site", async ({ page, baseURL }) => {
    for (const next of ["/\\example.org/x", "/%5Cexample.org/x", "//example.org/x", "/%2F%2Fexample.org"]) {
      await page.goto(`/signin?next=${encodeURIComponent(next)}`);
      await page.getByLabel("Email address").fill("admin@lantern.example");
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      await signOut(page);
    }
  });

  test("signing out ends the session: the old cookie opens nothing and is not renewed", async ({ page, request }) => {
    await signIn(page, "manager@lantern.example");
    const cookie = await sessionCookie(page);
    expect((await get(request, "/approvals", { cookie })).status()).toBe(200);
    await signOut(page);
    const approvals = await get(request, "/approvals", { cookie });
    expect(approvals.status()).toBe(307);
    expect(approvals.headers()["location"]).toMatch(/\/signin/);
    const session = await get(request, "/api/auth/session", { cookie });
    expect(await session.json()).toBeNull();
    // No fresh session cookie: the old one is cleared instead.
    const setCookie = session.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
    const renewed = setCookie.filter((c) => /session-token=[^;]/.test(c));
    expect(renewed, setCookie.join("\n")).toEqual([]);
  });

  test("a failed sign-in is in the audit trail", async ({ page }) => {
    await signIn(page, "admin@lantern.example", "not-the-password");
    await expect(page.locator("#signin-error")).toContainText("email address or password is not right");
    await signIn(page, "admin@lantern.example");
    await page.goto("/admin/audit?action=auth.sign_in_failed");
    await expect(page.getByText(/Failed sign-in for admin@lantern\.example/).first()).toBeVisible();
    await signOut(page);
  });
});

test.describe("what an attacker tries", () => {
  test("a snapshot's title is not given to someone who may not read it", async ({ request }) => {
    const forged = await request.get("/snapshots/1", { headers: { cookie: "authjs.session-token=anything" }, maxRedirects: 0 });
    const html = await forged.text();
    expect(html).not.toMatch(/<title>[^<]*Corporate Parenting/);
  });

  test("cross-site posts are refused: a foreign Origin, or none at all", async ({ page, request }) => {
    await signIn(page, "admin@lantern.example");
    const cookie = await sessionCookie(page);
    const foreign = await request.post("/api/import/values?file=x.csv", {
      headers: { cookie, origin: "https://evil.example", "content-type": "text/plain" },
      data: "indicator,period,value\nM1,2020-06,1\n",
    });
    expect(foreign.status()).toBe(403);
    const noOrigin = await request.post("/commentary/autosave", { headers: { cookie, "content-type": "text/plain" }, data: "{}" });
    expect(noOrigin.status()).toBe(403);
    await signOut(page);
  });

  test("malformed or out-of-range ids are 404, never 500", async ({ page }) => {
    await signIn(page, "admin@lantern.example");
    for (const url of ["/snapshots/99999999999999999999/pdf", "/snapshots/99999999999999999999", "/commentary/2020-06/9007199254740993", "/indicators/%E0%A4%A", "/public/2147483648"]) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(404);
    }
    await signOut(page);
  });

  test("the x-middleware-subrequest header is refused like any other request", async ({ request }) => {
    const response = await get(request, "/approvals", { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toMatch(/\/signin/);
    const api = await get(request, "/api/scorecards/2020-04", { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" });
    expect([307, 401]).toContain(api.status());
  });
});

test.describe("operations", () => {
  test("GET /api/health answers without sign-in and leaks nothing", async ({ request }) => {
    const response = await get(request, "/api/health");
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ status: "ok", checks: { database: "ok", migrations: "current" } });
    expect(body).not.toMatch(/\d+\.\d+/);
    expect(response.headers()["x-powered-by"]).toBeUndefined();
  });

  test("npm run serve without AUTH_SECRET refuses to start and says what to set", async () => {
    test.setTimeout(120_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-nosecret-"));
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "", LANTERN_DATA_DIR: dataDir, PORT: "3198" };
    delete env.AUTH_SECRET;
    const child = spawn("npm", ["run", "serve", "--", "-p", "3198"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve(null);
      }, 90_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(code, output).not.toBe(0);
    expect(code, "it must exit, not keep serving").not.toBeNull();
    expect(output).toMatch(/Lantern will not start: AUTH_SECRET is not set/);
    expect(output).toMatch(/openssl rand -base64 32/);
  });
});
