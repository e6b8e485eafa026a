// Sends visitors without a session cookie to the sign-in page. A convenience
// only: it does not verify the session, and every page, route and action
// checks the session and the policy itself (lib/auth/session.ts,
// lib/auth/policy.ts). Looking at the cookie's presence, rather than running
// Auth.js here, also means the proxy never re-issues a session cookie — so a
// request still in flight at sign-out cannot sign the person back in.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export default function proxy(request: NextRequest) {
  const hasSession = request.cookies
    .getAll()
    .some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
  if (hasSession) return NextResponse.next();
  const url = new URL("/signin", request.nextUrl);
  if (request.nextUrl.pathname !== "/") url.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api/auth|signin|public/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
