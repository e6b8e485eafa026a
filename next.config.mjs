/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build directory per checkout or test run (LANTERN_DIST_DIR) lets builds run side by side.
  distDir: process.env.LANTERN_DIST_DIR || ".next",
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "playwright-core"],
  experimental: { authInterrupts: true },
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  poweredByHeader: false,
  // The fixed security headers, on every response (the per-request
  // Content-Security-Policy with its nonce is set in proxy.ts). HSTS only when
  // the request came over HTTPS through the proxy in front (X-Forwarded-Proto).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
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
        ],
      },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
  typedRoutes: false,
};

export default nextConfig;
