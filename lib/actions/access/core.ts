import "server-only";
// Access requests (/admin/access-requests): people who signed in with
// Microsoft and have no account. Granting creates their account with the
// roles chosen (they go on signing in with Microsoft); dismissing closes the
// request (a later sign-in opens a new one).
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { accessRequests, users } from "@/db/schema";
import { defineAction } from "../define-action";
import { id } from "../fields";
import { ActionRefusal } from "../result";
import { accessFields, personName, scopeRules } from "../people/inputs";
import { accessText, writeAccess } from "../people/store";

const waiting = {
  load: async (db: Parameters<Parameters<typeof defineAction>[0]["load"]>[0], input: { requestId: number }) => {
    const [request] = await db.select().from(accessRequests).where(and(eq(accessRequests.id, input.requestId), isNull(accessRequests.outcome)));
    return request ? { resource: {}, loaded: request } : null;
  },
  notFoundMessage: "That request has already been dealt with.",
};

export const grantAccess = defineAction({
  permission: "users.manage",
  input: z.object({ requestId: id("Request"), name: personName, ...accessFields }).superRefine(scopeRules),
  ...waiting,
  handler: async ({ tx, actor, input, loaded: request }) => {
    const email = request.email.toLowerCase();
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
    if (existing) throw new ActionRefusal("invalid_state", `${email} already has an account: change their roles on their page.`);
    const [{ id: userId }] = await tx.insert(users).values({ email, name: input.name }).returning({ id: users.id });
    const access = { roles: input.roles, managerOf: input.managerOf, reporterOf: input.reporterOf };
    await writeAccess(tx, userId, { roles: [], managerOf: [], reporterOf: [] }, access);
    await tx.update(accessRequests).set({ outcome: "granted", resolvedBy: actor.id, resolvedAt: new Date() }).where(eq(accessRequests.id, request.id));
    return {
      data: { userId },
      audit: [
        {
          action: "access.grant",
          entityType: "user",
          entityId: userId,
          summary: `Granted ${input.name} (${email}) access as ${accessText(access)}: they sign in with Microsoft`,
          after: { email, name: input.name, ...access },
        },
      ],
    };
  },
});

export const dismissAccess = defineAction({
  permission: "users.manage",
  input: z.object({ requestId: id("Request") }),
  ...waiting,
  handler: async ({ tx, actor, loaded: request }) => {
    await tx.update(accessRequests).set({ outcome: "dismissed", resolvedBy: actor.id, resolvedAt: new Date() }).where(eq(accessRequests.id, request.id));
    return {
      data: { id: request.id },
      audit: [{ action: "access.dismiss", entityType: "access_request", entityId: String(request.id), summary: `Dismissed the access request of ${request.email}` }],
    };
  },
});
