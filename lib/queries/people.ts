import "server-only";
// The admin console's people: everyone with their roles and service areas,
// filtered and searched in one query; one person's page.
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { boardMembers, boards, passwordLinks, userRoles, userServiceScopes, userSessions, users } from "@/db/schema";
import type { Role } from "@/lib/auth/roles";

/** Who a person is and what they may do: their roles and the service areas they manage or report on. */
export const personColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  disabledAt: users.disabledAt,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`,
  roles: sql<Role[]>`coalesce((select array_agg(r.role::text order by r.role) from ${userRoles} r where r.user_id = "users"."id"), '{}')`,
  managerOf: sql<string[]>`coalesce((select array_agg(s.service_key order by s.service_key) from ${userServiceScopes} s where s.user_id = "users"."id" and s.role = 'manager'), '{}')`,
  reporterOf: sql<string[]>`coalesce((select array_agg(s.service_key order by s.service_key) from ${userServiceScopes} s where s.user_id = "users"."id" and s.role = 'reporter'), '{}')`,
};

export type PersonStatus = "active" | "invited" | "deactivated";

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  managerOf: string[];
  reporterOf: string[];
  boards: string[];
  status: PersonStatus;
  /** an invitation or reset link still waiting to be used, and until when */
  linkExpiresAt: Date | null;
  lastSeenAt: Date | null;
}

export interface PeopleFilters {
  q?: string;
  role?: string;
  service?: string;
  status?: string;
}

export async function peopleFor({ db, filters = {}, userId }: { db: Executor; filters?: PeopleFilters; userId?: string }): Promise<PersonRow[]> {
  const where: SQL[] = [];
  if (userId) where.push(eq(users.id, userId));
  const q = filters.q?.trim().toLowerCase();
  if (q) where.push(sql`(lower(${users.name}) like ${`%${escapeLike(q)}%`} or lower(${users.email}) like ${`%${escapeLike(q)}%`})`);
  if (filters.role) where.push(sql`exists (select 1 from ${userRoles} r where r.user_id = "users"."id" and r.role::text = ${filters.role})`);
  if (filters.service) where.push(sql`exists (select 1 from ${userServiceScopes} s where s.user_id = "users"."id" and s.service_key = ${filters.service})`);
  if (filters.status === "deactivated") where.push(sql`${users.disabledAt} is not null`);
  if (filters.status === "active") where.push(sql`${users.disabledAt} is null`);
  if (filters.status === "invited") where.push(sql`${users.disabledAt} is null and ${users.passwordHash} is null and exists (select 1 from ${passwordLinks} l where l.user_id = "users"."id" and l.used_at is null)`);
  const rows = await db
    .select({
      ...personColumns,
      boards: sql<string[]>`coalesce((select array_agg(b.name order by b.name) from ${boardMembers} m join ${boards} b on b.id = m.board_id where m.user_id = "users"."id"), '{}')`,
      linkExpiresAt: sql<string | null>`(select max(l.expires_at) from ${passwordLinks} l where l.user_id = "users"."id" and l.used_at is null and l.expires_at > now())`,
      lastSeenAt: sql<string | null>`(select max(s.last_seen_at) from ${userSessions} s where s.user_id = "users"."id")`,
    })
    .from(users)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(sql`lower(${users.name})`));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    roles: [...r.roles],
    managerOf: [...r.managerOf],
    reporterOf: [...r.reporterOf],
    boards: [...r.boards],
    status: r.disabledAt ? "deactivated" : !r.hasPassword && r.linkExpiresAt ? "invited" : "active",
    linkExpiresAt: r.linkExpiresAt ? new Date(r.linkExpiresAt) : null,
    lastSeenAt: r.lastSeenAt ? new Date(r.lastSeenAt) : null,
  }));
}

export async function personFor({ db, id }: { db: Executor; id: string }): Promise<PersonRow | null> {
  const [row] = await peopleFor({ db, userId: id });
  return row ?? null;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
