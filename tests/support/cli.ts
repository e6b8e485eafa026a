// Runs the real CLI in a child process, as a user would (npm run lantern).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { createTestDb, TEST_DB_KIND, unpackTestDb } from "./db";

const root = path.resolve(import.meta.dirname, "../..");

export function runLantern(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/main.ts", ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * The CLI's environment for one test file: a data directory of its own and
 * the demo in its database, on PGlite in that directory or on a new
 * PostgreSQL database. By default the database starts as a copy of the demo
 * database global-setup made (the dump unpacked into the directory the CLI
 * opens, or a copy of the template database); `seed: "cli"` runs the real
 * `lantern seed-demo` instead (the CLI's own tests keep one such run). Filled
 * in place before the file's tests; the data directory is
 * `env.LANTERN_DATA_DIR`.
 */
export function seededCliEnv(prefix: string, options: { seed?: "copy" | "cli" } = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  const seed = options.seed ?? "copy";
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    if (TEST_DB_KIND === "postgres") {
      const handle = await createTestDb(seed === "cli" ? "empty" : "demo");
      Object.assign(env, { DATABASE_URL: handle.url, LANTERN_DATA_DIR: dataDir });
      cleanup = () => handle.close();
    } else {
      Object.assign(env, { DATABASE_URL: "", LANTERN_DATA_DIR: dataDir });
      cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
      if (seed === "copy") await unpackTestDb(dataDir, "demo");
    }
    if (seed === "cli") {
      const seeded = await runLantern(["seed-demo"], env);
      expect(seeded.stderr).toBe("");
      expect(seeded.code).toBe(0);
    }
  }, 180_000);
  afterAll(() => cleanup?.());
  return env;
}
