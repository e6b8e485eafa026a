import "server-only";
// Switching a person off and on again (never deleting: the audit trail keeps
// their name), and sending a password-reset link. Deactivation takes effect
// on the person's very next request: the session check refuses a disabled
// person, and the database's trigger moves their session version on.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { passwordLinks, users } from "@/db/schema";
import { requireAuthority } from "@/lib/queries/authority";
import { issuePasswordLink, passwordLinkUrl } from "@/lib/users/links";
import { linkEmail } from "@/lib/users/link-rules";
import { defineAction } from "../define-action";
import { ActionRefusal } from "../result";
import { origin, personId } from "./inputs";
import { keepAnAdmin, storedPerson } from "./store";

const onePerson = {
  load: async (db: Parameters<typeof storedPerson>[0], input: { userId: string }) => {
    const person = await storedPerson(db, input.userId);
    return person ? { resource: {}, loaded: person } : null;
  },
  notFoundMessage: "That person could not be found.",
};

export const deactivatePerson = defineAction({
  permission: "users.manage",
  input: z.object({ userId: personId }),
  ...onePerson,
  handler: async ({ tx, loaded: person }) => {
    if (person.disabledAt) throw new ActionRefusal("invalid_state", `${person.name} is already deactivated.`);
    await keepAnAdmin(tx, person, "userId", "deactivate them");
    await tx.update(users).set({ disabledAt: new Date() }).where(eq(users.id, person.id));
    await tx.delete(passwordLinks).where(and(eq(passwordLinks.userId, person.id), isNull(passwordLinks.usedAt)));
    return {
      data: { id: person.id },
      audit: [{ action: "user.deactivate", entityType: "user", entityId: person.id, summary: `Deactivated ${person.name} (${person.email}): every session and API token stopped` }],
    };
  },
});

export const reactivatePerson = defineAction({
  permission: "users.manage",
  input: z.object({ userId: personId }),
  ...onePerson,
  handler: async ({ tx, loaded: person }) => {
    if (!person.disabledAt) throw new ActionRefusal("invalid_state", `${person.name} is already active.`);
    await tx.update(users).set({ disabledAt: null }).where(eq(users.id, person.id));
    return {
      data: { id: person.id },
      audit: [{ action: "user.reactivate", entityType: "user", entityId: person.id, summary: `Reactivated ${person.name} (${person.email})` }],
    };
  },
});

export const sendPasswordReset = defineAction({
  permission: "users.manage",
  input: z.object({ userId: personId, origin }),
  ...onePerson,
  handler: async ({ tx, actor, input, loaded: person }) => {
    if (person.disabledAt) throw new ActionRefusal("invalid_state", `${person.name} is deactivated: reactivate them before sending a reset link.`);
    const authority = await requireAuthority({ db: tx });
    const { token, expiresAt } = await issuePasswordLink(tx, { userId: person.id, purpose: person.hasPassword ? "reset" : "invite", createdBy: actor.id });
    const mail = linkEmail({ purpose: person.hasPassword ? "reset" : "invite", name: person.name, url: passwordLinkUrl(token, input.origin), authority: authority.name });
    return {
      data: { id: person.id, expiresAt },
      audit: [{ action: "user.reset_link", entityType: "user", entityId: person.id, summary: `Sent ${person.name} (${person.email}) a link to set a password` }],
      email: [{ to: person.email, ...mail }],
    };
  },
});
