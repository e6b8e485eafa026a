// The demo dataset in a test database: loaded through the real import path
// (loadDemo, for the tests of loading itself), or copied from the database
// global-setup loaded it into once (createDemoDb, withDemoDb: every other file).
import { eq } from "drizzle-orm";
import { inject } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { ActionContext } from "@/lib/actions/define-action";
import type { SessionUser } from "@/lib/auth/roles";
import { createFakeTransport } from "@/lib/notify/fake";
import { loadSessionUser } from "@/lib/queries/users";
import { seedDemo, type DemoSeedResult } from "@/lib/seed/demo";
import { createTestDb, withTestDb, type TestDb } from "./db";
import { TEST_DEMO_PASSWORD } from "./global-setup";

export async function loadDemo(db: Db) {
  return seedDemo({ db, password: TEST_DEMO_PASSWORD });
}

/** A new test database with the demo loaded (by global-setup, through the real import path; the file's own copy). */
export function createDemoDb(): Promise<TestDb> {
  return createTestDb("demo");
}

/** What loading the demo returned (its published paper among it), true of every copy of it. */
export function demoSeed(): DemoSeedResult & { snapshotId: number } {
  return inject("demoSeed");
}

/** The person with this email, as their session sees them. */
export async function sessionUserByEmail(db: Db, email: string): Promise<SessionUser> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no person ${email}`);
  return (await loadSessionUser({ db, userId: row.id }))!;
}

/**
 * The file's test database with the demo loaded (`demo`, with its published
 * paper), and the demo people named
 * in `who` ("admin" for admin@lantern.example, …) as their sessions see them.
 * Everything is filled in place before the file's tests run.
 */
export function withDemoDb(who: readonly string[] = []) {
  const people: Record<string, SessionUser> = {};
  const demo = {} as DemoSeedResult & { snapshotId: number };
  const mailer = createFakeTransport();
  const handle = withTestDb(async (db) => {
    Object.assign(demo, demoSeed());
    for (const name of who) people[name] = await sessionUserByEmail(db, `${name}@lantern.example`);
  }, "demo");
  /** the action context of a named demo person, with the fake mailer */
  const ctx = (name: string): ActionContext => ({ db: handle.db, actor: people[name], mailer });
  return { handle, people, demo, mailer, ctx };
}
