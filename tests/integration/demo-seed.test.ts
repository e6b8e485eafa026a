// The demo is loaded once: a later start (which seeds again) leaves the
// accounts as people left them, on both databases.
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditEvents, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { seedDemo } from "@/lib/seed/demo";
import { withTestDb } from "../support/db";
import { loadDemo } from "../support/demo";

const handle = withTestDb(loadDemo);

describe("seeding the demo again", () => {
  it("keeps a changed demo password, the demo flag and every account's row as they were", async () => {
    const { db } = handle;
    const email = "manager@lantern.example";
    await db.update(users).set({ passwordHash: await hashPassword("changed-by-the-manager"), isDemo: false }).where(eq(users.email, email));
    const before = await db.select().from(users).orderBy(users.email);
    const [{ audits }] = await db.select({ audits: sql<number>`count(*)::int` }).from(auditEvents);

    const again = await seedDemo({ db, password: "test-password-123" });

    expect(again.loaded).toBe(false);
    expect(again.accounts.map((a) => a.email)).toContain(email);
    const after = await db.select().from(users).orderBy(users.email);
    expect(after).toEqual(before);
    const [manager] = after.filter((u) => u.email === email);
    expect(await verifyPassword(manager.passwordHash!, "changed-by-the-manager")).toBe(true);
    const [{ audits: auditsAfter }] = await db.select({ audits: sql<number>`count(*)::int` }).from(auditEvents);
    expect(auditsAfter).toBe(audits);
  });
});
