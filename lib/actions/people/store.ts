import { requireServiceAreas } from "../service-areas/check";
import "server-only";
// Database steps the people actions share: a person's access as stored,
// writing a new set of roles and service areas, and the last-admin guard.
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { userRoles, userServiceScopes, users } from "@/db/schema";
import type { Role } from "@/lib/auth/roles";
import { personColumns } from "@/lib/queries/people";
import { ActionRefusal } from "../result";

export interface Access {
  roles: Role[];
  managerOf: string[];
  reporterOf: string[];
}

export interface StoredPerson extends Access {
  id: string;
  email: string;
  name: string;
  disabledAt: Date | null;
  hasPassword: boolean;
}

export async function storedPerson(db: Executor, userId: string): Promise<StoredPerson | null> {
  const [row] = await db
    .select(personColumns)
    .from(users)
    .where(eq(users.id, userId));
  if (!row) return null;
  return { ...row, disabledAt: row.disabledAt ? new Date(row.disabledAt) : null, roles: [...row.roles], managerOf: [...row.managerOf], reporterOf: [...row.reporterOf] };
}

/** Replaces the person's roles and service areas with these, touching only the rows that change. */
export async function writeAccess(tx: Executor, userId: string, before: Access, after: Access): Promise<void> {
  const gone = before.roles.filter((r) => !after.roles.includes(r));
  const added = after.roles.filter((r) => !before.roles.includes(r));
  for (const role of gone) await tx.delete(userRoles).where(and(eq(userRoles.userId, userId), eq(userRoles.role, role)));
  if (added.length) await tx.insert(userRoles).values(added.map((role) => ({ userId, role }))).onConflictDoNothing();
  for (const role of ["manager", "reporter"] as const) {
    const was = role === "manager" ? before.managerOf : before.reporterOf;
    const now = role === "manager" ? after.managerOf : after.reporterOf;
    for (const key of was.filter((k) => !now.includes(k))) {
      await tx.delete(userServiceScopes).where(and(eq(userServiceScopes.userId, userId), eq(userServiceScopes.role, role), eq(userServiceScopes.serviceKey, key)));
    }
    const fresh = now.filter((k) => !was.includes(k));
    // a new scope is for an area in use (one kept from before may be a retired area's)
    await requireServiceAreas(tx, fresh, { field: role === "manager" ? "managerOf" : "reporterOf" });
    if (fresh.length) await tx.insert(userServiceScopes).values(fresh.map((serviceKey) => ({ userId, role, serviceKey }))).onConflictDoNothing();
  }
}

/**
 * Refuses a change that would leave Lantern with no active admin. The other
 * active admins' rows are locked first, so two admins removing each other at
 * once cannot both succeed.
 */
export async function keepAnAdmin(tx: Executor, person: StoredPerson, field: string, doing: string): Promise<void> {
  if (!person.roles.includes("admin") || person.disabledAt) return;
  // Every write that can take an admin away takes this one lock first, so two
  // at once (one admin deactivating a second while the second removes the
  // first's role) run one after the other, and the second sees the first's
  // change: locking the remaining admins' rows alone let both through.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('lantern.last-admin'))`);
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "admin")))
    .where(and(isNull(users.disabledAt), ne(users.id, person.id)))
    .for("update", { of: users });
  if (others.length === 0) {
    throw new ActionRefusal("invalid_state", `${person.name} is the last active admin, so you cannot ${doing}. Give someone else the admin role first.`, undefined, field);
  }
}

/** "admin, manager (cp, lac)" — how a person's access reads in the audit trail. */
export function accessText(a: Access): string {
  return a.roles
    .map((r) => (r === "manager" && a.managerOf.length ? `manager (${a.managerOf.join(", ")})` : r === "reporter" && a.reporterOf.length ? `reporter (${a.reporterOf.join(", ")})` : r))
    .join(", ") || "no roles";
}
