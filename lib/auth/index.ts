import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { authConfig } from "./config";
import { authLogger } from "./logger";
import { checkCredentials, clientAddress } from "./credentials";
import { checkSession, endAllSessions, startSession } from "./sessions";
import { microsoftClaims, microsoftProviders, microsoftSignIn } from "./microsoft";
import { MICROSOFT_PROVIDER_ID } from "./microsoft-config";
import { passwordSignInAllowed } from "./password-sign-in";

class ThrottledSignIn extends CredentialsSignin {
  constructor(waitSeconds: number) {
    super();
    this.code = `throttled:${waitSeconds}`;
  }
}
class WrongCredentials extends CredentialsSignin {
  code = "invalid";
}
class PasswordsOff extends CredentialsSignin {
  code = "passwords_off";
}

// A NUL cannot be stored or looked up (PostgreSQL refuses it): such an attempt is a wrong one, never a server error.
const noNul = (text: string) => !text.includes("\u0000");
const credentialsSchema = z.object({ email: z.string().trim().min(1).max(320).refine(noNul), password: z.string().min(1).max(1024).refine(noNul) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new WrongCredentials();
        const db = await getDb();
        if (!(await passwordSignInAllowed({ db }))) throw new PasswordsOff();
        const result = await checkCredentials({ db, ...parsed.data, address: clientAddress(request?.headers) });
        if (!result.ok) throw result.code === "throttled" ? new ThrottledSignIn(result.waitSeconds) : new WrongCredentials();
        const claims = await startSession({ db, userId: result.userId });
        return { id: result.userId, sid: claims.sid, sv: claims.sv, authAt: claims.authAt } as never;
      },
    }),
    // "Sign in with Microsoft", when AUTH_MICROSOFT_ENTRA_ID_ID, _SECRET and _ISSUER are set (./microsoft.ts).
    ...microsoftProviders(),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ account, profile }) {
      if (account?.provider !== MICROSOFT_PROVIDER_ID) return true;
      return microsoftSignIn({ db: await getDb(), profile: profile as Record<string, unknown> | undefined });
    },
    // Runs when the token is made, and on every request that reads the
    // session (auth(), GET /api/auth/session): a session that has ended gives
    // null, so nothing is renewed and the cookie is cleared.
    async jwt({ token, user, account, profile }) {
      if (user && account?.provider === MICROSOFT_PROVIDER_ID) {
        const claims = await microsoftClaims({ db: await getDb(), profile: profile as Record<string, unknown> | undefined });
        return claims ? { uid: claims.uid, sid: claims.sid, sv: claims.sv, authAt: claims.authAt } : null;
      }
      if (user) {
        const fresh = user as typeof user & { id: string; sid: string; sv: number; authAt: number };
        return { uid: fresh.id, sid: fresh.sid, sv: fresh.sv, authAt: fresh.authAt };
      }
      const verdict = await checkSession({ db: await getDb(), token });
      return verdict.ok ? token : null;
    },
  },
  events: {
    async signOut(message) {
      const uid = "token" in message ? message.token?.uid : undefined;
      if (typeof uid === "string") await endAllSessions({ db: await getDb(), userId: uid, why: "sign_out" });
    },
  },
  logger: authLogger(),
});
