// What the HTTP benchmarks share: start the production server the way
// `npm start` does, sign in through Auth.js, and measure with autocannon.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

export interface BenchServer {
  base: string;
  distDir: string;
  /** the spawned process (with BENCH_USE_BUILD=1, the server itself) */
  pid: number | undefined;
  stop(): void;
}

/** CPU seconds (user + system) a process and its running children (the server processes) have used so far, from /proc (Linux). */
export function cpuSecondsOf(pid: number): number {
  const stat = (id: string) => {
    try {
      return fs.readFileSync(`/proc/${id}/stat`, "utf8").split(") ")[1].split(" ");
    } catch {
      return null; // gone since the listing
    }
  };
  let seconds = 0;
  for (const id of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    const fields = stat(id);
    if (!fields || (Number(id) !== pid && Number(fields[1]) !== pid)) continue;
    seconds += (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 a second)
  }
  return seconds;
}

export async function startServer({
  port,
  dataDir,
  distDir,
  databaseUrl = "",
  workers = 1,
}: {
  port: number;
  dataDir: string;
  distDir: string;
  /** PostgreSQL instead of the embedded database */
  databaseUrl?: string;
  /** server processes (LANTERN_WORKERS; more than one needs databaseUrl) */
  workers?: number;
}): Promise<BenchServer> {
  const base = `http://127.0.0.1:${port}`;
  if (await fetch(`${base}/signin`).then(() => true, () => false)) {
    throw new Error(`port ${port} is already in use: set BENCH_PORT to a free port`);
  }
  // BENCH_USE_BUILD=1: serve the build already in distDir with `next start`, without
  // npm start's rebuild when any source is newer (on a tree others are editing, that
  // is every run). Only for a bench that prepares its own data directory (bench/pages.ts).
  const useBuild = process.env.BENCH_USE_BUILD === "1";
  // BENCH_PROFILE=dir: the server writes a V8 CPU profile there when it stops (with BENCH_USE_BUILD=1).
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  // (a CPU profile is of one `next start`; otherwise `npm run serve`'s script, which starts LANTERN_WORKERS of them)
  const command =
    useBuild && profile.length > 0
      ? [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(port)]
      : useBuild
        ? ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts", "-p", String(port)]
        : ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"];
  const server: ChildProcess = spawn(process.execPath, command, {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      LANTERN_DATA_DIR: dataDir,
      LANTERN_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      LANTERN_WORKERS: String(workers),
      AUTH_SECRET: "bench-only-secret-not-for-production-0000000",
      NODE_ENV: "production",
    },
    detached: true,
  });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  try {
    await waitForServer(`${base}/signin`);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, distDir, pid: server.pid, stop };
}

async function waitForServer(url: string, timeoutMs = 900_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`server did not start at ${url}`);
}

/**
 * Serves the build and the data bench/pages.ts left (run that first): its
 * embedded database directory, or with BENCH_DATABASE_URL the PostgreSQL
 * database it made on that server; BENCH_WORKERS server processes.
 */
export function serveBenchPagesData(port: number): Promise<BenchServer> {
  process.env.BENCH_USE_BUILD = "1";
  let databaseUrl = "";
  if (process.env.BENCH_DATABASE_URL) {
    const url = new URL(process.env.BENCH_DATABASE_URL);
    url.pathname = `/${process.env.BENCH_DATABASE_NAME ?? "lantern_bench_pages"}`;
    databaseUrl = url.toString();
  }
  return startServer({
    port,
    dataDir: path.resolve(process.env.BENCH_DATA_DIR ?? ".data-bench-pages"),
    distDir: process.env.LANTERN_DIST_DIR || ".next-bench",
    databaseUrl,
    workers: Number(process.env.BENCH_WORKERS ?? 1),
  });
}

/** Signs in through Auth.js's credentials endpoint and returns the cookies to send. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed: HTTP ${response.status}`);
  return [...jar, session].join("; ");
}

/** A script the page itself loads, so the static file is one the server really serves. */
export function staticScriptIn(html: string): string {
  const match = /\/_next\/static\/[^"']+\.js/.exec(html);
  if (!match) throw new Error("the page loads no static script");
  return match[0];
}

/**
 * The headers a browser sends for a page: Accept (Lantern sends kept HTML once
 * only to a page load: lib/html/in-app-request.ts) and Accept-Encoding, so the
 * bytes measured are the compressed bytes a browser receives (BENCH_GZIP=0 asks
 * for the page uncompressed, as the runs before 7 December 2026 did).
 */
export const PAGE_LOAD: Record<string, string> = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  ...(process.env.BENCH_GZIP === "0" ? {} : { "accept-encoding": "gzip, deflate, br" }),
};

export interface Measured {
  title: string;
  p50: number;
  p975: number;
  rps: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytes: number;
}

/**
 * autocannon against one URL. `timeoutSeconds` is how long a client waits
 * for a response before counting an error (autocannon's default is 10 s).
 */
export async function measure({
  title,
  url,
  cookie,
  connections = 10,
  seconds,
  timeoutSeconds = 10,
  headers = {},
}: {
  title: string;
  url: string;
  cookie?: string;
  connections?: number;
  seconds: number;
  timeoutSeconds?: number;
  /** more request headers (e.g. a browser's Accept) */
  headers?: Record<string, string>;
}): Promise<Measured> {
  const result = await autocannon({ url, connections, duration: seconds, timeout: timeoutSeconds, headers: { ...headers, ...(cookie ? { cookie } : {}) } });
  return {
    title,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    max: result.latency.max,
    rps: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytes: Math.round(result.throughput.average / Math.max(result.requests.average, 1)),
  };
}

export function printTable(rows: Measured[]) {
  console.log(["what".padEnd(48), "p50 ms".padStart(8), "p97.5 ms".padStart(10), "max ms".padStart(8), "req/s".padStart(9), "bytes/req".padStart(11), "non-2xx+err".padStart(12)].join(""));
  for (const r of rows) {
    console.log(
      [r.title.padEnd(48), String(r.p50).padStart(8), String(r.p975).padStart(10), String(r.max).padStart(8), r.rps.toFixed(1).padStart(9), String(r.bytes).padStart(11), String(r.non2xx + r.errors).padStart(12)].join(""),
    );
  }
}

/**
 * Each page against the floor page measured in the same run (p97.5 as a
 * multiple of the floor's) and against the static file (requests/s as a
 * share of the file's): ratios a busy shared machine moves far less than
 * the times themselves.
 */
export function printRatios(rows: Measured[], floor: Measured, file: Measured) {
  console.log(`\n${"ratios".padEnd(48)}${"p97.5 / floor".padStart(14)}${"req/s / static".padStart(16)}`);
  for (const r of rows) {
    if (r === floor || r === file) continue;
    console.log(`${r.title.padEnd(48)}${(r.p975 / Math.max(floor.p975, 1)).toFixed(2).padStart(14)}${(r.rps / Math.max(file.rps, 1)).toFixed(3).padStart(16)}`);
  }
}
