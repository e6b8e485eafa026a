// The admin console's people, on both databases: invitations by one-time
// link (hashed, 72 hours, single use), roles and scopes with field errors,
// deactivation that ends sessions at once, the last admin kept, reset links,
// and access requests from Microsoft sign-in.
import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { accessRequests, auditEvents, notifications, passwordLinks, userRoles, users } from "@/db/schema";
import { dismissAccess, grantAccess } from "@/lib/actions/access/core";
import { changeAccess, invitePerson } from "@/lib/actions/people/core";
import { deactivatePerson, reactivatePerson, sendPasswordReset } from "@/lib/actions/people/status";
import { checkCredentials } from "@/lib/auth/credentials";
import { microsoftClaims, microsoftSignIn } from "@/lib/auth/microsoft";
import { hashSecret } from "@/lib/auth/secrets";
import { checkSession, startSession } from "@/lib/auth/sessions";
import { peopleFor } from "@/lib/queries/people";
import { loadSessionUser } from "@/lib/queries/users";
import { checkPasswordLink, setPasswordFromLink } from "@/lib/users/links";
import { withDemoDb } from "../support/demo";

const { handle, people: as, mailer, ctx } = withDemoDb(["admin", "manager", "reporter", "board"]);
const tokenIn = (text: string) => /token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";

describe("inviting someone", () => {
  it("creates the person with their roles and emails a single-use link stored only as a hash", async () => {
    const result = await invitePerson(ctx("admin"), { email: " New.Analyst@Lantern.example ", name: "New Analyst", roles: ["reporter", "manager"], managerOf: ["cp"], reporterOf: ["lac"], origin: "http://127.0.0.1:3000" });
    expect(result).toMatchObject({ ok: true });
    const message = mailer.sent.at(-1)!;
    expect(message.to).toBe("new.analyst@lantern.example");
    expect(message.text).toContain("http://127.0.0.1:3000/set-password?token=lnk_");
    const token = tokenIn(message.text);
    const [link] = await handle.db.select().from(passwordLinks).where(eq(passwordLinks.tokenHash, hashSecret(token)));
    expect(link.purpose).toBe("invite");
    expect(JSON.stringify(await handle.db.select().from(passwordLinks))).not.toContain(token);
    expect((new Date(link.expiresAt).getTime() - new Date(link.createdAt).getTime()) / 3_600_000).toBe(72);

    const [person] = await peopleFor({ db: handle.db, filters: { q: "new analyst" } });
    expect(person).toMatchObject({ email: "new.analyst@lantern.example", roles: ["manager", "reporter"], managerOf: ["cp"], reporterOf: ["lac"], status: "invited" });
    expect((await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "user.invite"))).length).toBe(1);

    // The link sets the password once; the person then signs in with it.
    expect(await checkPasswordLink({ db: handle.db, token })).toMatchObject({ ok: true, name: "New Analyst" });
    expect(await setPasswordFromLink({ db: handle.db, token, password: "a good long password" })).toEqual({ ok: true, email: "new.analyst@lantern.example" });
    expect(await setPasswordFromLink({ db: handle.db, token, password: "another long password" })).toEqual({ ok: false });
    expect(await checkPasswordLink({ db: handle.db, token })).toEqual({ ok: false });
    expect(await checkCredentials({ db: handle.db, email: "new.analyst@lantern.example", password: "a good long password" })).toMatchObject({ ok: true });
    expect((await peopleFor({ db: handle.db, filters: { q: "new analyst" } }))[0].status).toBe("active");
  });

  it("refuses an email that has an account, an unknown role or service area, with field errors, writing nothing", async () => {
    const before = (await handle.db.select({ n: sql<number>`count(*)::int` }).from(users))[0].n;
    expect(await invitePerson(ctx("admin"), { email: "REPORTER@lantern.example", name: "Again", roles: ["reporter"] })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: expect.stringContaining("already has an account") } });
    expect(await invitePerson(ctx("admin"), { email: "x@lantern.example", name: "X", roles: ["wizard"] })).toMatchObject({ ok: false, fieldErrors: { roles: expect.stringContaining("wizard") } });
    expect(await invitePerson(ctx("admin"), { email: "x@lantern.example", name: "X", roles: ["manager"], managerOf: ["narnia"] })).toMatchObject({ ok: false, fieldErrors: { managerOf: expect.stringContaining("narnia") } });
    expect(await invitePerson(ctx("admin"), { email: "x@lantern.example", name: "X", roles: ["manager"] })).toMatchObject({ ok: false, fieldErrors: { managerOf: expect.any(String) } });
    expect(await invitePerson(ctx("admin"), { email: "not an email", name: "", roles: [] })).toMatchObject({ ok: false, fieldErrors: { email: expect.any(String), name: expect.any(String), roles: expect.any(String) } });
    expect(await invitePerson(ctx("manager"), { email: "y@lantern.example", name: "Y", roles: ["reporter"] })).toMatchObject({ ok: false, code: "forbidden" });
    expect((await handle.db.select({ n: sql<number>`count(*)::int` }).from(users))[0].n).toBe(before);
  });

  it("a link no longer works after 72 hours, nor once a newer one is sent", async () => {
    const [person] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "reporter@lantern.example"));
    expect(await sendPasswordReset(ctx("admin"), { userId: person.id })).toMatchObject({ ok: true });
    const first = tokenIn(mailer.sent.at(-1)!.text);
    const later = new Date(Date.now() + 73 * 3_600_000);
    expect(await setPasswordFromLink({ db: handle.db, token: first, password: "password after expiry", now: later })).toEqual({ ok: false });
    expect(await sendPasswordReset(ctx("admin"), { userId: person.id })).toMatchObject({ ok: true });
    const second = tokenIn(mailer.sent.at(-1)!.text);
    expect(await checkPasswordLink({ db: handle.db, token: first })).toEqual({ ok: false });
    expect(await checkPasswordLink({ db: handle.db, token: second })).toMatchObject({ ok: true, purpose: "reset" });
  });
});

