// The pages Lantern serves as files, ahead of Next.js (scripts/file-front.mjs
// puts this in front of every server process), as a reverse proxy or CDN in
// front would: a published paper's public release is compressed once when it
// is made and then sent as it is, with its strong ETag, whatever the number
// of readers. Its route (app/public/[id]/route.ts) holds it here for a few
// seconds at a time; a page past its time, or one not held, goes on to Next.js,
// whose route checks it against the paper and holds it again. Plain JavaScript:
// the preload runs before anything is compiled.
import { HTTPS_ONLY_HEADERS, SECURITY_HEADERS } from "./security-headers.mjs";

const REGISTRY = Symbol.for("lantern.heldFiles");

/** The files held in this process, by path (shared by the route that holds them and the front that serves them). */
export function heldFiles() {
  return (globalThis[REGISTRY] ??= new Map());
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks of it; "*" names any). */
export function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const base = etag.replace(/^W\//, "").replace(/^"|"$/g, "");
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "").replace(/^"|"$/g, "");
    return tag === "*" || tag === base;
  });
}

/** The encoding to send: Brotli, then gzip, as Accept-Encoding allows (a q of 0 refuses one); otherwise none. */
export function encodingFor(acceptEncoding) {
  const q = new Map();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const given = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    q.set(name === "x-gzip" ? "gzip" : name, given ? Number(given.slice(2)) || 0 : 1);
  }
  const accepts = (name) => (q.has(name) ? q.get(name) > 0 : (q.get("*") ?? 0) > 0);
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return "identity";
}

/**
 * Answers the request from a held file, or returns false to let Next.js answer it
 * (not a GET, not held, or held past its time).
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {number} [now]
 */
export function serveHeld(request, response, now = Date.now()) {
  if (request.method !== "GET" || !request.url) return false;
  const file = heldFiles().get(request.url.split("?")[0]);
  if (!file || now >= file.freshUntil) return false;
  /** @type {Record<string, string | number>} */
  const headers = {};
  for (const { key, value } of SECURITY_HEADERS) headers[key] = value;
  if (request.headers["x-forwarded-proto"] === "https") for (const { key, value } of HTTPS_ONLY_HEADERS) headers[key] = value;
  Object.assign(headers, file.headers, { ETag: file.etag, Vary: "Accept-Encoding" });
  const ifNoneMatch = request.headers["if-none-match"];
  if (etagMatches(Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch, file.etag)) {
    response.writeHead(304, headers);
    response.end();
    return true;
  }
  const encoding = encodingFor(request.headers["accept-encoding"]);
  const body = file.bodies[encoding];
  if (encoding !== "identity") headers["Content-Encoding"] = encoding;
  headers["Content-Length"] = body.length;
  response.writeHead(200, headers);
  response.end(body);
  return true;
}
