// `npm start`: the one command for a fresh machine. Builds Lantern if the
// build is missing or older than the code, applies migrations, loads the demo
// data (once), prints the demo accounts and serves on PORT (default 3000).
// A production deployment runs `npm run serve` instead: no demo data.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dataDir, openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { ensurePrivateDir } from "@/db/lock";
import { printDemoAccounts } from "@/lib/cli/print-accounts";
import { seedDemo } from "@/lib/seed/demo";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function newestSourceTime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "db"]) if (fs.existsSync(dir)) walk(path.join(root, dir));
  for (const file of ["next.config.mjs", "tailwind.config.ts", "proxy.ts", "instrumentation.ts", "package.json"]) {
    if (fs.existsSync(file)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  const buildId = path.join(root, process.env.LANTERN_DIST_DIR || ".next", "BUILD_ID");
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestSourceTime()) return;
  console.log("Building Lantern (next build)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    // A build worker that opens the embedded database can hold its lock after
    // the build ends; give the build a throwaway data directory of its own so
    // the server below never finds the real one locked.
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      ...process.env,
      LANTERN_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "lantern-build-")),
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 2);
}

/** Auth.js signs sessions with AUTH_SECRET; a local install keeps its own in the data directory. */
function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const dir = dataDir();
  ensurePrivateDir(dir);
  const file = path.join(dir, "auth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  ensureBuild();
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
  const port = process.env.PORT ?? "3000";
  console.log(`Lantern: http://localhost:${port}`);
  const server = spawn(process.execPath, [nextBin, "start", "-p", port], {
    stdio: "inherit",
    env: { ...process.env, AUTH_SECRET: ensureAuthSecret() },
  });
  // Stopping is the server's to do: it finishes the requests in flight and
  // closes the database, then exits (143 after SIGTERM); this waits for that.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
