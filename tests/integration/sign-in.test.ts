// Password checks and lockout against a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { checkCredentials, LOCKOUT } from "@/lib/auth/credentials";
import { loadSessionUser } from "@/lib/queries/users";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { createTestDb } from "../support/db";

let handle: DbHandle;
let userId: string;
const password = "correct horse battery";

beforeAll(async () => {
  handle = await createTestDb();
  ({ id: userId } = await createOrUpdateUser({
    db: handle.db,
    input: { email: "Pat.Reporter@council.example", name: "Pat Reporter", roles: ["reporter", "manager"], services: ["cp"], password },
  }));
});
afterAll(() => handle?.close());

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, 0) + minutes * 60_000);

describe("checkCredentials", () => {
  it("accepts the right password (email in any case) and stores only an argon2id hash", async () => {
    const result = await checkCredentials({ db: handle.db, email: " pat.reporter@COUNCIL.example ", password, now: at(0) });
    expect(result).toEqual({ ok: true, userId });
    const [row] = await handle.db.select().from(users).where(eq(users.id, userId));
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(password);
  });

  it("refuses a wrong password or an unknown email the same way", async () => {
    expect(await checkCredentials({ db: handle.db, email: "pat.reporter@council.example", password: "nope", now: at(1) })).toEqual({ ok: false, code: "invalid" });
    expect(await checkCredentials({ db: handle.db, email: "nobody@council.example", password, now: at(1) })).toEqual({ ok: false, code: "invalid" });
  });

  it("locks the account after 10 failures in 15 minutes, for 15 minutes, even for the right password", async () => {
    // One failure already at minute 1; nine more make ten within the window.
    const results = [];
    for (let i = 0; i < LOCKOUT.maxFailures - 1; i++) {
      results.push(await checkCredentials({ db: handle.db, email: "pat.reporter@council.example", password: "wrong", now: at(2 + i / 10) }));
    }
    expect(results.slice(0, -1).every((r) => !r.ok && r.code === "invalid")).toBe(true);
    expect(results.at(-1)).toEqual({ ok: false, code: "locked" });
    expect(await checkCredentials({ db: handle.db, email: "pat.reporter@council.example", password, now: at(5) })).toEqual({ ok: false, code: "locked" });
    // The lock ends 15 minutes after the tenth failure (minute 2.8).
    expect(await checkCredentials({ db: handle.db, email: "pat.reporter@council.example", password, now: at(18) })).toEqual({ ok: true, userId });
  });

  it("does not lock for failures spread beyond the window", async () => {
    const { id } = await createOrUpdateUser({
      db: handle.db,
      input: { email: "slow@council.example", name: "Slow Typist", roles: ["board_member"], password },
    });
    for (let i = 0; i < 12; i++) {
      const r = await checkCredentials({ db: handle.db, email: "slow@council.example", password: "wrong", now: at(100 + i * 2) });
      expect(r).toEqual({ ok: false, code: "invalid" });
    }
    expect(await checkCredentials({ db: handle.db, email: "slow@council.example", password, now: at(125) })).toEqual({ ok: true, userId: id });
  });
});

describe("loadSessionUser", () => {
  it("gives every role and service scope a person holds", async () => {
    const user = await loadSessionUser({ db: handle.db, userId });
    expect(user).toMatchObject({ email: "pat.reporter@council.example", name: "Pat Reporter", managerOf: ["cp"], reporterOf: ["cp"] });
    expect(user?.roles.sort()).toEqual(["manager", "reporter"]);
  });
});
