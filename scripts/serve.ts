// `npm run serve` (and the last step of `npm start`): serves the production
// build on PORT with LANTERN_WORKERS server processes (default 1).
//
// One Node.js process renders on one CPU. On PostgreSQL, several processes
// share the port (Node's cluster module hands each connection to the next
// process in turn), so a machine with two CPUs serves about twice the pages.
// Each process is a whole `next start`: sessions, every write and the data
// version that invalidates each process's caches live in the database, as for
// instances behind a load balancer (tests/e2e/two-instances.spec.ts). The
// embedded database can be held by one process only, so without DATABASE_URL
// there is one.
//
// Migrations run here once, before any server process starts, so two never
// race to create the same table. On SIGTERM or SIGINT every process finishes
// its requests in flight and closes the database (instrumentation.ts); this
// exits with the first one's code once all have stopped. A process that dies
// on its own is replaced.
import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { refuseToStartIfUnsafe, settings, type Settings } from "@/lib/config/env";

const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/** How many server processes to run: LANTERN_WORKERS, one on the embedded database. */
export function workerCount(env: Pick<Settings, "LANTERN_WORKERS" | "DATABASE_URL"> = settings()): number {
  const count = env.LANTERN_WORKERS === "auto" ? os.availableParallelism() : env.LANTERN_WORKERS;
  if (count > 1 && !env.DATABASE_URL) {
    throw new Error("LANTERN_WORKERS above 1 needs DATABASE_URL: the embedded database can be held by one process only.");
  }
  return count;
}

/**
 * `next start`'s options: the port (PORT, default 3000) and the address it
 * listens on (HOSTNAME, default 127.0.0.1). Listening on every interface by
 * default would let anyone who can reach the port skip the reverse proxy in
 * front of it (its TLS, HSTS and the X-Forwarded-For it sets).
 */
export function listenArgs(given: string[], env: Pick<Settings, "PORT" | "HOSTNAME"> = settings()): string[] {
  const has = (short: string, long: string) => given.some((a) => a === short || a === long || a.startsWith(`${long}=`));
  const args = [...given];
  if (!has("-p", "--port")) args.push("-p", String(env.PORT));
  if (!has("-H", "--hostname")) args.push("-H", env.HOSTNAME);
  return args;
}

/** Starts the server processes and resolves with the exit code once they have all stopped. */
export async function serve({ args, workers, env = process.env }: { args: string[]; workers: number; env?: NodeJS.ProcessEnv }): Promise<number> {
  if (workers > 1) {
    const handle = await openDb();
    try {
      await migrateDb(handle);
    } finally {
      await handle.close();
    }
  }
  // With a process per CPU, V8's collector threads (by default a process
  // collects garbage on several) take CPU from the other processes' requests:
  // each collecting on its own thread served ~20 % more pages on 2 CPUs
  // (bench/README.md, the scorecard's throughput).
  // Each process records every request's TCP peer where no client can forge it (scripts/peer-address.mjs),
  // and answers requests for the pages held as files ahead of Next.js (scripts/file-front.mjs).
  const preload = (name: string) => ["--import", pathToFileURL(path.join(process.cwd(), "scripts", name)).href];
  const execArgv = [...preload("peer-address.mjs"), ...preload("file-front.mjs"), ...(workers > 1 ? ["--single-threaded-gc"] : [])];
  cluster.setupPrimary({ exec: nextBin, args: ["start", ...args], execArgv, silent: false });
  let stopping = false;
  let exitCode: number | null = null;
  const running = new Set<Worker>();
  const served = new WeakSet<Worker>();
  cluster.on("listening", (worker) => served.add(worker));
  const start = () => {
    const worker = cluster.fork(env);
    running.add(worker);
  };
  return new Promise<number>((resolve) => {
    cluster.on("exit", (worker, code, signal) => {
      running.delete(worker);
      const codeOf = code ?? 128 + (signal ? os.constants.signals[signal as NodeJS.Signals] : 0);
      if (stopping) {
        exitCode ??= codeOf;
        if (running.size === 0) resolve(exitCode);
        return;
      }
      // A process that ends on its own (it refused to start, or crashed): with
      // one process, end with it; with several, replace it unless it never served.
      if (workers === 1 || !served.has(worker)) {
        stopping = true;
        exitCode = codeOf;
        for (const other of running) other.process.kill("SIGTERM");
        if (running.size === 0) resolve(codeOf);
        return;
      }
      console.error(`Lantern: a server process stopped (${signal ?? code}); starting another.`);
      start();
    });
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.on(signal, () => {
        stopping = true;
        for (const worker of running) worker.process.kill(signal);
      });
    }
    for (let i = 0; i < workers; i++) start();
  });
}

if (cluster.isPrimary && process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  // `npm run serve -- -p 3001` passes its options on to `next start`.
  // A bad setting, or no AUTH_SECRET, stops it before anything starts.
  refuseToStartIfUnsafe({ needSecret: true });
  const args = listenArgs(process.argv.slice(2));
  try {
    const workers = workerCount();
    serve({ args, workers }).then((code) => process.exit(code));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}
