// Changing one's own password asks for the current one, and that check is
// sign-in's: throttled with growing delays and audited, so a stolen session
// cannot guess its way to the account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { changeOwnPassword, renameSelf } from "@/lib/actions/profile/core";
import { verifyPassword } from "@/lib/auth/passwords";
import type { SessionUser } from "@/lib/auth/roles";
import { createFakeTransport } from "@/lib/notify/fake";
import { loadSessionUser } from "@/lib/queries/users";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { createTestDb } from "../support/db";

let handle: DbHandle;
let me: SessionUser;
const password = "the-right-password-1";

beforeAll(async () => {
  handle = await createTestDb();
  const { id } = await createOrUpdateUser({ db: handle.db, input: { email: "sam.reporter@council.example", name: "Sam", roles: ["reporter"], password } });
  me = (await loadSessionUser({ db: handle.db, userId: id }))!;
});
afterAll(() => handle?.close());

const change = (current: string) =>
  changeOwnPassword({ db: handle.db, actor: me, mailer: createFakeTransport() }, { current, password: "a-brand-new-password-2", confirm: "a-brand-new-password-2", address: "192.0.2.10" });

describe("the current password when changing it", () => {
  it("is throttled after five wrong guesses, even when the sixth is right, and each wrong guess is audited as the person", async () => {
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await change(`guess-${i}`));
    expect(results.slice(0, 5).map((r) => !r.ok && r.code)).toEqual(Array(5).fill("invalid"));
    expect(results[0]).toMatchObject({ ok: false, message: "Your current password is not right.", fieldErrors: { current: "Your current password is not right." } });
    expect(results.slice(5).map((r) => !r.ok && r.code)).toEqual(["throttled", "throttled"]);
    expect(results[5]).toMatchObject({ ok: false, message: "Too many wrong passwords. Wait 1 second, then try again." });

    // the right password straight away is held back too: nothing changes
    expect(await change(password)).toMatchObject({ ok: false, code: "throttled" });
    const [row] = await handle.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, me.id));
    expect(await verifyPassword(row.hash!, password)).toBe(true);

    const failed = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.reauth_failed"), eq(auditEvents.actorId, me.id)));
    expect(failed).toHaveLength(5);
    expect(failed[0].summary).toBe("Wrong current password (changing their password) from 192.0.2.10");
    const held = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.throttled"), eq(auditEvents.actorId, me.id)));
    expect(held.length).toBeGreaterThanOrEqual(3);
  });
});

describe("a NUL character in any field of any action", () => {
  it("is refused with a field error, before the database sees it", async () => {
    const result = await renameSelf({ db: handle.db, actor: me, mailer: createFakeTransport() }, { name: "Sam\u0000Smith" });
    expect(result).toEqual({
      ok: false,
      code: "invalid",
      message: "Remove the invisible NUL character (U+0000) from this text: it cannot be stored.",
      fieldErrors: { name: "Remove the invisible NUL character (U+0000) from this text: it cannot be stored." },
    });
    const [row] = await handle.db.select({ name: users.name }).from(users).where(eq(users.id, me.id));
    expect(row.name).toBe("Sam");
  });
});
