/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  experimental: { authInterrupts: true },
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
