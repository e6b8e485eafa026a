// Where to send someone after signing in: only a path on this site. The
// `next` parameter comes from the address bar, so it is treated as hostile:
// anything a browser could read as another host ("//host", "/\host", the same
// percent-encoded, or with tabs and newlines that URL parsers drop) falls back
// to the home page.
const PROBE_ORIGIN = "http://lantern.invalid";
const MAX_LENGTH = 2048;

/** A path whose start no browser could read as a host, with no control characters. */
function safeStart(path: string): boolean {
  return path.startsWith("/") && !/^\/[\\/]/.test(path) && !/[\u0000-\u001f\u007f]/.test(path);
}

/** As given: browsers treat "\\" as "/" and drop tabs and newlines, so refuse them and spaces anywhere. */
function looksSafe(path: string): boolean {
  return safeStart(path) && !/[\\\s]/.test(path);
}

/** A same-site path to go to after sign-in, or `fallback` ("/"). */
export function safeNext(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > MAX_LENGTH) return fallback;
  // Check the value as given and each layer of percent-decoding, so "/%5Chost"
  // and "/%252F%252Fhost" are refused as well as "/\host".
  if (!looksSafe(next)) return fallback;
  let layer = next;
  for (let i = 0; i < 4; i++) {
    if (!safeStart(layer)) return fallback;
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return fallback;
    }
    if (decoded === layer) break;
    layer = decoded;
  }
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = url.pathname + url.search + url.hash;
  return looksSafe(path) ? path : fallback;
}
