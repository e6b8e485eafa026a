// `lantern backup FILE` / `restore FILE`, end to end in child processes:
// a round trip keeps every person, figure and audit event (and the audit
// chain still verifies); a database that holds data is replaced only with
// --force; `audit verify` answers 0, or 1 naming the first broken link.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { openDb } from "@/db/client";
import { createTestDb, TEST_DB_KIND, unpackTestDb } from "../support/db";
import { runLantern } from "../support/cli";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-backup-"));
let source: Record<string, string | undefined>;
let target: Record<string, string | undefined>;
const cleanups: (() => Promise<void>)[] = [];

/** A database for the CLI: `empty` has no tables at all (for a restore); otherwise migrated, nothing loaded. */
async function newDatabase(name: string, empty: boolean): Promise<Record<string, string | undefined>> {
  const dataDir = path.join(work, name);
  if (TEST_DB_KIND === "postgres") {
    const handle = await createTestDb();
    cleanups.push(() => handle.close());
    if (empty) {
      // The restore must make every table itself.
      const sqlc = postgres(handle.url!, { max: 1, onnotice: () => {} });
      await sqlc.unsafe("drop schema if exists drizzle cascade; drop schema public cascade; create schema public;");
      await sqlc.end();
    }
    return { DATABASE_URL: handle.url, LANTERN_DATA_DIR: dataDir };
  }
  // (a copy of the migrated database, so the first command need not make it; none at all for a restore)
  if (!empty) await unpackTestDb(dataDir);
  return { DATABASE_URL: "", LANTERN_DATA_DIR: dataDir };
}

beforeAll(async () => {
  source = await newDatabase("source", false);
  target = await newDatabase("target", true);
  for (const [i, role] of ["admin", "board_member"].entries()) {
    const made = await runLantern(["create-user", "--email", `person${i}@council.example`, "--name", `Person ${i}`, "--role", role, "--password", "a-long-password-1"], source);
    expect(made.stderr).toBe("");
  }
  const loaded = await runLantern(["import", "indicators", "tests/fixtures/import/indicators.csv"], source);
  expect(loaded.code).toBe(0);
}, 180_000);
afterAll(async () => {
  for (const c of cleanups) await c();
  fs.rmSync(work, { recursive: true, force: true });
});

describe(`lantern backup and restore (${TEST_DB_KIND})`, { timeout: 240_000 }, () => {
  let restoredPeople = 0;
  const file = path.join(work, TEST_DB_KIND === "postgres" ? "lantern.sql" : "lantern.tar.gz");

  it("writes a backup readable by its owner only, and never overwrites one", async () => {
    const result = await runLantern(["backup", file], source);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    const again = await runLantern(["backup", file], source);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it("restores into an empty database: the same people, indicators and a verified audit chain", async () => {
    const result = await runLantern(["restore", file], target);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // Two people made here, and the indicators' owners and reporters the catalogue names.
    restoredPeople = Number(/Restored .*: (\d+) people, 55 indicators, \d+ audit events/.exec(result.stdout)?.[1]);
    expect(restoredPeople).toBeGreaterThanOrEqual(2);
    const verify = await runLantern(["audit", "verify"], target);
    expect(verify.stdout).toMatch(/Audit trail intact: \d+ events/);
    expect(verify.code).toBe(0);
    const card = await runLantern(["create-user", "--email", "person0@council.example", "--name", "Person Zero", "--role", "admin", "--password", "a-long-password-1"], target);
    expect(card.stdout).toMatch(/Updated person0@council.example/);
  });

  it("refuses to restore over a database that holds data without --force, then replaces it with --force", async () => {
    await runLantern(["create-user", "--email", "extra@council.example", "--name", "Extra", "--role", "admin", "--password", "a-long-password-1"], target);
    const refused = await runLantern(["restore", file], target);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`already holds data \\(${restoredPeople + 1} people, 55 indicators.*add --force`));
    const forced = await runLantern(["restore", file, "--force"], target);
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`${restoredPeople} people`);
  });

  it("refuses a file that is not a backup of this kind of database", async () => {
    const bogus = path.join(work, "bogus.txt");
    fs.writeFileSync(bogus, "hello");
    const result = await runLantern(["restore", bogus, "--force"], target);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not a/);
  });

  it("audit verify exits 1 naming the first broken link once a row is changed behind the trigger's back", async () => {
    const handle = await openDb({ url: target.DATABASE_URL ?? "", dataDir: target.LANTERN_DATA_DIR });
    let tampered = 0;
    try {
      const result = (await handle.db.execute(sql`select min(id)::int as id from audit_events`)) as unknown as { rows?: { id: number }[] } | { id: number }[];
      tampered = (Array.isArray(result) ? result : result.rows!)[0].id;
      await handle.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      await handle.db.execute(sql`update audit_events set summary = 'nothing happened' where id = ${tampered}`);
      await handle.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    } finally {
      await handle.close();
    }
    const verify = await runLantern(["audit", "verify"], target);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain(`Audit trail BROKEN at event ${tampered}:`);
    expect(verify.stderr).toMatch(/changed after it was written/);
  });
});
