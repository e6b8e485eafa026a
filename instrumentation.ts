// Runs once when the Next.js server starts: opens the database (taking the
// embedded database's lock) and applies migrations before the first request.
// On the embedded database it also serves that database to local Lantern
// commands (the CLI) on a Unix socket in the data directory (db/local-socket.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NODE_ENV === "production") {
    // A server that cannot sign sessions must not start and fail every sign-in.
    const { startupProblems } = await import("@/lib/startup-checks");
    const problems = startupProblems(process.env);
    if (problems.length) {
      for (const problem of problems) console.error(`Lantern will not start: ${problem}`);
      process.exit(1);
    }
  }
  const { getDbHandle } = await import("@/db/client");
  const { migrateDb } = await import("@/db/migrate");
  const handle = await getDbHandle();
  await migrateDb(handle);
  console.log(`Lantern: database ready (${handle.kind}, ${handle.location})`);
  // Not in `next build`'s page workers: a listening socket would keep them
  // alive, holding the data directory's lock after the build.
  if (handle.kind === "pglite" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { serveLocalSocket, pgliteOf } = await import("@/db/local-socket");
    try {
      const socket = await serveLocalSocket(pgliteOf(handle), handle.location);
      console.log(`Lantern: local commands (npm run lantern) reach the database through ${socket.path}`);
    } catch (error) {
      console.warn(
        `Lantern: could not serve the database to local commands (${error instanceof Error ? error.message : error}); ` +
          "npm run lantern will refuse while this server runs.",
      );
    }
  }
}
