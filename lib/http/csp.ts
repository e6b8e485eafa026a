// The Content-Security-Policy of every page, with a fresh nonce per request
// (proxy.ts makes the nonce; Next.js puts it on its own scripts and styles).
// Scripts: only those carrying the nonce, and what they load ('strict-dynamic');
// never 'unsafe-inline'. Styles: <style> elements need the nonce too; style
// *attributes* are allowed ('unsafe-inline' in style-src-attr only) because
// server-rendered markup carries some that a nonce cannot cover (the overview's
// progress bars set a width; Next.js's own error pages). A style attribute
// cannot run script, so this keeps script injection closed.
import { CSP_REPORT_PATH } from "./csp-report";

export interface CspOptions {
  nonce: string;
  /** next dev needs eval for its error overlay and a websocket for reloads */
  dev?: boolean;
  /** served over HTTPS: upgrade any stray http: address */
  https?: boolean;
}

export function contentSecurityPolicy({ nonce, dev = false, https = false }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", `'nonce-${nonce}'`],
    ["style-src-elem", "'self'", `'nonce-${nonce}'`],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...(dev ? ["ws:", "wss:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["frame-src", "'self'"],
    ["worker-src", "'self'", "blob:"],
    ["manifest-src", "'self'"],
    // Violations are reported (app/api/csp-report): report-to for browsers
    // with the Reporting API (its endpoint named in next.config.mjs's
    // Reporting-Endpoints header), report-uri for the rest.
    ["report-uri", CSP_REPORT_PATH],
    ["report-to", "csp"],
  ];
  const text = directives.map((d) => d.join(" ")).join("; ");
  return https ? `${text}; upgrade-insecure-requests` : text;
}

/** A fresh, unguessable nonce (128 random bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of a page served as a file (a public release): no script at all,
 * the site's own stylesheets, images drawn inline. No nonce, so the same
 * bytes and headers serve every reader.
 */
export function fileContentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'none'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    `report-uri ${CSP_REPORT_PATH}`,
    "report-to csp",
  ].join("; ");
}
