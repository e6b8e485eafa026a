// The session's ends for the warning before it ends (GET/POST /api/session):
// reading them is not activity, "Stay signed in" is, and an ended session
// reads as signed out. Also the help contact every footer shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import type { DbHandle } from "@/db/client";
import { auditEvents, userSessions } from "@/db/schema";
import { updateHelpContact } from "@/lib/actions/authority/help-contact";
import { sessionStatus, tokenOf } from "@/lib/auth/session-status";
import { endAllSessions, startSession } from "@/lib/auth/sessions";
import { authoritySettings } from "@/lib/queries/authority";
import { loadSessionUser } from "@/lib/queries/users";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { createTestDb } from "../support/db";

let handle: DbHandle;
let userId: string;
let adminId: string;
const MIN = 60_000;
const t0 = new Date(Date.UTC(2026, 10, 29, 9, 0));
const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);

beforeAll(async () => {
  handle = await createTestDb();
  ({ id: userId } = await createOrUpdateUser({ db: handle.db, input: { email: "sam@council.example", name: "Sam", roles: ["reporter"], services: ["cp"], password: "a long enough password" } }));
  ({ id: adminId } = await createOrUpdateUser({ db: handle.db, input: { email: "ada@council.example", name: "Ada", roles: ["admin"], services: [], password: "a long enough password" } }));
});
afterAll(() => handle?.close());

const lastSeen = async (sid: string) => (await handle.db.select().from(userSessions).where(eq(userSessions.id, sid)))[0]?.lastSeenAt;

describe("sessionStatus", () => {
  it("says when the session ends, idle and absolute, without counting as activity", async () => {
    const claims = await startSession({ db: handle.db, userId, now: t0 });
    const status = await sessionStatus({ db: handle.db, token: { ...claims }, now: at(10) });
    expect(status).toEqual({ signedIn: true, idleEndsAt: at(30).getTime(), absoluteEndsAt: at(12 * 60).getTime() });
    expect(new Date((await lastSeen(claims.sid))!).getTime()).toBe(t0.getTime());
  });

  it("records activity for \"Stay signed in\", which moves the idle end on but never the absolute one", async () => {
    const claims = await startSession({ db: handle.db, userId, now: t0 });
    const status = await sessionStatus({ db: handle.db, token: { ...claims }, touch: true, now: at(29) });
    expect(status).toEqual({ signedIn: true, idleEndsAt: at(59).getTime(), absoluteEndsAt: at(12 * 60).getTime() });
    expect(new Date((await lastSeen(claims.sid))!).getTime()).toBe(at(29).getTime());
  });

  it("reads as signed out once the session has ended: idle, past its lifetime, or signed out everywhere", async () => {
    const claims = await startSession({ db: handle.db, userId, now: t0 });
    expect(await sessionStatus({ db: handle.db, token: { ...claims }, now: at(30) })).toEqual({ signedIn: false });
    expect(await sessionStatus({ db: handle.db, token: { ...claims }, touch: true, now: at(30) })).toEqual({ signedIn: false });
    const fresh = await startSession({ db: handle.db, userId, now: at(31) });
    expect((await sessionStatus({ db: handle.db, token: { ...fresh }, now: at(32) })).signedIn).toBe(true);
    await endAllSessions({ db: handle.db, userId, why: "sign_out" });
    expect(await sessionStatus({ db: handle.db, token: { ...fresh }, now: at(33) })).toEqual({ signedIn: false });
    expect(await sessionStatus({ db: handle.db, token: null })).toEqual({ signedIn: false });
    expect(await sessionStatus({ db: handle.db, token: { uid: userId } })).toEqual({ signedIn: false });
  });

  it("reads the token from the session cookie, and nothing from a forged one", async () => {
    const secret = "integration-test-secret-0123456789abcdef";
    const saved = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = secret;
    try {
      const claims = await startSession({ db: handle.db, userId, now: new Date() });
      const jwt = await encode({ token: { ...claims }, secret, salt: "authjs.session-token" });
      const token = await tokenOf(new Request("http://lantern.test/api/session", { headers: { cookie: `authjs.session-token=${jwt}` } }));
      expect(token).toMatchObject({ uid: userId, sid: claims.sid });
      expect((await sessionStatus({ db: handle.db, token })).signedIn).toBe(true);
      const forged = await encode({ token: { ...claims }, secret: "another-secret-entirely-0123456789", salt: "authjs.session-token" });
      expect(await tokenOf(new Request("http://lantern.test/api/session", { headers: { cookie: `authjs.session-token=${forged}` } }))).toBeNull();
      expect(await tokenOf(new Request("http://lantern.test/api/session"))).toBeNull();
    } finally {
      // (assigning undefined would set the text "undefined")
      if (saved === undefined) delete process.env.AUTH_SECRET;
      else process.env.AUTH_SECRET = saved;
    }
  });
});

describe("updateHelpContact", () => {
  it("stores an email or https address for the footer, audited, and only for an admin", async () => {
    const admin = await loadSessionUser({ db: handle.db, userId: adminId });
    const reporter = await loadSessionUser({ db: handle.db, userId });
    expect((await updateHelpContact({ db: handle.db, actor: reporter }, { helpContact: "help@council.example" })).ok).toBe(false);
    const saved = await updateHelpContact({ db: handle.db, actor: admin }, { helpContact: " help@council.example " });
    expect(saved.ok).toBe(true);
    expect((await authoritySettings({ db: handle.db })).helpContact).toBe("help@council.example");
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "authority.help_contact"));
    expect(event.after).toEqual({ helpContact: "help@council.example" });
    expect((await updateHelpContact({ db: handle.db, actor: admin }, { helpContact: "https://intranet.council.example/help" })).ok).toBe(true);
  });

  it("refuses anything else, naming the field, and leaves the setting as it was", async () => {
    const admin = await loadSessionUser({ db: handle.db, userId: adminId });
    for (const bad of ["http://insecure.example", "javascript:alert(1)", "call Jo on 0123"]) {
      const result = await updateHelpContact({ db: handle.db, actor: admin }, { helpContact: bad });
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { helpContact: expect.stringMatching(/email address .* web address/) } });
    }
    expect((await authoritySettings({ db: handle.db })).helpContact).toBe("https://intranet.council.example/help");
    expect((await updateHelpContact({ db: handle.db, actor: admin }, { helpContact: "" })).ok).toBe(true);
    expect((await authoritySettings({ db: handle.db })).helpContact).toBeNull();
  });
});
