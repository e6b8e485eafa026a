// PGlite does not lock its directory, and a second process opening it corrupts
// data. Every process that opens the embedded database first takes this lock
// file (created exclusively); a second process gets a clear message instead.
import fs from "node:fs";
import path from "node:path";

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: { pid: number; command: string; since: string },
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Lantern process ` +
        `(pid ${holder.pid}, "${holder.command}", since ${holder.since}). ` +
        `Only one process may open it at a time: stop that process first, ` +
        `or run Lantern on PostgreSQL by setting DATABASE_URL.`,
    );
    this.name = "DataDirInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const held = new Map<string, () => void>();

/**
 * The data directory holds the database, its lock and the session secret:
 * created readable by its owner only (0700), and tightened to that if an
 * older version made it world-readable.
 */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = fs.statSync(dir);
  if ((stat.mode & 0o077) !== 0 && typeof process.getuid === "function" && stat.uid === process.getuid()) fs.chmodSync(dir, 0o700);
}

/** Takes the lock on `dataDir`, or throws DataDirInUseError. Released on process exit. */
export function lockDataDir(dataDir: string, command = process.argv.slice(1).join(" ")): () => void {
  const existing = held.get(dataDir);
  if (existing) return existing;
  ensurePrivateDir(dataDir);
  const lockFile = path.join(dataDir, "lantern.lock");
  const me = JSON.stringify({ pid: process.pid, command, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, me, { flag: "wx" });
      const release = () => {
        held.delete(dataDir);
        try {
          const current = JSON.parse(fs.readFileSync(lockFile, "utf8"));
          if (current.pid === process.pid) fs.unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      held.set(dataDir, release);
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder: { pid: number; command: string; since: string };
      try {
        holder = JSON.parse(fs.readFileSync(lockFile, "utf8"));
      } catch {
        holder = { pid: -1, command: "unknown", since: "unknown" };
      }
      if (holder.pid > 0 && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DataDirInUseError(dataDir, holder);
      }
      // The holder died without cleaning up: the lock is stale, take it over.
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
