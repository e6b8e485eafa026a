// The part of the Auth.js configuration that needs no database. The session
// is a signed JWT holding the person's id, the session's id, the person's
// session version and when they signed in; lib/auth/index.ts checks all of
// them against the database on every request (lib/auth/sessions.ts). Roles
// are read from the database on every request (lib/auth/session.ts), so a
// change of role takes effect at once.
import type { NextAuthConfig } from "next-auth";
import { settings } from "@/lib/config/env";
import { safeNext } from "./safe-next";
import { sessionLimits } from "./session-rules";

export const authConfig = {
  pages: { signIn: "/signin" },
  // The cookie lasts no longer than the absolute lifetime; the idle timeout is checked server-side.
  session: { strategy: "jwt", maxAge: Math.ceil(sessionLimits().absoluteMs / 1000) },
  // Given here rather than left for Auth.js to read: every setting is read in lib/config/env.ts.
  secret: settings().AUTH_SECRET,
  trustHost: true,
  providers: [],
  callbacks: {
    // Where Auth.js sends the browser after signing in (or when a Microsoft
    // sign-in is refused): always a path on this site, never an absolute
    // address — the server may know itself by another name ("localhost"
    // behind a proxy) than the one the browser used, and its cookies were set
    // for the browser's.
    redirect({ url, baseUrl }) {
      if (url.startsWith("/")) return safeNext(url);
      try {
        const target = new URL(url);
        if (target.origin === baseUrl) return safeNext(target.pathname + target.search + target.hash);
      } catch {
        /* not an address: home */
      }
      return "/";
    },
    session({ session, token }) {
      if (token.uid && session.user) session.user.id = token.uid as string;
      return session;
    },
  },
} satisfies NextAuthConfig;
