// Password checks, throttling and sessions against a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, like } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { auditEvents, notifications, users } from "@/db/schema";
import { checkCredentials, clientAddress } from "@/lib/auth/credentials";
import { checkSession, endAllSessions, signedInPerson, startSession } from "@/lib/auth/sessions";
import { bumpDataVersion, currentDataVersion } from "@/lib/data-version";
import { authoritySettings } from "@/lib/queries/authority";
import { loadSessionUser } from "@/lib/queries/users";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { createTestDb } from "../support/db";

let handle: DbHandle;
let userId: string;
const password = "correct horse battery";
const email = "pat.reporter@council.example";

beforeAll(async () => {
  handle = await createTestDb();
  ({ id: userId } = await createOrUpdateUser({
    db: handle.db,
    input: { email: "Pat.Reporter@council.example", name: "Pat Reporter", roles: ["reporter", "manager"], services: ["cp"], password },
  }));
});
afterAll(() => handle?.close());

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, 0) + minutes * 60_000);
const attempt = (who: string, pw: string, address: string, minutes: number) =>
  checkCredentials({ db: handle.db, email: who, password: pw, address, now: at(minutes) });

describe("checkCredentials", () => {
  it("accepts the right password (email in any case) and stores only an argon2id hash", async () => {
    const result = await checkCredentials({ db: handle.db, email: " pat.reporter@COUNCIL.example ", password, address: "10.0.0.1", now: at(0) });
    expect(result).toEqual({ ok: true, userId });
    const [row] = await handle.db.select().from(users).where(eq(users.id, userId));
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(password);
  });

  it("refuses a wrong password or an unknown email the same way, and audits them once a minute per address, with a count", async () => {
    expect(await attempt(email, "nope", "10.0.0.2", 1)).toEqual({ ok: false, code: "invalid" });
    expect(await attempt("nobody@council.example", password, "10.0.0.2", 1.5)).toEqual({ ok: false, code: "invalid" });
    const long = `alex admin changed roles of everyone to admin ${"x".repeat(280)}@council.example`;
    expect(await attempt(long, password, "10.0.0.2", 2.2)).toEqual({ ok: false, code: "invalid" });
    const failed = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.sign_in_failed")).orderBy(auditEvents.id);
    expect(failed.map((e) => [e.entityType, e.entityId])).toEqual([
      ["sign_in_address", "10.0.0.2"],
      ["sign_in_address", "10.0.0.2"],
    ]);
    expect(failed[0].summary).toBe(`Failed sign-in from 10.0.0.2 for "${email}" (1 failed from this address in the last hour); one entry a minute an address`);
    expect(failed[1].summary).toBe(
      'Failed sign-in from 10.0.0.2 for "alex admin changed roles of everyone to …" (3 failed from this address in the last hour); one entry a minute an address',
    );
  });
});

