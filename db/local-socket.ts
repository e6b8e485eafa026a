// While the server holds the embedded database (db/lock.ts), other local
// Lantern processes (the CLI) reach it through the server: the server serves
// its one PGlite instance on a Unix socket in the data directory with
// @electric-sql/pglite-socket, and the CLI connects there with postgres-js.
// Only the server process ever opens the database files.
//
// PGlite is one session. The socket's queries and the app's own must never
// interleave inside one another's transactions, so a socket client takes
// PGlite's transaction lock (the one the app's queries and transactions
// take) at its first message and keeps it until PostgreSQL reports the
// session idle again (ReadyForQuery "I"): its transaction runs whole, then
// the app carries on. A few clients may connect at once; their transactions
// queue the same way.
//
// Access control is the file system: the socket's directory is 0700 and the
// socket 0600, so only the account that runs Lantern can connect.
import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { DbHandle } from "./client";
import * as schema from "./schema";

/** The PGlite instance behind an embedded-database handle (Drizzle keeps it as $client). */
export function pgliteOf(handle: DbHandle): PGlite {
  if (handle.kind !== "pglite") throw new Error("Not the embedded database.");
  return (handle.db as unknown as { $client: PGlite }).$client;
}

/** The socket's directory inside the data directory. */
export function socketDir(dataDir: string): string {
  return path.join(dataDir, "socket");
}

export function socketFile(dataDir: string): string {
  return path.join(socketDir(dataDir), "pglite.sock");
}

/** How long a connected client may stay silent before it is disconnected (its transaction rolled back). */
const IDLE_TIMEOUT_MS = 60_000;

/** ReadyForQuery with status Idle: 'Z', length 5, 'I'. */
const READY_IDLE = [0x5a, 0, 0, 0, 5, 0x49];

type PGliteInternals = PGlite & { _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T> };

/**
 * The PGlite instance as the socket server sees it: every message runs while
 * holding PGlite's transaction lock, taken at the client's first message and
 * let go when the session is idle again.
 */
function shareWithSocket(client: PGlite): PGlite {
  const inner = client as PGliteInternals;
  let letGo: (() => void) | null = null;
  let tail: number[] = [];

  const take = () =>
    new Promise<void>((granted) => {
      void inner._runExclusiveTransaction(
        () =>
          new Promise<void>((done) => {
            letGo = done;
            granted();
          }),
      );
    });
  const release = () => {
    const done = letGo;
    letGo = null;
    done?.();
  };
  const idle = () => tail.length === READY_IDLE.length && tail.every((b, i) => b === READY_IDLE[i]);

  const overrides = {
    async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
      if (!letGo) await take();
      tail = [];
      try {
        const result = await inner.runExclusive(fn);
        if (idle()) release();
        return result;
      } catch (error) {
        // A message PGlite could not run at all (not a SQL error, which is an
        // answer): the client's session is in doubt, so roll back and let the app go on.
        await inner.runExclusive(() => inner.execProtocolRaw(simpleQuery("ROLLBACK"))).catch(() => {});
        release();
        throw error;
      }
    },
    async execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void; syncToFs?: boolean }) {
      return inner.execProtocolRawStream(message, {
        ...options,
        onRawData: (data: Uint8Array) => {
          tail = [...tail, ...data.subarray(Math.max(0, data.length - READY_IDLE.length))].slice(-READY_IDLE.length);
          options.onRawData(data);
        },
      });
    },
    /** While a client holds the lock the session is its own, whatever PostgreSQL's block state. */
    isInTransaction(): boolean {
      return letGo !== null || inner.isInTransaction();
    },
    /** The server rolls back a disconnected client's transaction with exec("ROLLBACK"). */
    async exec(query: string) {
      if (!letGo) return inner.exec(query);
      try {
        await inner.runExclusive(() => inner.execProtocolRaw(simpleQuery(query)));
        return [];
      } finally {
        release();
      }
    },
    /** Lets the app go on if the server stops while a client holds the lock. */
    releaseSocketLock: release,
  };

  return new Proxy(inner, {
    get(target, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof typeof overrides];
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** A simple-protocol Query message. */
function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(sql + "\0", "utf8");
  const message = Buffer.alloc(1 + 4 + text.length);
  message.write("Q", 0, "ascii");
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}

export interface LocalSocket {
  path: string;
  stop(): Promise<void>;
}

const serving = globalThis as typeof globalThis & { lanternLocalSockets?: Map<string, Promise<LocalSocket>> };

/** Serves the server's PGlite on the data directory's socket, owner-only (once per process and directory). */
export function serveLocalSocket(client: PGlite, dataDir: string): Promise<LocalSocket> {
  const sockets = (serving.lanternLocalSockets ??= new Map());
  let socket = sockets.get(dataDir);
  if (!socket) {
    socket = listen(client, dataDir).then((served) => ({
      path: served.path,
      stop: async () => {
        sockets.delete(dataDir);
        await served.stop();
      },
    }));
    socket.catch(() => sockets.delete(dataDir));
    sockets.set(dataDir, socket);
  }
  return socket;
}

async function listen(client: PGlite, dataDir: string): Promise<LocalSocket> {
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const dir = socketDir(dataDir);
  const file = socketFile(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  // A socket left by a server that died: this process holds the lock now, so it is stale.
  fs.rmSync(file, { force: true });
  const shared = shareWithSocket(client);
  const server = new PGLiteSocketServer({ db: shared, path: file, maxConnections: 4, idleTimeout: IDLE_TIMEOUT_MS });
  await server.start();
  fs.chmodSync(file, 0o600);
  const removeFile = () => fs.rmSync(file, { force: true });
  process.once("exit", removeFile);
  return {
    path: file,
    stop: async () => {
      await server.stop();
      (shared as unknown as { releaseSocketLock: () => void }).releaseSocketLock();
      process.off("exit", removeFile);
      removeFile();
    },
  };
}

/**
 * Connects to the running server's socket, or returns null when there is none
 * (no server, or one that does not serve it).
 */
export async function openThroughServer(dataDir: string): Promise<DbHandle | null> {
  const file = socketFile(dataDir);
  if (!fs.existsSync(file)) return null;
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres({
    path: file,
    user: "postgres",
    database: "postgres",
    max: 1,
    // PGlite is one session shared by every client: named prepared statements
    // would outlive this process and clash with the next one's.
    prepare: false,
    connect_timeout: 10,
    onnotice: () => {},
  });
  try {
    await client`select 1`;
  } catch {
    await client.end({ timeout: 1 }).catch(() => {});
    return null;
  }
  return {
    db: drizzle(client, { schema }) as unknown as DbHandle["db"],
    kind: "postgres",
    location: `${dataDir}, through the running Lantern server`,
    close: () => client.end({ timeout: 5 }),
  };
}
