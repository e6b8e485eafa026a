// Personal API tokens and /api/v1, on both databases: issued (shown once,
// stored hashed), used, revoked, expired; a call acts with the owner's roles
// at that moment (a deactivated owner stops at once, a board member meets
// 403 on live scorecards); cookies never authenticate; the rate limit answers
// 429 with Retry-After.
import { describe, expect, it, vi } from "vitest";
import { and, eq, isNull, sql } from "drizzle-orm";
import { apiTokens, snapshots, users } from "@/db/schema";
import { createApiToken, revokeApiToken } from "@/lib/actions/profile/core";
import { changeAccess } from "@/lib/actions/people/core";
import { deactivatePerson, reactivatePerson } from "@/lib/actions/people/status";
import { authenticateBearer } from "@/lib/api/tokens";
import type { SessionUser } from "@/lib/auth/roles";
import { hashSecret } from "@/lib/auth/secrets";
import { loadSessionUser } from "@/lib/queries/users";
import { withDemoDb } from "../support/demo";

const { handle, people: as, mailer, ctx } = withDemoDb(["admin", "manager", "reporter", "board"]);
// A cookie session for the admin, to show it is never read by /api/v1.
let cookieUser: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => cookieUser }));
vi.mock("@/db/client", async (original) => ({ ...(await original<object>()), getDb: async () => handle.db }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { GET: scorecardGET } = await import("@/app/api/v1/scorecards/[service]/[period]/route");
const { GET: valuesGET } = await import("@/app/api/v1/indicators/[code]/values/route");
const { GET: snapshotGET } = await import("@/app/api/v1/snapshots/[id]/route");

async function tokenFor(who: string, name = "Power BI", days?: number): Promise<string> {
  const made = await createApiToken(ctx(who), { name, days });
  if (!made.ok) throw new Error(made.message);
  return made.data.token;
}

const call = (path: string, token?: string, headers: Record<string, string> = {}) =>
  new Request(`http://127.0.0.1${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
const scorecard = (service: string, period: string, token?: string) => scorecardGET(call(`/api/v1/scorecards/${service}/${period}`, token), { params: Promise.resolve({ service, period }) });

describe("personal API tokens", () => {
  it("are shown once, stored only as their SHA-256, and let the owner read the scorecard JSON the CLI prints", async () => {
    const token = await tokenFor("reporter");
    expect(token).toMatch(/^lnt_[A-Za-z0-9_-]{43}$/);
    const stored = await handle.db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hashSecret(token)));
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0].hint).toBe(token.slice(-4));
    // The default life is 90 days.
    const days = (new Date(stored[0].expiresAt).getTime() - new Date(stored[0].createdAt).getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(90);

    const response = await scorecard("front-door", "2020-04", token);
    expect(response.status).toBe(200);
    expect(response.headers.get("lantern-api-version")).toBe("1");
    const body = await response.json();
    expect(body).toMatchObject({ period: "2020-04", service: "front-door" });
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows[0]).toHaveProperty("rag");
    const [after] = await handle.db.select({ lastUsedAt: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.tokenHash, hashSecret(token)));
    expect(after.lastUsedAt).not.toBeNull();
  });

  it("serves an indicator's values between two months, and refuses bad months with 400", async () => {
    const token = await tokenFor("reporter");
    const values = (code: string, query: string) => valuesGET(call(`/api/v1/indicators/${code}/values?${query}`, token), { params: Promise.resolve({ code }) });
    const ok = await values("M1", "from=2019-04&to=2020-03");
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.code).toBe("M1");
    expect(body.values.length).toBeGreaterThan(0);
    expect(body.values.every((v: { period: string }) => v.period >= "2019-04" && v.period <= "2020-03")).toBe(true);
    expect((await values("M1", "from=2019-13&to=2020-03")).status).toBe(400);
    expect((await values("M1", "from=2020-04&to=2020-03")).status).toBe(400);
    expect((await values("NOPE", "from=2019-04&to=2020-03")).status).toBe(404);
  });

  it("answers 401 with no detail for no token, a malformed, unknown, revoked or expired one — and never reads the cookie", async () => {
    cookieUser = as.admin;
    const revoked = await tokenFor("admin", "to revoke");
    const [row] = await handle.db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.tokenHash, hashSecret(revoked)));
    expect((await scorecard("all", "2020-04", revoked)).status).toBe(200);
    expect(await revokeApiToken(ctx("admin"), { tokenId: row.id })).toMatchObject({ ok: true });
    // Someone else's token cannot be revoked by a stranger (it is not found for them).
    const reporters = await tokenFor("reporter", "not yours");
    const [theirs] = await handle.db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.tokenHash, hashSecret(reporters)));
    expect(await revokeApiToken(ctx("manager"), { tokenId: theirs.id })).toMatchObject({ ok: false, code: "not_found" });

    const expired = await tokenFor("admin", "short", 1);
    await handle.db.update(apiTokens).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(apiTokens.tokenHash, hashSecret(expired)));

    const answers = [
      await scorecard("all", "2020-04"),
      await scorecard("all", "2020-04", "lnt_short"),
      await scorecard("all", "2020-04", `lnt_${"A".repeat(43)}`),
      await scorecard("all", "2020-04", revoked),
      await scorecard("all", "2020-04", expired),
      await scorecardGET(call("/api/v1/scorecards/all/2020-04", undefined, { cookie: "authjs.session-token=anything" }), { params: Promise.resolve({ service: "all", period: "2020-04" }) }),
    ];
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(new Set(bodies).size).toBe(1);
    expect(answers[0].headers.get("www-authenticate")).toMatch(/^Bearer/);
    cookieUser = null;
  });

  it("acts with the owner's roles at the time of the call: a role taken away or a deactivation stops it at once", async () => {
    const [row] = await handle.db.insert(users).values({ email: "analyst@lantern.example", name: "Analyst" }).returning({ id: users.id });
    expect(await changeAccess(ctx("admin"), { userId: row.id, roles: ["reporter"], managerOf: [], reporterOf: ["cp"] })).toMatchObject({ ok: true });
    as.analyst = (await loadSessionUser({ db: handle.db, userId: row.id }))!;
    const token = await tokenFor("analyst");
    expect((await scorecard("cp", "2020-04", token)).status).toBe(200);

    // Only a board member now: live scorecards are refused with 403.
    expect(await changeAccess(ctx("admin"), { userId: row.id, roles: ["board_member"], managerOf: [], reporterOf: [] })).toMatchObject({ ok: true });
    expect((await scorecard("cp", "2020-04", token)).status).toBe(403);

    expect(await changeAccess(ctx("admin"), { userId: row.id, roles: ["reporter"], managerOf: [], reporterOf: ["cp"] })).toMatchObject({ ok: true });
    expect((await scorecard("cp", "2020-04", token)).status).toBe(200);
    expect(await deactivatePerson(ctx("admin"), { userId: row.id })).toMatchObject({ ok: true });
    expect((await scorecard("cp", "2020-04", token)).status).toBe(401);
    expect(await reactivatePerson(ctx("admin"), { userId: row.id })).toMatchObject({ ok: true });
    expect((await scorecard("cp", "2020-04", token)).status).toBe(200);
  });

  it("gives a board member's token their published papers, 403 on live scorecards and on other boards' papers, 404 on drafts", async () => {
    const token = await tokenFor("board");
    expect((await scorecard("front-door", "2020-04", token)).status).toBe(403);
    const [paper] = await handle.db.select().from(snapshots).where(eq(snapshots.status, "published")).limit(1);
    const get = (id: number, t = token) => snapshotGET(call(`/api/v1/snapshots/${id}`, t), { params: Promise.resolve({ id: String(id) }) });
    const ok = await get(paper.id);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: paper.id, status: "published" });
    const [draft] = await handle.db.insert(snapshots).values({ ...paper, id: undefined, status: "draft", publishedAt: null, publishedBy: null, supersedesId: null, title: "A draft" }).returning({ id: snapshots.id });
    expect((await get(draft.id)).status).toBe(404);
    expect((await get(draft.id, await tokenFor("admin"))).status).toBe(404);
    // A board member who sits on no board (or another board) is refused the paper.
    const [outsider] = await handle.db.insert(users).values({ email: "outsider@lantern.example", name: "Outsider" }).returning({ id: users.id });
    expect(await changeAccess(ctx("admin"), { userId: outsider.id, roles: ["board_member"], managerOf: [], reporterOf: [] })).toMatchObject({ ok: true });
    as.outsider = (await loadSessionUser({ db: handle.db, userId: outsider.id }))!;
    expect((await get(paper.id, await tokenFor("outsider"))).status).toBe(403);
  });

  it("limits calls per token and per person across their tokens: over the limit the answer is 429 with Retry-After; another person is not held back", async () => {
    const token = await tokenFor("manager", "busy");
    const second = await tokenFor("manager", "second");
    const someoneElse = await tokenFor("reporter", "quiet");
    const limit = { max: 3, windowMs: 60_000 };
    const now = new Date(Date.now() + 60 * 60_000);
    const header = `Bearer ${token}`;
    for (let i = 0; i < 3; i++) expect(await authenticateBearer({ db: handle.db, header, now, limit })).toMatchObject({ ok: true });
    const refused = await authenticateBearer({ db: handle.db, header, now: new Date(now.getTime() + 20_000), limit });
    expect(refused).toEqual({ ok: false, status: 429, retryAfter: 40 });
    // a second token of the same person does not get round the limit
    expect(await authenticateBearer({ db: handle.db, header: `Bearer ${second}`, now: new Date(now.getTime() + 20_000), limit })).toEqual({ ok: false, status: 429, retryAfter: 40 });
    expect(await authenticateBearer({ db: handle.db, header: `Bearer ${someoneElse}`, now, limit })).toMatchObject({ ok: true });
    // A new window after the minute.
    expect(await authenticateBearer({ db: handle.db, header, now: new Date(now.getTime() + 61_000), limit })).toMatchObject({ ok: true });

    // Through the route: the default limit (LANTERN_API_RATE_LIMIT, 60 a minute) answers 429 with Retry-After.
    const heavy = await tokenFor("admin", "heavy");
    await handle.db.update(apiTokens).set({ windowStartedAt: new Date(), windowCount: 60 }).where(eq(apiTokens.tokenHash, hashSecret(heavy)));
    const over = await scorecard("all", "2020-04", heavy);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("lets a person hold at most 10 live tokens; revoking one makes room", async () => {
    const live = await handle.db.select({ id: apiTokens.id }).from(apiTokens).where(and(eq(apiTokens.userId, as.board.id), isNull(apiTokens.revokedAt)));
    for (let i = live.length; i < 10; i++) await tokenFor("board", `report ${i}`);
    const refused = await createApiToken(ctx("board"), { name: "one too many" });
    expect(refused).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: "You already have 10 live tokens, the most one person may hold: revoke one you no longer use, then make this one." },
    });
    const [first] = await handle.db.select({ id: apiTokens.id }).from(apiTokens).where(and(eq(apiTokens.userId, as.board.id), isNull(apiTokens.revokedAt)));
    expect(await revokeApiToken(ctx("board"), { tokenId: first.id })).toMatchObject({ ok: true });
    expect(await createApiToken(ctx("board"), { name: "now there is room" })).toMatchObject({ ok: true });
  });

  it("validates token names and lifetimes with field errors", async () => {
    expect(await createApiToken(ctx("reporter"), { name: " ", days: 30 })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: expect.any(String) } });
    expect(await createApiToken(ctx("reporter"), { name: "x", days: 400 })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { days: expect.any(String) } });
    expect(await createApiToken({ db: handle.db, actor: null, mailer }, { name: "x" })).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});
