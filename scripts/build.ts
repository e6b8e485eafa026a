// The production build, made when it is missing or older than the code:
// `npm start` (scripts/start.ts) and the benchmarks (bench/) share it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { settings } from "@/lib/config/env";

const root = process.cwd();

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

/** Builds into `distDir` (default LANTERN_DIST_DIR or .next) unless its build is newer than every source; `keep`: use any build there. */
export function ensureBuild({ distDir = settings().LANTERN_DIST_DIR, keep = false }: { distDir?: string; keep?: boolean } = {}): void {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (fs.existsSync(buildId) && (keep || fs.statSync(buildId).mtimeMs >= newestSourceTime())) return;
  console.log(`Building Lantern into ${distDir} (next build)…`);
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    stdio: "inherit",
    // A build worker that opens the embedded database can hold its lock after
    // the build ends; give the build a throwaway data directory of its own so
    // the server started after it never finds the real one locked.
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      ...process.env,
      LANTERN_DIST_DIR: distDir,
      LANTERN_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "lantern-build-")),
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 2);
}
