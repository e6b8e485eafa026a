// The lantern CLI while a server is using the database. On the embedded
// database the test process plays the server: it holds the data directory's
// lock and serves its PGlite on the socket exactly as instrumentation.ts does,
// and the CLI (a child process, as a user runs it) works through that socket
// while the "server" keeps querying. On PostgreSQL the CLI simply works beside
// another open connection.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type DbHandle } from "@/db/client";
import { openThroughServer, pgliteOf, serveLocalSocket, socketDir, socketFile, type LocalSocket } from "@/db/local-socket";
import { migrateDb } from "@/db/migrate";
import { auditEvents, indicators, indicatorValues, userRoles, users } from "@/db/schema";
import { createTestDb, TEST_DB_KIND, unpackTestDb } from "../support/db";
import { runLantern } from "../support/cli";

const demoDir = path.resolve(import.meta.dirname, "../../db/seed/demo");
let server: DbHandle;
let socket: LocalSocket | null = null;
let env: Record<string, string | undefined>;
let dataDir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-beside-"));
  if (TEST_DB_KIND === "postgres") {
    const handle = await createTestDb();
    server = handle;
    env = { DATABASE_URL: handle.url, LANTERN_DATA_DIR: dataDir };
    cleanup = () => handle.close();
  } else {
    // As the server starts: take the lock, migrate, serve the socket (on a copy of
    // the migrated database, so there is nothing left to migrate).
    await unpackTestDb(dataDir);
    server = await openDb({ url: "", dataDir });
    await migrateDb(server);
    socket = await serveLocalSocket(pgliteOf(server), dataDir);
    env = { DATABASE_URL: "", LANTERN_DATA_DIR: dataDir };
    cleanup = async () => {
      await socket?.stop();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
}, 120_000);
afterAll(() => cleanup?.());

describe.runIf(TEST_DB_KIND === "pglite")("the socket", () => {
  it("is reachable only by the account that runs Lantern (directory 0700, socket 0600)", () => {
    expect(fs.statSync(socketDir(dataDir)).mode & 0o777).toBe(0o700);
    const stat = fs.statSync(socketFile(dataDir));
    expect(stat.isSocket()).toBe(true);
    expect(stat.mode & 0o777).toBe(0o600);
  });
});

