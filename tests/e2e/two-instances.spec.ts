// Two Lantern servers (the production build) on one PostgreSQL database, as a
// load-balanced deployment runs: a write through one is read through the
// other, a session from one works on the other, and a publish or an approval
// clicked on both at once happens exactly once. The first is `next start`; the
// second is `npm run serve` with LANTERN_WORKERS=2 (scripts/serve.ts: two
// server processes sharing its port), so everything here also holds across
// the processes of one server, and it stops as one.
// Needs PostgreSQL: LANTERN_E2E_POSTGRES (default postgres://postgres@127.0.0.1:5432/postgres);
// skipped, saying so, when it cannot be reached — except under CI, where that fails.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import postgres from "postgres";

const ADMIN_URL = process.env.LANTERN_E2E_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PORTS = [Number(process.env.E2E_PORT ?? 3100) + 10, Number(process.env.E2E_PORT ?? 3100) + 11];
const root = path.resolve(import.meta.dirname, "../..");
const name = `lantern_two_${Date.now()}`;
const dbUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
})();
const env = {
  ...process.env,
  DATABASE_URL: dbUrl,
  AUTH_SECRET: "two-instances-test-secret-not-for-production-0000",
  LANTERN_DIST_DIR: process.env.LANTERN_DIST_DIR || ".next",
  NEXT_TELEMETRY_DISABLED: "1",
};
const servers: ChildProcess[] = [];
let sql: postgres.Sql | null = null;
let reachable = true;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    await admin.end();
    // CI has PostgreSQL (.ci/run starts it): there, not reaching it is a failure, not a reason to skip.
    if (process.env.CI) throw new Error(`CI: no PostgreSQL at ${ADMIN_URL} (${error instanceof Error ? error.message : error})`);
    reachable = false;
    return;
  }
  await admin.end();
  const seeded = await new Promise<number | null>((resolve) =>
    spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/main.ts", "seed-demo"], { cwd: root, env, stdio: "ignore" }).on("exit", resolve),
  );
  expect(seeded).toBe(0);
  servers.push(spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(PORTS[0])], { cwd: root, env, stdio: "ignore" }));
  servers.push(
    spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts", "-p", String(PORTS[1])], {
      cwd: root,
      env: { ...env, LANTERN_WORKERS: "2" },
      stdio: "ignore",
    }),
  );
  for (const port of PORTS) {
    await expect(async () => expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200)).toPass({ timeout: 120_000 });
  }
  sql = postgres(dbUrl, { max: 2, onnotice: () => {} });
});

test.afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  await sql?.end();
  if (reachable) {
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});

const base = (i: number) => `http://127.0.0.1:${PORTS[i]}`;

async function signedIn(browser: Browser, i: number, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: base(i) })).newPage();
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(process.env.LANTERN_DEMO_PASSWORD || "lantern-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  return page;
}

test("a write through one server is read through the other", async ({ browser }) => {
  test.skip(!reachable, `no PostgreSQL at ${ADMIN_URL}`);
  const a = await signedIn(browser, 0, "admin@lantern.example");
  const loaded = await a.evaluate(async () => {
    const response = await fetch("/api/import/values?file=june.csv", { method: "POST", body: "indicator,period,value\nM1,2020-06,999\n" });
    return response.status;
  });
  expect(loaded).toBe(200);
  const b = await signedIn(browser, 1, "manager@lantern.example");
  const card = await b.request.get("/api/scorecards/2020-06?service=front-door");
  expect(card.status()).toBe(200);
  const m1 = (await card.json()).rows.find((r: { code: string }) => r.code === "M1");
  expect(m1.value).toBe(999);
});

