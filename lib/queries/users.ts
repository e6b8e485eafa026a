import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { boardMembers, indicators, userRoles, userServiceScopes, users } from "@/db/schema";
import type { Role, SessionUser } from "@/lib/auth/roles";

/**
 * The signed-in person with everything the policy needs. Every request reads
 * it, so it is one query: roles, scopes, indicators and boards come back as
 * arrays from correlated subqueries (which name "users"."id" in full:
 * Drizzle writes a lone column unqualified in a one-table select).
 */
export async function loadSessionUser({ db, userId }: { db: Executor; userId: string }): Promise<SessionUser | null> {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      disabledAt: users.disabledAt,
      roles: sql<Role[]>`coalesce((select array_agg(r.role::text order by r.role) from ${userRoles} r where r.user_id = "users"."id"), '{}')`,
      managerOf: sql<string[]>`coalesce((select array_agg(s.service_key order by s.service_key) from ${userServiceScopes} s where s.user_id = "users"."id" and s.role = 'manager'), '{}')`,
      reporterOf: sql<string[]>`coalesce((select array_agg(s.service_key order by s.service_key) from ${userServiceScopes} s where s.user_id = "users"."id" and s.role = 'reporter'), '{}')`,
      reportsOn: sql<number[]>`coalesce((select array_agg(i.id order by i.id) from ${indicators} i where i.reporter_id = "users"."id"), '{}')`,
      boardIds: sql<number[]>`coalesce((select array_agg(b.board_id order by b.board_id) from ${boardMembers} b where b.user_id = "users"."id"), '{}')`,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.disabledAt) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: asArray(user.roles) as Role[],
    managerOf: asArray(user.managerOf),
    reporterOf: asArray(user.reporterOf),
    reportsOnIndicatorIds: asArray(user.reportsOn).map(Number),
    boardIds: asArray(user.boardIds).map(Number),
  };
}

/** Both drivers parse PostgreSQL arrays; this only guards against a missing value. */
function asArray(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

export async function findUserByEmail({ db, email }: { db: Executor; email: string }) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return user ?? null;
}


