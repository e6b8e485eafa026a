import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { loadSessionUser } from "@/lib/queries/users";
import { auth } from "./index";
import { can, type Action, type Resource } from "./policy";
import type { SessionUser } from "./roles";

/** The signed-in person, read fresh from the database once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return loadSessionUser({ db: await getDb(), userId: id });
});

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