test("publishing one paper on both servers at once publishes it exactly once", async ({ browser }) => {
  test.skip(!reachable, `no PostgreSQL at ${ADMIN_URL}`);
  const [paper] = await sql!`
    insert into snapshots (authority_id, board_id, title, meeting_date, period)
    select authority_id, board_id, 'Published twice at once?', '2020-07-01', '2020-04' from snapshots limit 1
    returning id`;
  await sql!`insert into snapshot_services (snapshot_id, service_key) select ${paper.id}, service_key from scorecard_approvals where period = '2020-04'`;
  const pages = [await signedIn(browser, 0, "admin@lantern.example"), await signedIn(browser, 1, "manager@lantern.example")];
  for (const page of pages) {
    await page.goto(`/snapshots/${paper.id}`);
    await page.getByRole("checkbox", { name: /Publish to the/ }).check();
  }
  await Promise.all(pages.map((page) => page.getByRole("button", { name: "Publish snapshot" }).click()));
  await expect(async () => {
    const [row] = await sql!`select status::text as status from snapshots where id = ${paper.id}`;
    expect(row.status).toBe("published");
  }).toPass({ timeout: 30_000 });
  await Promise.all(pages.map((page) => page.waitForLoadState("networkidle")));
  const [{ events }] = await sql!`select count(*)::int as events from audit_events where action = 'snapshot.publish' and entity_id = ${String(paper.id)}`;
  expect(events).toBe(1);
  const [{ rows, expected }] = await sql!`
    select (select count(*)::int from snapshot_rows where snapshot_id = ${paper.id}) as rows,
           (select count(*)::int from indicators where service_key in (select service_key from snapshot_services where snapshot_id = ${paper.id})) as expected`;
  expect(rows).toBe(expected);
});

test("approving one scorecard on both servers at once approves it exactly once", async ({ browser }) => {
  test.skip(!reachable, `no PostgreSQL at ${ADMIN_URL}`);
  await sql!`delete from scorecard_approvals where service_key = 'front-door' and period = '2020-04'`;
  const [{ since }] = await sql!`select now() as since`;
  const pages = [await signedIn(browser, 0, "manager@lantern.example"), await signedIn(browser, 1, "admin@lantern.example")];
  const panels = [];
  for (const page of pages) {
    await page.goto("/approvals?period=2020-04");
    panels.push(page.getByRole("region", { name: /^Front door .*April 2020$/ }));
  }
  await Promise.all(panels.map((panel) => panel.getByRole("button", { name: "Approve scorecard" }).click()));
  await expect(async () => {
    const [{ n }] = await sql!`select count(*)::int as n from scorecard_approvals where service_key = 'front-door' and period = '2020-04'`;
    expect(n).toBe(1);
  }).toPass({ timeout: 30_000 });
  await Promise.all(pages.map((page) => page.waitForLoadState("networkidle")));
  const [{ events }] = await sql!`select count(*)::int as events from audit_events
    where action in ('scorecard.approve', 'scorecard.reconfirm') and after->>'serviceKey' = 'front-door' and after->>'period' = '2020-04'
      and at >= ${since}`;
  expect(events).toBe(1);
});

/** The processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return Number(fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]) === pid;
      } catch {
        return false; // ended since the listing
      }
    })
    .map(Number);
}

test("LANTERN_WORKERS=2: two server processes answer on one port, and SIGTERM stops them both", async () => {
  test.skip(!reachable, `no PostgreSQL at ${ADMIN_URL}`);
  const serve = servers[1];
  const workers = childrenOf(serve.pid!);
  expect(workers).toHaveLength(2);
  // a new connection each time, so the connections go to both processes in turn
  for (let i = 0; i < 20; i++) {
    const response = await fetch(`${base(1)}/signin`, { headers: { connection: "close" } });
    expect(response.status).toBe(200);
  }
  const exited = new Promise<number | null>((resolve) => serve.on("exit", (code) => resolve(code)));
  serve.kill("SIGTERM");
  expect(await exited).toBe(143);
  for (const pid of workers) expect(fs.existsSync(`/proc/${pid}`), `server process ${pid} has stopped`).toBe(false);
});
