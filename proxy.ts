// Two jobs, both before any page runs:
// 1. Security headers that change per request: the Content-Security-Policy
//    with a fresh nonce (lib/http/csp.ts), passed to Next.js in the request
//    headers so it puts the nonce on its own scripts. The fixed headers
//    (nosniff, Referrer-Policy, HSTS over HTTPS …) are in next.config.mjs.
// 2. Sends visitors without a session cookie to the sign-in page. A
//    convenience only: it does not verify the session, and every page, route
//    and action checks the session and the policy itself (lib/auth/session.ts,
//    lib/auth/policy.ts). Looking at the cookie's presence, rather than
//    running Auth.js here, also means the proxy never re-issues a session
//    cookie — so a request still in flight at sign-out cannot sign the person
//    back in.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Pages and routes anyone may open: no redirect to sign in (they get the headers all the same). */
const OPEN_PATHS = [/^\/signin(\/|$)/, /^\/public\//, /^\/api\/auth\//, /^\/api\/health$/];

export default function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https: request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https",
  });
  const path = request.nextUrl.pathname;
  const hasSession = request.cookies
    .getAll()
    .some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
  if (!hasSession && !OPEN_PATHS.some((open) => open.test(path))) {
    const url = new URL("/signin", request.nextUrl);
    if (path !== "/") url.searchParams.set("next", path + request.nextUrl.search);
    const redirect = NextResponse.redirect(url);
    redirect.headers.set("Content-Security-Policy", csp);
    return redirect;
  }
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Every page and route except Next.js's own static files, and the import
  // uploads (/api/import/…): Next.js buffers a body for the proxy only up to
  // 10 MB (experimental.proxyClientMaxBodySize) and passes on the rest cut
  // short, so those routes stay outside it and check their own size limit
  // (the importMaxBytes setting) from Content-Length before reading. They
  // check the session themselves, as every route does.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|api/import/).*)"],
};
