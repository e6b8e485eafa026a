import "server-only";
// Who hears of a change: the people an action's notifications go to. One
// function per group, so every action that tells "the managers" tells the
// same people. (writeNotifications also skips disabled accounts and the
// person acting.)
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicators, userRoles, userServiceScopes, users } from "@/db/schema";

/**
 * The managers of a service area — people who hold the manager role and a
 * manager scope for it, and whose account is not disabled — and the
 * indicator's accountable owner, when there is one.
 */
export async function managersOf({ db, serviceKey, ownerId = null }: { db: Executor; serviceKey: string; ownerId?: string | null }): Promise<string[]> {
  const rows = await db
    .select({ id: userServiceScopes.userId })
    .from(userServiceScopes)
    .innerJoin(userRoles, and(eq(userRoles.userId, userServiceScopes.userId), eq(userRoles.role, "manager")))
    .innerJoin(users, and(eq(users.id, userServiceScopes.userId), isNull(users.disabledAt)))
    .where(and(eq(userServiceScopes.role, "manager"), eq(userServiceScopes.serviceKey, serviceKey)));
  return [...rows.map((r) => r.id), ...(ownerId ? [ownerId] : [])];
}

/** Reporters of a service area: the named reporters of its indicators and people with a reporter scope for it. */
export async function reportersOf({ db, serviceKey }: { db: Executor; serviceKey: string }): Promise<string[]> {
  const [named, scoped] = await Promise.all([
    db.select({ id: indicators.reporterId }).from(indicators).where(eq(indicators.serviceKey, serviceKey)),
    db
      .select({ id: userServiceScopes.userId })
      .from(userServiceScopes)
      .where(and(eq(userServiceScopes.role, "reporter"), eq(userServiceScopes.serviceKey, serviceKey))),
  ]);
  return [...named, ...scoped].map((r) => r.id).filter((id): id is string => !!id);
}
