import "server-only";
import { isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { serviceAreas, userRoles, userServiceScopes, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit/append";
import { hashPassword } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/roles";
import { bumpDataVersion } from "@/lib/data-version";

const createUserSchema = z
  .object({
    email: z.email({ error: "email: enter a valid email address" }).transform((e) => e.trim().toLowerCase()),
    name: z.string().trim().min(1, { error: "name: enter the person's name" }).max(200),
    roles: z.array(z.enum(ROLES, { error: `role: must be one of ${ROLES.join(", ")}` })).min(1, { error: "role: give at least one role" }),
    // checked against the service areas in use when written (below)
    services: z.array(z.string().min(1, { error: "service: give a service area key" })).default([]),
    password: z.string().min(12, { error: "password: use at least 12 characters" }).max(1024),
    isDemo: z.boolean().default(false),
  })
  .refine((u) => u.services.length === 0 || u.roles.some((r) => r === "manager" || r === "reporter"), {
    error: "service: service areas apply only to managers and reporters",
  });

export type CreateUserInput = z.input<typeof createUserSchema>;

/**
 * Creates a person, or updates the one with that email: name, password, and
 * adds the roles and service scopes given (never removes any). One transaction.
 */
export async function createOrUpdateUser({
  db,
  input,
  actorId = null,
  passwordHash,
}: {
  db: Db;
  input: CreateUserInput;
  actorId?: string | null;
  /** a precomputed hash (the demo seed hashes its shared password once) */
  passwordHash?: string;
}): Promise<{ id: string; created: boolean }> {
  const data = createUserSchema.parse(input);
  const hash = passwordHash ?? (await hashPassword(data.password));
  return db.transaction(async (tx) => {
    if (data.services.length > 0) {
      const active = (await tx.select({ key: serviceAreas.key }).from(serviceAreas).where(isNull(serviceAreas.retiredAt))).map((a) => a.key);
      const unknown = data.services.find((s) => !active.includes(s));
      if (unknown) throw new Error(`service: "${unknown}" is not a service area in use; use one of ${active.join(", ")}`);
    }
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${data.email}`);
    let id: string;
    if (existing) {
      id = existing.id;
      await tx
        .update(users)
        .set({ name: data.name, passwordHash: hash, isDemo: data.isDemo })
        .where(sql`${users.id} = ${id}`);
    } else {
      [{ id }] = await tx
        .insert(users)
        .values({ email: data.email, name: data.name, passwordHash: hash, isDemo: data.isDemo })
        .returning({ id: users.id });
    }
    await tx
      .insert(userRoles)
      .values(data.roles.map((role) => ({ userId: id, role })))
      .onConflictDoNothing();
    const scoped = data.roles.filter((r) => r === "manager" || r === "reporter");
    const scopes = scoped.flatMap((role) => data.services.map((serviceKey) => ({ userId: id, role, serviceKey })));
    if (scopes.length > 0) await tx.insert(userServiceScopes).values(scopes).onConflictDoNothing();
    await appendAudit(tx, [
      {
        actorId,
        action: existing ? "user.update" : "user.create",
        entityType: "user",
        entityId: id,
        summary: `${existing ? "Updated" : "Created"} ${data.email} (${data.roles.join(", ")}${data.services.length ? ` for ${data.services.join(", ")}` : ""})`,
        after: { email: data.email, name: data.name, roles: data.roles, services: data.services },
      },
    ]);
    await bumpDataVersion(tx); // scorecards show owners' and reporters' names (lib/data-version.ts)
    return { id, created: !existing };
  });
}
