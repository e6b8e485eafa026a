import "server-only";
// /profile: the person's own details and API tokens (never the tokens themselves: only their names and hints).
import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { tokenState } from "@/lib/api/token-rules";

export interface TokenRow {
  id: string;
  name: string;
  hint: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  state: "active" | "expired" | "revoked";
}

export async function profileFor({ db, userId, now = new Date() }: { db: Executor; userId: string; now?: Date }) {
  const [[me], tokens] = await Promise.all([
    db.select({ name: users.name, email: users.email, hasPassword: sql<boolean>`${users.passwordHash} is not null` }).from(users).where(eq(users.id, userId)),
    db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt)),
  ]);
  return {
    ...me,
    tokens: tokens.map((t): TokenRow => {
      const stored = { expiresAt: new Date(t.expiresAt), revokedAt: t.revokedAt ? new Date(t.revokedAt) : null };
      return { id: t.id, name: t.name, hint: t.hint, createdAt: new Date(t.createdAt), expiresAt: stored.expiresAt, lastUsedAt: t.lastUsedAt ? new Date(t.lastUsedAt) : null, state: tokenState(stored, now) };
    }),
  };
}
