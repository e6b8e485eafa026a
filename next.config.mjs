import { HTTPS_ONLY_HEADERS, SECURITY_HEADERS } from "./lib/http/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build directory per checkout or test run (LANTERN_DIST_DIR) lets builds run side by side.
  distDir: process.env.LANTERN_DIST_DIR || ".next",
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "playwright-core"],
  experimental: { authInterrupts: true },
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  poweredByHeader: false,
  // The fixed security headers, on every response (lib/http/security-headers.mjs).
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: HTTPS_ONLY_HEADERS },
    ];
  },
  typedRoutes: false,
};

export default nextConfig;
