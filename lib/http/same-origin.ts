// Cross-site request refusal for route handlers that change data (server
// actions get Next.js's own Origin check). A browser sends Origin on every
// POST; a request whose Origin is missing, "null" or another site's is
// refused, so a form or fetch on another site cannot post here with the
// person's cookie, whatever its content type.
import { settings } from "@/lib/config/env";

export function isSameOrigin(request: Request, baseUrl: string | undefined = settings().LANTERN_BASE_URL): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  const url = new URL(request.url);
  const allowed = new Set([url.origin]);
  // Behind a proxy the request URL may be internal; the browser saw this.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0].trim() ?? url.protocol.slice(0, -1);
  if (host) allowed.add(`${proto}://${host}`);
  if (baseUrl) {
    try {
      allowed.add(new URL(baseUrl).origin);
    } catch {
      /* a malformed LANTERN_BASE_URL adds nothing */
    }
  }
  return allowed.has(origin);
}

export function crossSiteRefusal(): Response {
  return Response.json({ ok: false, code: "forbidden", message: "Cross-site requests are refused." }, { status: 403 });
}
