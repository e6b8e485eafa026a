// The last active admin cannot be lost to two changes at once: one admin
// deactivating a second while the second takes the first's admin role away.
// On PostgreSQL (real concurrency), 100 rounds: exactly one of the two
// succeeds every time; on the embedded database (one connection) once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { SERVICE_KEYS } from "@/db/reference";
import { userRoles, users } from "@/db/schema";
import { changeAccess } from "@/lib/actions/people/core";
import { deactivatePerson } from "@/lib/actions/people/status";
import { createFakeTransport } from "@/lib/notify/fake";
import { loadSessionUser } from "@/lib/queries/users";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { createTestDb, TEST_DB_KIND } from "../support/db";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle?.close());

const ROUNDS = TEST_DB_KIND === "postgres" ? 100 : 1;

async function twoAdmins(round: number) {
  // the admins of earlier rounds step down, so these two are the only ones
  await handle.db.delete(userRoles).where(eq(userRoles.role, "admin"));
  const make = async (n: number) => {
    const { id } = await createOrUpdateUser({ db: handle.db, input: { email: `admin${n}.r${round}@council.example`, name: `Admin ${n} (${round})`, roles: ["admin"], password: "a-long-password-1" } });
    return (await loadSessionUser({ db: handle.db, userId: id }))!;
  };
  return [await make(1), await make(2)] as const;
}

describe("the last active admin", () => {
  it(`survives ${ROUNDS} rounds of both changes at once: exactly one succeeds`, async () => {
    const mailer = createFakeTransport();
    for (let round = 0; round < ROUNDS; round++) {
      const [one, two] = await twoAdmins(round);
      const [deactivated, demoted] = await Promise.all([
        deactivatePerson({ db: handle.db, actor: one, mailer }, { userId: two.id }),
        changeAccess({ db: handle.db, actor: two, mailer }, { userId: one.id, roles: ["manager"], managerOf: [SERVICE_KEYS[0]], reporterOf: [] }),
      ]);
      expect([deactivated.ok, demoted.ok].filter(Boolean), `round ${round}: ${JSON.stringify([deactivated, demoted])}`).toHaveLength(1);
      const refused = deactivated.ok ? demoted : deactivated;
      expect(refused).toMatchObject({ ok: false, code: "invalid_state", message: expect.stringMatching(/is the last active admin, so you cannot/) });
      const [{ admins }] = await handle.db
        .select({ admins: sql<number>`count(*)::int` })
        .from(users)
        .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "admin")))
        .where(isNull(users.disabledAt));
      expect(Number(admins)).toBe(1);
    }
  }, 300_000);
});
