import "server-only";
// People, kept by the admins (/admin/people): invite someone (a one-time
// "set your password" link by email), change their roles and service areas.
// Deactivating, reactivating and reset links are in ./status.ts.
import { sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { requireAuthority } from "@/lib/queries/authority";
import { authoritySettings } from "@/lib/queries/authority";
import { issuePasswordLink, passwordLinkUrl } from "@/lib/users/links";
import { linkEmail } from "@/lib/users/link-rules";
import { defineAction } from "../define-action";
import { ActionRefusal } from "../result";
import { accessFields, email, origin, personId, personName, scopeRules } from "./inputs";
import { accessText, keepAnAdmin, storedPerson, writeAccess } from "./store";
import { publicBaseUrl } from "@/lib/config/env";

export const invitePerson = defineAction({
  permission: "users.manage",
  input: z.object({ email, name: personName, origin, ...accessFields }).superRefine(scopeRules),
  load: async () => ({ resource: {}, loaded: null }),
  handler: async ({ tx, actor, input }) => {
    const [existing] = await tx.select({ id: users.id, name: users.name }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
    if (existing) {
      throw new ActionRefusal("invalid", `${existing.name} already has an account with ${input.email}: change their roles on their page instead.`, { id: existing.id }, "email");
    }
    const [{ id }] = await tx.insert(users).values({ email: input.email, name: input.name }).returning({ id: users.id });
    const access = { roles: input.roles, managerOf: input.managerOf, reporterOf: input.reporterOf };
    await writeAccess(tx, id, { roles: [], managerOf: [], reporterOf: [] }, access);
    const authority = await requireAuthority({ db: tx });
    const passwords = (await authoritySettings({ db: tx })).passwordSignIn;
    const { token, expiresAt } = await issuePasswordLink(tx, { userId: id, purpose: "invite", createdBy: actor.id });
    const mail = passwords
      ? linkEmail({ purpose: "invite", name: input.name, url: passwordLinkUrl(token, input.origin), authority: authority.name })
      : microsoftInvite(input.name, authority.name, input.origin);
    return {
      data: { id, expiresAt },
      audit: [
        {
          action: "user.invite",
          entityType: "user",
          entityId: id,
          summary: `Invited ${input.name} (${input.email}) as ${accessText(access)}`,
          after: { email: input.email, name: input.name, ...access },
        },
      ],
      email: [{ to: input.email, ...mail }],
    };
  },
});

/** With password sign-in switched off, the invitation says to sign in with Microsoft. */
function microsoftInvite(name: string, authority: string, from: string | null | undefined) {
  const base = publicBaseUrl() || from || "";
  return {
    subject: `You have been invited to Lantern (${authority})`,
    text: `Hello ${name},\n\nYou have been given access to Lantern, ${authority}'s children's services performance scorecards. Sign in with your council Microsoft account:\n\n${new URL("/signin", base || "http://localhost:3000")}`,
  };
}

export const changeAccess = defineAction({
  permission: "users.manage",
  input: z.object({ userId: personId, ...accessFields }).superRefine(scopeRules),
  load: async (db, input) => {
    const person = await storedPerson(db, input.userId);
    return person ? { resource: {}, loaded: person } : null;
  },
  notFoundMessage: "That person could not be found.",
  handler: async ({ tx, input, loaded: before }) => {
    const after = { roles: input.roles, managerOf: input.managerOf, reporterOf: input.reporterOf };
    if (!after.roles.includes("admin")) await keepAnAdmin(tx, before, "roles", "take away their admin role");
    await writeAccess(tx, before.id, before, after);
    return {
      data: { id: before.id },
      audit: [
        {
          action: "user.roles",
          entityType: "user",
          entityId: before.id,
          summary: `Changed ${before.name}'s roles from ${accessText(before)} to ${accessText(after)}`,
          before: { roles: before.roles, managerOf: before.managerOf, reporterOf: before.reporterOf },
          after,
        },
      ],
    };
  },
});