describe("throttling", () => {
  it("slows an account from one address with growing delays: never a lock, and the same for unknown emails", async () => {
    const run = async (who: string, address: string, start: number) => {
      const results = [];
      // Seven failures a tenth of a second apart: the first five go through, then waits of 1 s, 2 s …
      for (let i = 0; i < 7; i++) results.push(await attempt(who, "wrong", address, start + i / 600));
      return results.map((r) => (r.ok ? "ok" : r.code === "throttled" ? `wait ${r.waitSeconds}s` : r.code));
    };
    const known = await run(email, "10.1.0.1", 10);
    const unknown = await run("no.such.person@council.example", "10.1.0.2", 10);
    expect(known).toEqual(["invalid", "invalid", "invalid", "invalid", "invalid", "wait 1s", "wait 1s"]);
    expect(unknown).toEqual(known);
    // After the wait the attempt is checked again; the right password then works.
    expect(await attempt(email, password, "10.1.0.1", 10 + 2 / 60)).toEqual({ ok: true, userId });
    const throttled = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.throttled"));
    // one entry a minute for each of the two addresses
    expect(throttled.map((e) => e.entityId).sort()).toEqual(["10.1.0.1", "10.1.0.2"]);
    expect(throttled[0].summary).toMatch(/^Sign-in from 10\.1\.0\.\d for "[^"]+" held back 1s \(accountAddress\); one entry a minute an address$/);
  });

  it("caps what a stranger elsewhere can impose at a minute, and never on an address the owner signed in from", async () => {
    // A stranger tries the owner's account from many addresses, each time as soon as allowed.
    let t = 20;
    let failures = 0;
    const waits: number[] = [];
    for (let i = 0; failures < 20; i++) {
      const r = await attempt(email, `guess-${i}`, `198.51.100.${i % 250}`, t);
      if (!r.ok && r.code === "throttled") {
        waits.push(r.waitSeconds);
        t += r.waitSeconds / 60;
      } else {
        failures++;
        t += 0.1 / 60;
      }
    }
    // The delays grew, and never past a minute.
    expect(Math.max(...waits)).toBe(60);
    const fromNewPlace = await attempt(email, password, "203.0.113.9", t);
    expect(fromNewPlace).toMatchObject({ ok: false, code: "throttled", rule: "account" });
    // The owner's usual address (a success in the last 30 days) is not held back at all.
    expect(await attempt(email, password, "10.0.0.1", t)).toEqual({ ok: true, userId });
    // And a minute later the new place works too.
    expect(await attempt(email, password, "203.0.113.9", t + 1.01)).toEqual({ ok: true, userId });
  });

  it("slows one address trying many emails", async () => {
    for (let i = 0; i < 20; i++) await attempt(`spray${i}@council.example`, "Winter2026!", "192.0.2.7", 60 + i / 6000);
    expect(await attempt("another@council.example", "Winter2026!", "192.0.2.7", 60.01)).toMatchObject({ code: "throttled", rule: "address" });
    // Nobody else is affected.
    expect(await attempt(email, password, "10.0.0.1", 60.01)).toEqual({ ok: true, userId });
  });

  it("takes the connection's address, not what a client writes in X-Forwarded-For (no trusted proxies by default)", () => {
    expect(clientAddress(new Headers({ "x-lantern-peer": "203.0.113.9", "x-forwarded-for": "1.2.3.4, 10.50.0.7" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.50.0.7", "x-real-ip": "10.0.0.5" }))).toBe("unknown");
  });
});

describe("sessions", () => {
  const token = (claims: object) => ({ ...claims }) as Record<string, unknown>;

  it("stay on while used, and end after 30 idle minutes", async () => {
    const now = new Date();
    const claims = await startSession({ db: handle.db, userId, now });
    expect(await checkSession({ db: handle.db, token: token(claims), now: new Date(now.getTime() + 20 * 60_000) })).toMatchObject({ ok: true });
    // 20 minutes later again: the request at minute 20 counted as activity.
    expect(await checkSession({ db: handle.db, token: token(claims), now: new Date(now.getTime() + 40 * 60_000) })).toMatchObject({ ok: true });
    expect(await checkSession({ db: handle.db, token: token(claims), now: new Date(now.getTime() + 71 * 60_000) })).toMatchObject({ ok: false, reason: "idle" });
  });

  it("end 12 hours after sign-in however busy", async () => {
    const now = new Date();
    const claims = await startSession({ db: handle.db, userId, now });
    for (let m = 20; m < 12 * 60; m += 20) {
      expect((await checkSession({ db: handle.db, token: token(claims), now: new Date(now.getTime() + m * 60_000) })).ok).toBe(true);
    }
    expect(await checkSession({ db: handle.db, token: token(claims), now: new Date(now.getTime() + 12 * 60 * 60_000) })).toMatchObject({ ok: false, reason: "expired" });
  });

  it("all end at once on sign-out, a new password, deactivation or a change of roles", async () => {
    const ends = async (change: () => Promise<unknown>) => {
      const a = await startSession({ db: handle.db, userId });
      const b = await startSession({ db: handle.db, userId });
      expect((await checkSession({ db: handle.db, token: token(a) })).ok).toBe(true);
      await change();
      expect(await checkSession({ db: handle.db, token: token(a) })).toMatchObject({ ok: false });
      expect(await checkSession({ db: handle.db, token: token(b) })).toMatchObject({ ok: false });
    };
    await ends(() => endAllSessions({ db: handle.db, userId, why: "sign_out" }));
    await ends(() => createOrUpdateUser({ db: handle.db, input: { email, name: "Pat Reporter", roles: ["reporter"], password: "a brand new password" } }));
    await ends(() => createOrUpdateUser({ db: handle.db, input: { email, name: "Pat Reporter", roles: ["admin"], password: "a brand new password" }, passwordHash: undefined }));
    await ends(() => handle.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, userId)));
    expect(await handle.db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.sign_out"), like(auditEvents.entityId, userId)))).toHaveLength(1);
  });

  it("refuse a token without the claims this version writes, or for another person's session", async () => {
    const { id: otherId } = await createOrUpdateUser({ db: handle.db, input: { email: "other@council.example", name: "Other", roles: ["board_member"], password } });
    const mine = await startSession({ db: handle.db, userId: otherId });
    expect(await checkSession({ db: handle.db, token: { uid: otherId } })).toMatchObject({ ok: false, reason: "malformed" });
    expect(await checkSession({ db: handle.db, token: token({ ...mine, uid: userId }) })).toMatchObject({ ok: false });
    expect((await checkSession({ db: handle.db, token: token(mine) })).ok).toBe(true);
  });
});

describe("loadSessionUser", () => {
  it("gives every role and service scope a person holds", async () => {
    const { id } = await createOrUpdateUser({ db: handle.db, input: { email: "sam@council.example", name: "Sam", roles: ["reporter", "manager"], services: ["cp"], password } });
    const user = await loadSessionUser({ db: handle.db, userId: id });
    expect(user).toMatchObject({ email: "sam@council.example", name: "Sam", managerOf: ["cp"], reporterOf: ["cp"] });
    expect(user?.roles.sort()).toEqual(["manager", "reporter"]);
  });
});

describe("signedInPerson (what every page reads about its session, in one query)", () => {
  it("agrees with checkSession at every step, and gives the person with their unread notifications", async () => {
    const { id } = await createOrUpdateUser({ db: handle.db, input: { email: "kim@council.example", name: "Kim", roles: ["manager"], services: ["lac"], password } });
    await handle.db.insert(notifications).values([
      { userId: id, kind: "test", message: "one" },
      { userId: id, kind: "test", message: "two" },
      { userId: id, kind: "test", message: "read", readAt: new Date() },
    ]);
    const now = new Date();
    const claims = await startSession({ db: handle.db, userId: id, now });
    const token = { ...claims } as Record<string, unknown>;
    const both = async (minutes: number) => {
      const when = new Date(now.getTime() + minutes * 60_000);
      const person = await signedInPerson({ db: handle.db, token, now: when });
      const verdict = await checkSession({ db: handle.db, token, now: when });
      expect(person !== null, `minute ${minutes}`).toBe(verdict.ok);
      return person;
    };
    expect(await both(20)).toEqual({
      user: expect.objectContaining({ id, name: "Kim", roles: ["manager"], managerOf: ["lac"] }),
      unread: 2,
      settings: await authoritySettings({ db: handle.db }),
      dataVersion: await currentDataVersion(handle.db),
    });
    // the data version is read with the person, so a page need not read it again: a change moves it on
    await handle.db.transaction((tx) => bumpDataVersion(tx));
    expect((await both(21))?.dataVersion).toBe(await currentDataVersion(handle.db));
    // the request at minute 20 counted as activity: minute 45 is within 30 idle minutes of it
    expect(await signedInPerson({ db: handle.db, token, now: new Date(now.getTime() + 45 * 60_000) })).not.toBeNull();
    expect(await both(80)).toBeNull(); // idle
  });

  it("gives nobody for an ended, disabled, malformed or borrowed session", async () => {
    const { id } = await createOrUpdateUser({ db: handle.db, input: { email: "lee@council.example", name: "Lee", roles: ["reporter"], services: ["cp"], password } });
    const claims = await startSession({ db: handle.db, userId: id });
    expect(await signedInPerson({ db: handle.db, token: { ...claims } })).not.toBeNull();
    expect(await signedInPerson({ db: handle.db, token: { uid: id } })).toBeNull();
    expect(await signedInPerson({ db: handle.db, token: { ...claims, uid: userId } })).toBeNull();
    expect(await signedInPerson({ db: handle.db, token: { ...claims, sv: claims.sv + 1 } })).toBeNull();
    await handle.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, id));
    expect(await signedInPerson({ db: handle.db, token: { ...claims } })).toBeNull();
    await handle.db.update(users).set({ disabledAt: null }).where(eq(users.id, id));
    await endAllSessions({ db: handle.db, userId: id, why: "sign_out" });
    expect(await signedInPerson({ db: handle.db, token: { ...claims } })).toBeNull();
  });
});
