import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb, type Db } from "@/db/client";
import { currentDataVersion } from "@/lib/data-version";
import { tokenFromCookies } from "./session-status";
import { signedInPerson, type SignedIn } from "./sessions";
import { can, type Action, type Resource } from "./policy";
import type { SessionUser } from "./roles";

/**
 * The signed-in person (with their unread notifications and the authority's
 * settings), read fresh from the database once per request. The session cookie is read here, not through
 * Auth.js's auth(): that would run the same check (the jwt callback in
 * ./index.ts is ./sessions.ts checkSession too) but also seal a renewed token
 * that a page cannot send, and cost a second query for the person.
 */
export const currentSignedIn = cache(async (): Promise<SignedIn | null> => {
  const token = await tokenFromCookies((await headers()).get("cookie") ?? "");
  return token ? signedInPerson({ db: await getDb(), token }) : null;
});

/**
 * The data version for this request's reads (lib/data-version.ts), read in
 * the same statement as the signed-in person, before any of the page's data:
 * one statement less on every scorecard page. Read on its own without a session.
 */
export async function requestDataVersion(): Promise<number> {
  const signedIn = await currentSignedIn();
  return signedIn ? signedIn.dataVersion : currentDataVersion(await getDb());
}

/** The signed-in person (null: nobody, or a session that has ended). */
export const currentUser = cache(async (): Promise<SessionUser | null> => (await currentSignedIn())?.user ?? null);

/** For pages: sends anonymous visitors to sign in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  return user;
}

/** For pages: the person if the policy allows the action; otherwise the 403 page (app/forbidden.tsx). */
export async function requirePageAccess(action: Action, resource?: Resource): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, action, resource)) forbidden();
  return user;
}

/**
 * For pages that show one read of the database to those the policy allows an
 * action: the check first (sign-in or the 403 page), then the read.
 */
export async function readForPage<T>(action: Action, read: (ctx: { db: Db }) => Promise<T>): Promise<T> {
  await requirePageAccess(action);
  return read({ db: await getDb() });
}
