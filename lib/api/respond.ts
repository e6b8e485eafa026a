import "server-only";
// What every /api/v1 route handler shares: the bearer token check (cookies
// never authenticate here), and the shape of answers. Refusals say no more
// than they must: a bad, expired or revoked token, or a deactivated owner,
// all get the same 401.
import { getDb } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { refusal } from "@/lib/http/refusal";
import { authenticateBearer } from "./tokens";

export const API_VERSION = 1;

const HEADERS = { "Cache-Control": "no-store", "Lantern-API-Version": String(API_VERSION) };

export function apiJson(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(data, { status, headers: { ...HEADERS, ...headers } });
}

/** The same refusal as every route handler's (lib/http/refusal.ts), with the API's headers. */
export function apiError(status: 400 | 401 | 403 | 404 | 429, message: string, headers: Record<string, string> = {}): Response {
  return refusal(status, message, { headers: { ...HEADERS, ...headers } });
}

export const forbiddenAnswer = () => apiError(403, "This token's owner may not read this.");
export const notFoundAnswer = () => apiError(404, "Not found.");

/** Runs the handler as the token's owner, or answers 401 / 429 itself. */
export async function withBearer(request: Request, handler: (user: SessionUser) => Promise<Response>): Promise<Response> {
  const verdict = await authenticateBearer({ db: await getDb(), header: request.headers.get("authorization") });
  if (!verdict.ok) {
    if (verdict.status === 429) {
      return apiError(429, "Too many requests for this token: wait, then try again.", { "Retry-After": String(verdict.retryAfter) });
    }
    return apiError(401, "Unauthorized.", { "WWW-Authenticate": 'Bearer realm="lantern"' });
  }
  return handler(verdict.user);
}
