// Two jobs, both before any page runs (and one piece of hygiene: an address
// that is not valid percent-encoding, or holds a control character such as
// NUL, gets the not-found page):
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
import { settings } from "@/lib/config/env";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Pages and routes anyone may open: no redirect to sign in (they get the headers all the same). */
// /set-password: the one-time link is the credential; /api/v1: bearer tokens only, never a cookie.
// /api/csp-report: browsers send violation reports without the session.
// /snapshots/N/print, /reports/YYYY-MM/print: the PDF renderer comes with a render token, not a session; the page checks one or the other.
const OPEN_PATHS = [/^\/snapshots\/\d+\/print$/, /^\/reports\/\d{4}-\d{2}\/print$/, /^\/signin(\/|$)/, /^\/set-password$/, /^\/public\//, /^\/api\/auth\//, /^\/api\/health$/, /^\/api\/v1\//, /^\/accessibility$/, /^\/api\/session$/, /^\/api\/csp-report$/];

export default function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy({
    nonce,
    dev: settings().NODE_ENV === "development",
    https: request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https",
  });
  const path = request.nextUrl.pathname;
  // An address that is not valid percent-encoding (e.g. /indicators/%E0%A4%A)
  // is nothing here: the not-found page, rather than Next.js's 500.
  const hasSession = request.cookies
    .getAll()
    .some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
  if (!hasSession && !OPEN_PATHS.some((open) => open.test(path))) {
    const url = new URL("/signin", request.nextUrl);
    if (path !== "/") url.searchParams.set("next", path + request.nextUrl.search);
    return withCsp(NextResponse.redirect(url), csp);
  }
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  if (!decodable(path) || hasControlCharacter(path, request.nextUrl.search)) {
    if (path.startsWith("/api/")) return withCsp(NextResponse.json({ ok: false, code: "not_found", message: "There is nothing at this address." }, { status: 404 }), csp);
    return withCsp(NextResponse.rewrite(new URL("/not-found", request.url), { request: { headers } }), csp);
  }
  const response = withCsp(NextResponse.next({ request: { headers } }), csp);
  // A board paper is the same at each reading: revalidated every time, but
  // not "no-store" (Next.js's default for a dynamic page), which would keep
  // it out of the browser's back/forward cache.
  // Only the page as a browser loads it: the app's own requests (its React payload, a server action) keep Next.js's headers.
  if (PAPER_PAGE.test(path) && request.method === "GET" && !request.headers.has("rsc") && !request.headers.has("next-action")) {
    response.headers.set("Cache-Control", "private, no-cache, max-age=0, must-revalidate");
  }
  return response;
}

const PAPER_PAGE = /^\/snapshots\/\d+$/;

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** A NUL or other control character in the address (e.g. /indicators/%00) names nothing and cannot reach the database. */
function hasControlCharacter(path: string, search: string): boolean {
  const decoded = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text; // a stray "%" in a search is text, not a control character
    }
  };
  return /[\u0000-\u001f\u007f]/.test(decoded(path) + decoded(search.replace(/\+/g, " ")));
}

function withCsp(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Every page and route except Next.js's own static files, and the uploads
  // (/api/import/… and /api/benchmarks/…): Next.js buffers a body for the
  // proxy only up to 10 MB (experimental.proxyClientMaxBodySize) and passes on
  // the rest cut short, so those routes stay outside it and read their body
  // through lib/http/bounded-body.ts (the importMaxBytes setting; 413 past it,
  // sent with a length or chunked). They check the session themselves, as
  // every route does. A public release's page (/public/N) is served as a
  // file with its own fixed policy and no script (app/public/[id]/route.ts):
  // it needs neither a nonce nor a session, so it skips the proxy too.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|api/import/|api/benchmarks/|public/\\d+$).*)"],
};
