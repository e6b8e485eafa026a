import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import { findUserByEmail } from "@/lib/queries/users";
import { hashPassword, verifyPassword } from "./passwords";

/** 10 failed sign-ins within 15 minutes lock the account for 15 minutes. */
export const LOCKOUT = { maxFailures: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

export type CredentialsResult = { ok: true; userId: string } | { ok: false; code: "invalid" | "locked" };

export const SIGN_IN_MESSAGES: Record<"invalid" | "locked", string> = {
  invalid: "The email address or password is not right. Check them and try again.",
  locked:
    "This account is locked for 15 minutes after too many failed sign-in attempts. Try again later, or ask the performance team to help.",
};

// Verifying against a real hash when the email is unknown keeps the response
// time the same, so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;

export async function checkCredentials({
  db,
  email,
  password,
  now = new Date(),
}: {
  db: Db;
  email: string;
  password: string;
  now?: Date;
}): Promise<CredentialsResult> {
  const normalised = email.trim().toLowerCase();
  const user = await findUserByEmail({ db, email: normalised });
  if (user?.lockedUntil && user.lockedUntil > now) {
    await db.insert(loginAttempts).values({ email: normalised, succeeded: false, at: now });
    return { ok: false, code: "locked" };
  }
  const usable = user && user.passwordHash && !user.disabledAt;
  const valid = usable
    ? await verifyPassword(user.passwordHash!, password)
    : (await verifyPassword(await (dummyHash ??= hashPassword("not-a-password")), password), false);
  if (valid) {
    await db.insert(loginAttempts).values({ email: normalised, succeeded: true, at: now });
    return { ok: true, userId: user!.id };
  }
  await db.insert(loginAttempts).values({ email: normalised, succeeded: false, at: now });
  if (!user) return { ok: false, code: "invalid" };

  // Count failures in the window since the last success.
  const windowStart = new Date(now.getTime() - LOCKOUT.windowMs);
  const [lastSuccess] = await db
    .select({ at: sql<Date>`max(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(sql`lower(${loginAttempts.email}) = ${normalised}`, eq(loginAttempts.succeeded, true)));
  const since = lastSuccess?.at && new Date(lastSuccess.at) > windowStart ? new Date(lastSuccess.at) : windowStart;
  const [{ failures }] = await db
    .select({ failures: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(
      and(
        sql`lower(${loginAttempts.email}) = ${normalised}`,
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, since),
      ),
    );
  if (Number(failures) >= LOCKOUT.maxFailures) {
    await db
      .update(users)
      .set({ lockedUntil: new Date(now.getTime() + LOCKOUT.lockMs) })
      .where(eq(users.id, user.id));
    return { ok: false, code: "locked" };
  }
  return { ok: false, code: "invalid" };
}
