import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { boardMembers, dataVersion, indicators, notifications, userRoles, userServiceScopes, userSessions, users } from "@/db/schema";
import type { Role, SessionUser } from "@/lib/auth/roles";
import type { StoredSession } from "@/lib/auth/session-rules";
import { effectiveSettings, type EffectiveSettings } from "@/lib/settings";
import { authoritySettingsColumn } from "./authority";

/**
 * The signed-in person with everything the policy needs. Every request reads
 * it, so it is one query: roles, scopes, indicators and boards come back as
 * arrays from correlated subqueries (which name "users"."id" in full:
 * Drizzle writes a lone column unqualified in a one-table select).
 */
/** What the policy needs about a person, as columns of a select on `users` (one query: see above). */
const personColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  disabledAt: users.disabledAt,
  roles: sql<Role[]>`coalesce((select array_agg(r.role::text order by r.role) from ${userRoles} r where r.user_id = "users"."id"), '{}')`,
  managerOf: sql<string[]>`coalesce((select array_agg(s.service_key order by s.service_key) from ${userServiceScopes} s where s.user_id = "users"."id" and s.role = 'manager'), '{}')`,
  reporterOf: sql<string[]>`coalesce((select array_agg(s.service_key order by s.service_key) from ${userServiceScopes} s where s.user_id = "users"."id" and s.role = 'reporter'), '{}')`,
  reportsOn: sql<number[]>`coalesce((select array_agg(i.id order by i.id) from ${indicators} i where i.reporter_id = "users"."id"), '{}')`,
  boardIds: sql<number[]>`coalesce((select array_agg(b.board_id order by b.board_id) from ${boardMembers} b where b.user_id = "users"."id"), '{}')`,
};

function sessionUserOf(user: { id: string; email: string; name: string; roles: unknown; managerOf: unknown; reporterOf: unknown; reportsOn: unknown; boardIds: unknown }): SessionUser {
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

export async function loadSessionUser({ db, userId }: { db: Executor; userId: string }): Promise<SessionUser | null> {
  const [user] = await db.select(personColumns).from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt) return null;
  return sessionUserOf(user);
}

/**
 * Everything a signed-in request needs, in the one query every page runs: the
 * token's session as stored (to check it has not ended), the person as the
 * policy sees them, their unread notifications and the authority's settings
 * (the header and footer show them). Null when there is no such person.
 */
export async function loadSignedInPerson({ db, userId, sessionId }: { db: Executor; userId: string; sessionId: string }): Promise<{
  stored: StoredSession;
  user: SessionUser;
  unread: number;
  settings: EffectiveSettings;
  dataVersion: number;
} | null> {
  const [row] = await db
    .select({
      ...personColumns,
      sv: users.sessionVersion,
      startedAt: userSessions.startedAt,
      lastSeenAt: userSessions.lastSeenAt,
      unread: sql<number>`(select count(*) from ${notifications} n where n.user_id = "users"."id" and n.read_at is null)`,
      settings: authoritySettingsColumn,
      // read here so that a page need not ask for it again (lib/auth/session.ts requestDataVersion)
      dataVersion: sql<number | null>`(select ${dataVersion.version} from ${dataVersion} where ${dataVersion.id} = 1)`,
    })
    .from(users)
    .leftJoin(userSessions, and(eq(userSessions.id, sessionId), eq(userSessions.userId, users.id)))
    .where(eq(users.id, userId));
  if (!row) return null;
  return {
    stored: {
      sessionVersion: row.sv,
      disabled: row.disabledAt !== null,
      startedAt: row.startedAt ? new Date(row.startedAt) : null,
      lastSeenAt: row.lastSeenAt ? new Date(row.lastSeenAt) : null,
    },
    user: sessionUserOf(row),
    unread: Number(row.unread ?? 0),
    settings: effectiveSettings(row.settings),
    dataVersion: Number(row.dataVersion ?? 0),
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