describe("roles, deactivation and the last admin", () => {
  it("a change of roles or a deactivation ends the person's sessions on their next request", async () => {
    const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "manager@lantern.example"));
    const claims = await startSession({ db: handle.db, userId: row.id });
    expect(await checkSession({ db: handle.db, token: { ...claims } })).toMatchObject({ ok: true });
    const before = (await loadSessionUser({ db: handle.db, userId: row.id }))!;
    const fewer = before.managerOf.filter((k) => k !== "workforce");
    expect(await changeAccess(ctx("admin"), { userId: row.id, roles: before.roles, managerOf: fewer, reporterOf: before.reporterOf })).toMatchObject({ ok: true });
    expect(await checkSession({ db: handle.db, token: { ...claims } })).toMatchObject({ ok: false });
    expect((await loadSessionUser({ db: handle.db, userId: row.id }))!.managerOf).toEqual(fewer);

    const again = await startSession({ db: handle.db, userId: row.id });
    expect(await deactivatePerson(ctx("admin"), { userId: row.id })).toMatchObject({ ok: true });
    expect(await checkSession({ db: handle.db, token: { ...again } })).toMatchObject({ ok: false, reason: "disabled" });
    expect(await loadSessionUser({ db: handle.db, userId: row.id })).toBeNull();
    expect((await peopleFor({ db: handle.db, filters: { status: "deactivated" } })).map((p) => p.email)).toContain("manager@lantern.example");
    expect(await checkCredentials({ db: handle.db, email: "manager@lantern.example", password: "test-password-123" })).toMatchObject({ ok: false });
    expect(await reactivatePerson(ctx("admin"), { userId: row.id })).toMatchObject({ ok: true });
    expect(await checkCredentials({ db: handle.db, email: "manager@lantern.example", password: "test-password-123" })).toMatchObject({ ok: true });
    // The audit trail keeps every step, with the person's name.
    const steps = await handle.db.select({ action: auditEvents.action, summary: auditEvents.summary }).from(auditEvents).where(eq(auditEvents.entityId, row.id));
    expect(steps.map((s) => s.action)).toEqual(expect.arrayContaining(["user.roles", "user.deactivate", "user.reactivate"]));
  });

  it("the last active admin can neither be deactivated nor lose the admin role", async () => {
    const admins = await handle.db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, "admin"));
    expect(admins).toHaveLength(1);
    const id = as.admin.id;
    expect(await deactivatePerson(ctx("admin"), { userId: id })).toMatchObject({ ok: false, code: "invalid_state", message: expect.stringContaining("last active admin") });
    expect(await changeAccess(ctx("admin"), { userId: id, roles: ["manager"], managerOf: ["cp"], reporterOf: [] })).toMatchObject({ ok: false, fieldErrors: { roles: expect.stringContaining("last active admin") } });
    // With a second admin, the first may step down.
    const [second] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "new.analyst@lantern.example"));
    expect(await changeAccess(ctx("admin"), { userId: second.id, roles: ["admin"], managerOf: [], reporterOf: [] })).toMatchObject({ ok: true });
    as.second = (await loadSessionUser({ db: handle.db, userId: second.id }))!;
    expect(await deactivatePerson(ctx("second"), { userId: id })).toMatchObject({ ok: true });
    expect(await deactivatePerson(ctx("second"), { userId: second.id })).toMatchObject({ ok: false, message: expect.stringContaining("last active admin") });
    expect(await reactivatePerson(ctx("second"), { userId: id })).toMatchObject({ ok: true });
  });
});

