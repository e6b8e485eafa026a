// The fixed security headers Lantern sends on every response, in one place for
// the two that send them: next.config.mjs (every page Next.js serves) and
// scripts/file-front.mjs (the pages served as files ahead of Next.js). The
// per-request Content-Security-Policy with its nonce is set in proxy.ts.

/** @type {{ key: string; value: string }[]} */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // where the CSP's report-to sends violations (app/api/csp-report)
  { key: "Reporting-Endpoints", value: 'csp="/api/csp-report"' },
  {
    key: "Permissions-Policy",
    value: "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()",
  },
];

/** HSTS, only when the request came over HTTPS through the proxy in front (X-Forwarded-Proto). */
export const HTTPS_ONLY_HEADERS = [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }];