describe(
  TEST_DB_KIND === "pglite"
    ? "the CLI while a server holds the embedded database"
    : "the CLI while another connection is open on PostgreSQL",
  () => {
    it("imports the catalogue and a month's values, with the same audit as ever, while the server keeps answering", async () => {
      const indicatorsResult = await runLantern(["import", "indicators", path.join(demoDir, "indicators.csv")], env);
      expect(indicatorsResult.stderr).toBe("");
      expect(indicatorsResult.code).toBe(0);
      expect(indicatorsResult.stdout).toContain("Loaded indicators.csv (indicators): 55 rows, 55 new");

      // The server keeps reading while the values load, and never sees half an import.
      let loading = true;
      const seen = new Set<number>();
      const reads = (async () => {
        let count = 0;
        while (loading) {
          const [row] = await server.db.select({ n: sql<number>`count(*)::int` }).from(indicatorValues);
          seen.add(Number(row.n));
          count++;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return count;
      })();
      const valuesResult = await runLantern(["import", "values", path.join(demoDir, "values.csv")], env);
      loading = false;
      const readsDone = await reads;
      expect(valuesResult.stderr).toBe("");
      expect(valuesResult.code).toBe(0);
      expect(valuesResult.stdout).toContain("Loaded values.csv (values): 382 rows, 382 new, 0 changed, 0 unchanged.");
      expect(readsDone).toBeGreaterThan(1);
      expect([...seen].every((n) => n === 0 || n === 382)).toBe(true);

      const [{ n }] = await server.db.select({ n: sql<number>`count(*)::int` }).from(indicatorValues);
      expect(Number(n)).toBe(382);
      const audit = await server.db.select().from(auditEvents).where(eq(auditEvents.action, "import.values"));
      expect(audit).toHaveLength(1);
      expect(audit[0].summary).toContain("Loaded values.csv: 382 new");
    });

    it("refuses a bad file with the same messages and writes nothing", async () => {
      const file = path.join(dataDir, "bad-values.csv");
      fs.writeFileSync(file, "indicator,period,value\nM1,2020-05,1200\nM1,2020-5,1\n");
      const before = await server.db.select({ n: sql<number>`count(*)::int` }).from(indicatorValues);
      const result = await runLantern(["import", "values", file], env);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^bad-values\.csv:3:2: /);
      expect(result.stderr).toContain("1 error in bad-values.csv: nothing was loaded.");
      expect(await server.db.select({ n: sql<number>`count(*)::int` }).from(indicatorValues)).toEqual(before);
    });

    it("prints the scorecard the server's data gives", async () => {
      const result = await runLantern(["scorecard", "--period", "2020-04", "--service", "front-door", "--json"], env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const doc = JSON.parse(result.stdout);
      expect(doc.rows.find((r: { code: string }) => r.code === "M1")).toMatchObject({ value: 1147, previous: 1198 });
    });

    it("creates a user the server can see at once", async () => {
      const result = await runLantern(
        ["create-user", "--email", "Pat.Lead@Example.org", "--name", "Pat Lead", "--role", "manager", "--service", "cp", "--password", "a-long-password-1"],
        env,
      );
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Created pat.lead@example.org.");
      const [person] = await server.db.select().from(users).where(eq(users.email, "pat.lead@example.org"));
      expect(person).toMatchObject({ name: "Pat Lead" });
      expect(await server.db.select().from(userRoles).where(and(eq(userRoles.userId, person.id), eq(userRoles.role, "manager")))).toHaveLength(1);
      // The server's own writes still work afterwards.
      await server.db.update(indicators).set({ title: "Contacts received" }).where(eq(indicators.code, "M1"));
      const [m1] = await server.db.select({ title: indicators.title }).from(indicators).where(eq(indicators.code, "M1"));
      expect(m1.title).toBe("Contacts received");
    });

    it("verifies the audit trail", async () => {
      const result = await runLantern(["audit", "verify"], env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Audit trail intact: \d+ events, every link checked and anchored with the audit key [0-9a-f]{12}\.$/m);
    });
  },
);

describe.runIf(TEST_DB_KIND === "pglite")("one session, two users", () => {
  it("never runs the server's queries inside a socket client's transaction, nor the other way round", async () => {
    const client = await openThroughServer(dataDir);
    expect(client).not.toBeNull();
    const order: string[] = [];
    const event = (action: string) => ({ action, entityType: "test", entityId: null, summary: action });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    try {
      // The CLI's transaction is open (first insert done) when the server starts one that fails.
      const cli = client!.db.transaction(async (tx) => {
        await tx.insert(auditEvents).values(event("test.cli-1"));
        order.push("cli first insert");
        await sleep(300);
        await tx.insert(auditEvents).values(event("test.cli-2"));
        order.push("cli commit");
      });
      await sleep(100);
      const app = server.db
        .transaction(async (tx) => {
          order.push("app begins");
          await tx.insert(auditEvents).values(event("test.app"));
          throw new Error("the app's transaction fails");
        })
        .catch((error: Error) => order.push(error.message));
      await Promise.all([cli, app]);
      // And the other way: the CLI's statement waits for the server's transaction.
      const appSlow = server.db.transaction(async (tx) => {
        await tx.insert(auditEvents).values(event("test.app-slow"));
        await sleep(200);
        order.push("app slow commit");
      });
      await sleep(50);
      const cliRead = client!.db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditEvents)
        .where(eq(auditEvents.action, "test.app-slow"))
        .then(([row]) => order.push(`cli sees ${row.n}`));
      await Promise.all([appSlow, cliRead]);
    } finally {
      await client!.close();
    }
    expect(order).toEqual(["cli first insert", "cli commit", "app begins", "the app's transaction fails", "app slow commit", "cli sees 1"]);
    const stored = await server.db.select({ action: auditEvents.action }).from(auditEvents).where(sql`${auditEvents.action} like 'test.%'`);
    expect(stored.map((r) => r.action).sort()).toEqual(["test.app-slow", "test.cli-1", "test.cli-2"]);
  });
});

describe.runIf(TEST_DB_KIND === "pglite")("without the socket", () => {
  it("refuses with the lock's message, as before, while the lock is held", async () => {
    await socket?.stop();
    socket = null;
    expect(fs.existsSync(socketFile(dataDir))).toBe(false);
    const result = await runLantern(["scorecard", "--period", "2020-04", "--json"], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is in use by another Lantern process");
    expect(result.stdout).toBe("");
  });
});
