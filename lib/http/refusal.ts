// The one shape every route handler refuses with, session or API token alike:
// `{ ok: false, code, message }` (the shape an action's refusal has), one
// status per kind of failure. 400: the request is wrong (a bad month, service,
// id or query); 401: nobody is signed in; 403: the policy says no; 404: no
// such thing; 409: not in a state for it; 413: too large.
import type { ActionErrorCode, ActionResult } from "@/lib/actions/result";

export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429;

const CODE: Record<RefusalStatus, string> = {
  400: "invalid",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "invalid_state",
  413: "too_large",
  429: "too_many_requests",
};

export function refusal(status: RefusalStatus, message: string, { headers = {}, details }: { headers?: Record<string, string>; details?: object } = {}): Response {
  return Response.json({ ok: false, code: CODE[status], message, ...details }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** Thrown inside a route handler (withSession) to answer with a refusal. */
export class RouteRefusal extends Error {
  constructor(
    readonly status: RefusalStatus,
    message: string,
    readonly details?: object,
  ) {
    super(message);
  }
}

export function refuse(status: RefusalStatus, message: string, details?: object): never {
  throw new RouteRefusal(status, message, details);
}

/** An action's result as a route's answer: 200 with the result, or the status its refusal code stands for. */
const STATUS_OF: Record<ActionErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 400,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  personal_data: 400,
  throttled: 429,
  error: 500,
};

export function actionResponse(result: ActionResult<unknown>): Response {
  return Response.json(result, { status: result.ok ? 200 : STATUS_OF[result.code] });
}
