/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build directory per checkout or test run (LANTERN_DIST_DIR) lets builds run side by side.
  distDir: process.env.LANTERN_DIST_DIR || ".next",
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "playwright-core"],
  experimental: { authInterrupts: true },
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) with tsc; the
  // build does not repeat it, so a start never fails on a test file's types.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default nextConfig;
