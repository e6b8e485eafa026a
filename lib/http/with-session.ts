import "server-only";
// The one wrapper for route handlers that need a signed-in person:
//   export const GET = withSession("scorecard.read", async ({ user, params }) => …);
// In order: a write from another site is refused (403); nobody signed in is
// 401; the policy's `permission` (asked without a resource; null: anyone
// signed in) is 403. The handler then checks its input with the parsers below
// (400), looks things up (404) and asks `allow` for the resource it found
// (403), each by throwing through `refuse`: every route answers each failure
// with the same status and shape (./refusal.ts).
import { getDb } from "@/db/client";
import { can, type Action, type Resource } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/roles";
import { currentUser } from "@/lib/auth/session";
import { isPeriod } from "@/lib/figures/periods";
import { parseId } from "@/lib/ids";
import { serviceAreaList } from "@/lib/queries/service-areas";
import { refusal, refuse, RouteRefusal } from "./refusal";
import { isSameOrigin } from "./same-origin";

export interface SessionRoute<P> {
  request: Request;
  user: SessionUser;
  params: P;
  /** Asks the policy for a resource found by the handler; refuses with 403 if it says no. */
  allow(action: Action, resource?: Resource): void;
}

type Handler<P> = (route: SessionRoute<P>) => Promise<Response>;

const FORBIDDEN = "You do not have permission to do this.";

export function withSession<P extends object = Record<string, never>>(
  permission: Action | null,
  handler: Handler<P>,
  { sameOrigin = false }: { sameOrigin?: boolean } = {},
): (request: Request, context?: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    try {
      // A browser sends Origin with every POST; another site's, or none, is refused (./same-origin.ts).
      if (sameOrigin && !isSameOrigin(request)) return refusal(403, "Cross-site requests are refused.");
      const user = await currentUser();
      if (!user) return refusal(401, "Sign in to do this.");
      if (permission && !can(user, permission)) return refusal(403, FORBIDDEN);
      const params = ((await context?.params) ?? {}) as P;
      const allow = (action: Action, resource?: Resource) => {
        if (!can(user, action, resource)) refuse(403, FORBIDDEN);
      };
      return await handler({ request, user, params, allow });
    } catch (error) {
      if (error instanceof RouteRefusal) return refusal(error.status, error.message, { details: error.details });
      throw error;
    }
  };
}

/** A month from the address (YYYY-MM), or 400. */
export function periodParam(raw: string, field = "period"): string {
  if (!isPeriod(raw)) refuse(400, `${field}: give the month as YYYY-MM, e.g. 2020-04`);
  return raw;
}

/** A service area's key from the address (any the council keeps, retired ones too), or 400 naming the ones in use. */
export async function serviceParam(raw: string, field = "service"): Promise<string> {
  const areas = await serviceAreaList({ db: await getDb() });
  if (!areas.some((a) => a.key === raw)) {
    refuse(400, `${field}: "${raw.slice(0, 40)}" is not a service area; use one of ${areas.filter((a) => !a.retiredAt).map((a) => a.key).join(", ")}`);
  }
  return raw;
}

/** A record's id from the address (a positive whole number in range), or 400. */
export function idParam(raw: string, field = "id"): number {
  const id = parseId(raw);
  if (id === null) refuse(400, `${field}: "${raw.slice(0, 40)}" is not an id`);
  return id;
}
