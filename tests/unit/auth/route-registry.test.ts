// Every page, route handler and server action has an entry in the one
// registry (lib/auth/routes.ts), every entry has a door, and each door's
// file (or the file named as where its check lives) really asks the
// permission the registry says.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, PAGES, ROUTES, type Rule } from "@/lib/auth/routes";

const root = path.resolve(import.meta.dirname, "../../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(rel, out);
    else out.push(rel);
  }
  return out;
}

/** app/snapshots/[id]/page.tsx → /snapshots/[id] (route groups "(x)" dropped). */
const urlOf = (file: string) =>
  "/" +
  path
    .dirname(path.relative("app", file))
    .split(path.sep)
    .filter((s) => s !== "." && !/^\(.*\)$/.test(s))
    .join("/");

const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

const pages = walk("app").filter((f) => /(^|\/)page\.(t|j)sx?$/.test(f));
const routes = walk("app").flatMap((file) => {
  if (!/(^|\/)route\.(t|j)s$/.test(file)) return [];
  const source = read(file);
  const exported = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+([A-Z]+)\b/g)) exported.add(m[1]);
  for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}/g)) for (const name of m[1].split(",")) exported.add(name.trim());
  return [...exported].filter((m) => METHODS.includes(m)).map((method) => ({ key: `${method} ${urlOf(file)}`, file }));
});
const actions = walk("lib/actions").flatMap((file) => {
  const source = read(file);
  if (!/^\s*["']use server["']/.test(source)) return [];
  return [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => ({ key: m[1], file }));
});

function asksPermission(rule: Rule, doorFile: string): boolean {
  if (rule.access !== "permission") return true;
  const source = read(rule.checkedIn ?? doorFile);
  return source.includes(`"${rule.permission}"`) || (rule.checkedIn === "lib/snapshots/access.ts" && source.includes("snapshot.read"));
}

describe("the route registry", () => {
  it("finds the doors it walks (the walk itself works)", () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(routes.map((r) => r.key)).toContain("GET /api/health");
    expect(actions.map((a) => a.key)).toContain("publishSnapshotAction");
  });

  it("has an entry for every page", () => {
    expect(pages.map(urlOf).filter((url) => !(url in PAGES))).toEqual([]);
  });

  it("has an entry for every route handler method", () => {
    expect(routes.map((r) => r.key).filter((key) => !(key in ROUTES))).toEqual([]);
  });

  it("has an entry for every server action", () => {
    expect(actions.map((a) => a.key).filter((key) => !(key in ACTIONS))).toEqual([]);
  });

  it("has no entry without a door", () => {
    expect(Object.keys(PAGES).filter((url) => !pages.some((p) => urlOf(p) === url))).toEqual([]);
    expect(Object.keys(ROUTES).filter((key) => !routes.some((r) => r.key === key))).toEqual([]);
    expect(Object.keys(ACTIONS).filter((key) => !actions.some((a) => a.key === key))).toEqual([]);
  });

  it("finds each permission asked where the registry says", () => {
    const wrong = [
      ...pages.filter((p) => PAGES[urlOf(p)] && !asksPermission(PAGES[urlOf(p)], p)).map((p) => urlOf(p)),
      ...routes.filter((r) => ROUTES[r.key] && !asksPermission(ROUTES[r.key], r.file)).map((r) => r.key),
      ...actions.filter((a) => ACTIONS[a.key] && !asksPermission(ACTIONS[a.key], a.file)).map((a) => a.key),
    ];
    expect(wrong).toEqual([]);
  });

  it("every route handler that needs a session goes through withSession (bearer-token API routes through withBearer)", () => {
    // POST /api/session answers { signedIn: false } itself: it reports on the session rather than needing one.
    const ownAnswer = new Set(["POST /api/session"]);
    const unwrapped = routes
      .filter((r) => ROUTES[r.key] && ROUTES[r.key].access !== "public" && !ownAnswer.has(r.key))
      .filter((r) => {
        const source = read(r.file);
        const method = r.key.split(" ")[0];
        // The API's routes take a bearer token, never a session: withBearer is their wrapper.
        return r.key.includes(" /api/v1/") ? !source.includes("return withBearer(") : !source.includes(`export const ${method} = withSession`);
      })
      .map((r) => r.key);
    expect(unwrapped).toEqual([]);
    for (const r of routes.filter((route) => ROUTES[route.key]?.access !== "public")) expect(read(r.file), r.key).not.toMatch(/currentUser\(/);
  });
});
