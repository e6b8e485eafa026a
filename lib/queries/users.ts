import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { boardMembers, indicators, userRoles, userServiceScopes, users } from "@/db/schema";
import type { Role, SessionUser } from "@/lib/auth/roles";

/** The signed-in person with everything the policy needs, in four small queries. */
export async function loadSessionUser({ db, userId }: { db: Db; userId: string }): Promise<SessionUser | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt) return null;
  const [roles, scopes, reports, memberships] = await Promise.all([
    db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId)),
    db.select().from(userServiceScopes).where(eq(userServiceScopes.userId, userId)),
    db.select({ id: indicators.id }).from(indicators).where(eq(indicators.reporterId, userId)),
    db.select({ boardId: boardMembers.boardId }).from(boardMembers).where(eq(boardMembers.userId, userId)),
  ]);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: roles.map((r) => r.role as Role),
    managerOf: scopes.filter((s) => s.role === "manager").map((s) => s.serviceKey),
    reporterOf: scopes.filter((s) => s.role === "reporter").map((s) => s.serviceKey),
    reportsOnIndicatorIds: reports.map((r) => r.id),
    boardIds: memberships.map((m) => m.boardId),
  };
}

export async function findUserByEmail({ db, email }: { db: Db; email: string }) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return user ?? null;
}

export async function usersByEmails({ db, emails }: { db: Db; emails: string[] }) {
  if (emails.length === 0) return [];
  const lowered = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, lowered));
}

