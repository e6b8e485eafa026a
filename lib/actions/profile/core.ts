import "server-only";
// One's own profile (/profile, everyone): name, password, personal API tokens.
// Each acts on the signed-in person only: the actor is the resource.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { apiTokens, users } from "@/db/schema";
import { issueApiToken, TooManyTokens } from "@/lib/api/tokens";
import { MAX_LIVE_TOKENS, TOKEN_DAYS } from "@/lib/api/token-rules";
import type { Db } from "@/db/client";
import { checkCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/passwords";
import { waitInWords } from "@/lib/auth/throttle";
import { newPassword } from "@/lib/users/link-rules";
import { defineAction } from "../define-action";
import { ActionRefusal } from "../result";

const self = async (_db: unknown, _input: unknown, actor: { id: string }) => ({ resource: { ownerId: actor.id }, loaded: null });

export const renameSelf = defineAction({
  permission: "profile.own",
  input: z.object({ name: z.string({ error: "Enter your name" }).trim().min(1, "Enter your name").max(200, "Use at most 200 characters for your name") }),
  load: self,
  handler: async ({ tx, actor, input }) => {
    await tx.update(users).set({ name: input.name }).where(eq(users.id, actor.id));
    return {
      data: { name: input.name },
      audit: [{ action: "user.rename", entityType: "user", entityId: actor.id, summary: `Changed their name from ${actor.name} to ${input.name}`, before: { name: actor.name }, after: { name: input.name } }],
    };
  },
});

export const changeOwnPassword = defineAction({
  permission: "profile.own",
  input: z
    .object({
      current: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(1024),
      password: newPassword,
      confirm: z.string(),
      /** the client's address, set by the entry point from the request (never by the form) */
      address: z.string().max(100).optional(),
    })
    .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two new passwords are not the same: type the same password twice." }),
  // The current password is checked before the transaction, through sign-in's
  // own check: throttled and audited alike, and the failure is kept even
  // though the change is refused (a stolen session must not guess freely).
  load: async (db, input, actor) => {
    const check = await checkCredentials({
      db: db as Db,
      email: actor.email,
      password: input.current,
      address: input.address ?? "unknown",
      reauthenticating: { userId: actor.id, purpose: "changing their password" },
    });
    if (check.ok) return self(db, input, actor);
    if (check.code === "throttled") {
      throw new ActionRefusal("throttled", `Too many wrong passwords. Wait ${waitInWords(check.waitSeconds)}, then try again.`, undefined, "current");
    }
    throw new ActionRefusal("invalid", "Your current password is not right.", undefined, "current");
  },
  handler: async ({ tx, actor, input }) => {
    // The database's trigger moves the session version on: every session of the person ends.
    await tx.update(users).set({ passwordHash: await hashPassword(input.password) }).where(eq(users.id, actor.id));
    return {
      data: { email: actor.email },
      audit: [{ action: "user.change_password", entityType: "user", entityId: actor.id, summary: "Changed their password: every session ended" }],
    };
  },
});

export const createApiToken = defineAction({
  permission: "profile.own",
  input: z.object({
    name: z.string({ error: "Name the token" }).trim().min(1, "Name the token, e.g. \"Power BI monthly report\"").max(80, "Use at most 80 characters for the name"),
    days: z.coerce
      .number({ error: "Give the number of days the token lasts" })
      .int("Give a whole number of days")
      .min(TOKEN_DAYS.min, `A token lasts at least ${TOKEN_DAYS.min} day`)
      .max(TOKEN_DAYS.max, `A token lasts at most ${TOKEN_DAYS.max} days`)
      .default(TOKEN_DAYS.default),
  }),
  load: self,
  handler: async ({ tx, actor, input }) => {
    const issued = await issueApiToken(tx, { userId: actor.id, name: input.name, days: input.days }).catch((error: unknown) => {
      if (error instanceof TooManyTokens) {
        throw new ActionRefusal("invalid", `You already have ${MAX_LIVE_TOKENS} live tokens, the most one person may hold: revoke one you no longer use, then make this one.`, undefined, "name");
      }
      throw error;
    });
    return {
      data: issued,
      audit: [{ action: "api_token.create", entityType: "api_token", entityId: issued.id, summary: `Created the API token "${input.name}" (lasts ${input.days} days)`, after: { name: input.name, expiresAt: issued.expiresAt.toISOString() } }],
    };
  },
});

export const revokeApiToken = defineAction({
  permission: "profile.own",
  input: z.object({ tokenId: z.uuid({ error: "That token could not be found." }) }),
  // Only the person's own tokens are found at all.
  load: async (db, input, actor) => {
    const [token] = await db.select({ id: apiTokens.id, name: apiTokens.name }).from(apiTokens).where(and(eq(apiTokens.id, input.tokenId), eq(apiTokens.userId, actor.id)));
    return token ? { resource: { ownerId: actor.id }, loaded: token } : null;
  },
  notFoundMessage: "That token could not be found.",
  handler: async ({ tx, loaded: token }) => {
    const revoked = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(and(eq(apiTokens.id, token.id), isNull(apiTokens.revokedAt))).returning({ id: apiTokens.id });
    if (revoked.length === 0) throw new ActionRefusal("invalid_state", `The token "${token.name}" is already revoked.`);
    return {
      data: { id: token.id },
      audit: [{ action: "api_token.revoke", entityType: "api_token", entityId: token.id, summary: `Revoked the API token "${token.name}"` }],
    };
  },
});
