// Redirects visitors without a session to the sign-in page. This is a
// convenience only: every page, route and action checks the session and the
// policy itself (lib/auth/session.ts, lib/auth/policy.ts).
import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

export default auth((request) => {
  if (!request.auth) {
    const url = new URL("/signin", request.nextUrl);
    if (request.nextUrl.pathname !== "/") url.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
    return Response.redirect(url);
  }
});

export const config = {
  matcher: ["/((?!api/auth|signin|_next/static|_next/image|favicon.ico|public|healthz).*)"],
};
