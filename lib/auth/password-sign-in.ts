import "server-only";
// Whether password sign-in is on: the authority's setting (/admin/authority),
// except that it is always on while Microsoft sign-in is not set up, or when
// the server is started with LANTERN_PASSWORD_SIGN_IN=on — the way back in
// for an admin if Microsoft sign-in stops working.
import type { Executor } from "@/db/client";
import { authoritySettings } from "@/lib/queries/authority";
import { microsoftSettings } from "./microsoft-config";
import { settings, type Settings } from "@/lib/config/env";

export async function passwordSignInAllowed({ db, env = settings() }: { db: Executor; env?: Settings }): Promise<boolean> {
  if (env.LANTERN_PASSWORD_SIGN_IN === "on" || !microsoftSettings(env)) return true;
  return (await authoritySettings({ db })).passwordSignIn;
}
