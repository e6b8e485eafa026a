import "server-only";
// The print view's pass for Chromium rendering a PDF on this server: a
// signed, short-lived token for one paper and one audience, sent in a request
// header (never a cookie, never in the address). The key is random per
// process (the PDF route signs and the print view checks in the same server),
// kept on globalThis because route handlers and pages are bundled apart.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const RENDER_HEADER = "x-lantern-render";
const LIFETIME_MS = 2 * 60_000;
const KEY = Symbol.for("lantern.render.key");

function key(): Buffer {
  const holder = globalThis as { [KEY]?: Buffer };
  return (holder[KEY] ??= randomBytes(32));
}

/** a paper (its internal or public print view), or the monthly report of a month (its id the period, "2020-04") */
type Audience = "paper" | "public" | "report";

function signature(audience: Audience, snapshotId: number | string, expires: number): string {
  return createHmac("sha256", key()).update(`${audience}:${snapshotId}:${expires}`).digest("base64url");
}

/** A token good for rendering this paper for this audience for the next two minutes. */
export function renderToken(audience: Audience, snapshotId: number | string, now = Date.now()): string {
  const expires = now + LIFETIME_MS;
  return `${expires}.${signature(audience, snapshotId, expires)}`;
}

/** Whether the token was signed here, for this paper and audience, and has not expired. */
export function isValidRenderToken(token: string | null | undefined, audience: Audience, snapshotId: number | string, now = Date.now()): boolean {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token ?? "");
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires < now || expires > now + LIFETIME_MS) return false;
  const expected = Buffer.from(signature(audience, snapshotId, expires));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
