// Runs once when the Next.js server starts: opens the database (taking the
// embedded database's lock) and applies migrations before the first request.
// On the embedded database it also serves that database to local Lantern
// commands (the CLI) on a Unix socket in the data directory (db/local-socket.ts).
// On SIGTERM or SIGINT it closes the database once the last request is done.
import type { LocalSocket } from "@/db/local-socket";

export async function register() {
  // NEXT_RUNTIME is no setting: Next.js writes it into each bundle when it
  // builds, so the Edge bundle of this file drops the Node.js-only code below.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseToStartIfUnsafe, settings } = await import("@/lib/config/env");
  // A bad setting stops the server here, with one line naming it.
  refuseToStartIfUnsafe({ needSecret: false });
  // `next build` runs this in its page workers too: they have nothing to
  // check or migrate, and an embedded database opened there keeps its lock
  // until the worker exits, which can be after `npm start` tries to open it.
  if (settings().NEXT_PHASE === "phase-production-build") return;
  // A server that cannot sign sessions must not start and fail every sign-in.
  if (settings().NODE_ENV === "production") refuseToStartIfUnsafe({ needSecret: true });
  const { getDbHandle } = await import("@/db/client");
  const { migrateDb } = await import("@/db/migrate");
  const handle = await getDbHandle();
  await migrateDb(handle);
  // Anchor a trail written before the audit key existed (once; ./lib/audit/append.ts).
  const { anchorAuditChain } = await import("@/lib/audit/append");
  if (await anchorAuditChain(handle.db)) console.log("Lantern: audit chain anchored with the audit key");
  console.log(`Lantern: database ready (${handle.kind}, ${handle.location})`);
  let socket: LocalSocket | null = null;
  // (its own module: the Edge build of this file must not see process.exit)
  const { closeBeforeExitOnStop } = await import("@/db/close-on-stop");
  closeBeforeExitOnStop(async () => {
    await socket?.stop();
    await handle.close();
  });
  if (handle.kind === "pglite") {
    const { serveLocalSocket, pgliteOf } = await import("@/db/local-socket");
    try {
      socket = await serveLocalSocket(pgliteOf(handle), handle.location);
      console.log(`Lantern: local commands (npm run lantern) reach the database through ${socket.path}`);
    } catch (error) {
      console.warn(
        `Lantern: could not serve the database to local commands (${error instanceof Error ? error.message : error}); ` +
          "npm run lantern will refuse while this server runs.",
      );
    }
  }
}