describe("Microsoft sign-in and access requests", () => {
  const profile = (email: string, verified = true) => ({ sub: `sub-${email}`, email, email_verified: verified, name: "Pat Newcomer" });

  it("lets in an active person by verified email; refuses unverified emails; records an unknown person's request once", async () => {
    expect(await microsoftSignIn({ db: handle.db, profile: profile("Reporter@Lantern.example") })).toBe(true);
    expect(await microsoftClaims({ db: handle.db, profile: profile("reporter@lantern.example") })).toMatchObject({ uid: as.reporter.id });
    expect(await microsoftSignIn({ db: handle.db, profile: profile("reporter@lantern.example", false) })).toBe("/signin?access=unverified");
    expect(await microsoftClaims({ db: handle.db, profile: profile("reporter@lantern.example", false) })).toBeNull();

    expect(await microsoftSignIn({ db: handle.db, profile: profile("pat@council.example") })).toBe("/signin?access=requested");
    expect(await microsoftSignIn({ db: handle.db, profile: profile("pat@council.example") })).toBe("/signin?access=requested");
    const [request] = await handle.db.select().from(accessRequests).where(eq(accessRequests.email, "pat@council.example"));
    expect(request).toMatchObject({ attempts: 2, outcome: null, name: "Pat Newcomer" });
    const told = await handle.db.select().from(notifications).where(and(eq(notifications.kind, "access.requested"), eq(notifications.userId, as.admin.id)));
    expect(told).toHaveLength(1);
  });

  it("an admin grants the request with roles, and the person is then let in", async () => {
    const [request] = await handle.db.select().from(accessRequests).where(eq(accessRequests.email, "pat@council.example"));
    expect(await grantAccess(ctx("admin"), { requestId: request.id, name: "Pat Newcomer", roles: ["reporter"], reporterOf: ["cp"] })).toMatchObject({ ok: true });
    expect(await grantAccess(ctx("admin"), { requestId: request.id, name: "Pat Newcomer", roles: ["reporter"] })).toMatchObject({ ok: false, code: "not_found" });
    expect(await microsoftSignIn({ db: handle.db, profile: profile("pat@council.example") })).toBe(true);
    const claims = await microsoftClaims({ db: handle.db, profile: profile("pat@council.example") });
    expect((await loadSessionUser({ db: handle.db, userId: claims!.uid }))!.reporterOf).toEqual(["cp"]);

    expect(await microsoftSignIn({ db: handle.db, profile: profile("someone@else.example") })).toBe("/signin?access=requested");
    const [other] = await handle.db.select().from(accessRequests).where(eq(accessRequests.email, "someone@else.example"));
    expect(await dismissAccess(ctx("manager"), { requestId: other.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await dismissAccess(ctx("admin"), { requestId: other.id })).toMatchObject({ ok: true });
  });
});
