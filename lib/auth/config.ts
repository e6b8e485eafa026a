// The part of the Auth.js configuration that needs no database, so proxy.ts
// can use it. The session is a signed JWT holding only the user id; roles are
// read from the database on every request (lib/auth/session.ts), so a change of
// role takes effect at once.
import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  pages: { signIn: "/signin" },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.uid && session.user) session.user.id = token.uid as string;
      return session;
    },
  },
} satisfies NextAuthConfig;
