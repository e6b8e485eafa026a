// SIGTERM lets requests in flight finish: a Lantern server told to stop while
// an upload is still arriving stops accepting connections at once, answers
// that upload whole (200 and its preview), closes the
// embedded database cleanly and exits 143. Both ways of running it:
// `npm run serve` (`next start`) and `npm start` (scripts/start.ts, which
// forwards the signal and waits for the server).
//
// "Closed cleanly" is read from PostgreSQL's own control file: its state is
// "shut down" (1) only after a real close; a process that just exits leaves
// "in production" (6), and the next start must recover from the WAL.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.E2E_PORT ?? 3100) + 12;
const dataDir = path.resolve(root, `${process.env.E2E_DATA_DIR ?? ".data-e2e"}-shutdown`);
const base = `http://127.0.0.1:${PORT}`;
const env = {
  ...process.env,
  DATABASE_URL: "",
  LANTERN_DATA_DIR: dataDir,
  AUTH_SECRET: "shutdown-test-secret-not-for-production-00000000",
  LANTERN_DIST_DIR: process.env.LANTERN_DIST_DIR || ".next",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(PORT),
};
const DB_SHUT_DOWN = 1;

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  test.setTimeout(120_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const seeded = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/main.ts", "seed-demo"], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  expect(seeded.status, seeded.stderr).toBe(0);
});

test.afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

interface Server {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startServer(args: string[]): Server {
  // Its own process group, so a failed test can stop `npm start`'s server with it.
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

function stop(server: Server) {
  try {
    process.kill(-server.child.pid!, "SIGKILL");
  } catch {
    /* already gone */
  }
}

async function adminCookie(browser: Browser): Promise<string> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email address").fill("admin@lantern.example");
  await page.getByLabel("Password").fill(process.env.LANTERN_DEMO_PASSWORD || "lantern-demo");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  const cookies = await context.cookies();
  await context.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** A preview upload sent in two parts: the headers and first line now, the rest when `finish` is called. */
function slowUpload(cookie: string) {
  const head = "indicator,period,value\n";
  const rest = "M1,2020-06,999\n";
  const request = http.request(`${base}/api/import/preview?file=slow.csv&kind=values`, {
    method: "POST",
    agent: new http.Agent({ keepAlive: true }),
    headers: {
      cookie,
      origin: base,
      "content-type": "text/csv",
      "content-length": Buffer.byteLength(head + rest),
    },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on("response", (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", reject);
    });
    request.on("error", reject);
  });
  request.write(head);
  return { response, finish: () => request.end(rest) };
}

/** How a new TCP connection to the server fares: "refused", or "accepted" while it still listens. */
function connect(): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(PORT, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve("accepted");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED" ? "refused" : String(error.code)));
  });
}

async function stopMidRequest(browser: Browser, server: Server) {
  await expect(async () => expect((await fetch(`${base}/api/health`)).status).toBe(200), "the server answers its health check").toPass({ timeout: 60_000 });
  const cookie = await adminCookie(browser);
  const upload = slowUpload(cookie);
  // Give the server time to read the request's headers: the request is in flight.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  server.child.kill("SIGTERM");
  await expect(async () => expect(await connect()).toBe("refused")).toPass({ timeout: 10_000 });
  expect(server.child.exitCode, "the server waits for the request in flight").toBeNull();
  upload.finish();
  const { status, body } = await upload.response;
  expect(status, body).toBe(200);
  const lines = body.trim().split("\n").map((line) => JSON.parse(line));
  expect(lines.at(-1), body).toMatchObject({ type: "result", ok: true });
  expect(await server.exited, server.output()).toBe(143);
  const state = fs.readFileSync(path.join(dataDir, "pgdata", "global", "pg_control")).readUInt32LE(16);
  expect(state, `pg_control state (1 = shut down, 6 = in production)\n${server.output()}`).toBe(DB_SHUT_DOWN);
  expect(fs.existsSync(path.join(dataDir, "lantern.lock")), "the data directory's lock is released").toBe(false);
}

test("next start (npm run serve): SIGTERM finishes the request in flight, then closes the database and exits", async ({ browser }) => {
  test.setTimeout(90_000);
  const server = startServer([path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT)]);
  try {
    await stopMidRequest(browser, server);
  } finally {
    stop(server);
  }
});

test("npm start (scripts/start.ts): the signal reaches the server and start.ts waits for it", async ({ browser }) => {
  test.setTimeout(90_000);
  const server = startServer(["--conditions=react-server", "--import", "tsx", "scripts/start.ts"]);
  try {
    await stopMidRequest(browser, server);
    expect(server.output()).toMatch(/Using the existing data/);
  } finally {
    stop(server);
  }
});
