// The part of the Auth.js configuration that needs no database. The session
// is a signed JWT holding the person's id, the session's id, the person's
// session version and when they signed in; lib/auth/index.ts checks all of
// them against the database on every request (lib/auth/sessions.ts). Roles
// are read from the database on every request (lib/auth/session.ts), so a
// change of role takes effect at once.
import type { NextAuthConfig } from "next-auth";
import { sessionLimits } from "./session-rules";

export const authConfig = {
  pages: { signIn: "/signin" },
  // The cookie lasts no longer than the absolute lifetime; the idle timeout is checked server-side.
  session: { strategy: "jwt", maxAge: Math.ceil(sessionLimits().absoluteMs / 1000) },
  trustHost: true,
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.uid && session.user) session.user.id = token.uid as string;
      return session;
    },
  },
} satisfies NextAuthConfig;
