// Loads the demo dataset into a test database through the real import path.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { ActionContext } from "@/lib/actions/define-action";
import type { SessionUser } from "@/lib/auth/roles";
import { createFakeTransport } from "@/lib/notify/fake";
import { loadSessionUser } from "@/lib/queries/users";
import { seedDemo, type DemoSeedResult } from "@/lib/seed/demo";
import { withTestDb } from "./db";

export async function loadDemo(db: Db) {
  return seedDemo({ db, password: "test-password-123" });
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
    const seeded = await loadDemo(db);
    if (seeded.snapshotId === null) throw new Error("the demo was already loaded: no paper was published");
    Object.assign(demo, seeded);
    for (const name of who) people[name] = await sessionUserByEmail(db, `${name}@lantern.example`);
  });
  /** the action context of a named demo person, with the fake mailer */
  const ctx = (name: string): ActionContext => ({ db: handle.db, actor: people[name], mailer });
  return { handle, people, demo, mailer, ctx };
}
