// `npm start`: the one command for a fresh machine. Builds Lantern if the
// build is missing or older than the code, applies migrations, loads the demo
// data (once), prints the demo accounts and serves on PORT (default 3000).
// A production deployment runs `npm run serve` instead: no demo data.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir, openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { ensurePrivateDir } from "@/db/lock";
import { refuseToStartIfUnsafe, settings } from "@/lib/config/env";
import { printDemoAccounts } from "@/lib/cli/print-accounts";
import { seedDemo } from "@/lib/seed/demo";
import { LOCAL_SECRET_FILE } from "@/lib/audit/key";
import { ensureBuild } from "./build";
import { listenArgs, serve, workerCount } from "./serve";

/** Auth.js signs sessions with AUTH_SECRET; a local install keeps its own in the data directory. */
function ensureAuthSecret(): string {
  const given = settings().AUTH_SECRET;
  if (given) return given;
  const dir = dataDir();
  ensurePrivateDir(dir);
  const file = path.join(dir, LOCAL_SECRET_FILE);
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  // A bad setting (a weak AUTH_SECRET among them) stops it before the build.
  refuseToStartIfUnsafe({ needSecret: false });
  ensureBuild();
  // Before the demo is loaded: its audit events are anchored with the key derived from it (lib/audit/key.ts).
  process.env.AUTH_SECRET = ensureAuthSecret();
  const handle = await openDb();
  try {
    await migrateDb(handle);
    const result = await seedDemo({ db: handle.db });
    console.log(result.loaded ? "Demo data loaded." : "Using the existing data.");
    printDemoAccounts(result, console.log);
  } finally {
    // The server takes the embedded database over: only one process may hold it.
    await handle.close();
  }
  const args = listenArgs([]);
  const [port, host] = [args[args.indexOf("-p") + 1], args[args.indexOf("-H") + 1]];
  const workers = workerCount();
  console.log(`Lantern: http://${host === "127.0.0.1" ? "localhost" : host}:${port}${workers > 1 ? ` (${workers} server processes)` : ""}`);
  // Stopping is the server's to do: it finishes the requests in flight and
  // closes the database, then exits (143 after SIGTERM); serve() waits for that.
  process.exit(await serve({ args, workers, env: process.env }));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
