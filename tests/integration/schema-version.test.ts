// An older Lantern on a database a newer one has upgraded: every start and
// command refuses, naming both schema versions, before reading or writing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { migrationsDir, SchemaTooNewError, shippedMigrations } from "@/db/migration-status";
import { runLantern } from "../support/cli";
import { createTestDb, TEST_DB_KIND, unpackTestDb } from "../support/db";

/** The migrations folder of an older Lantern: the first `keep` of today's. */
function olderMigrations(keep: number): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-old-"));
  fs.cpSync(migrationsDir(), folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8"));
  journal.entries = journal.entries.slice(0, keep);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

const now = shippedMigrations().count;
const older = olderMigrations(now - 3);
afterAll(() => fs.rmSync(older, { recursive: true, force: true }));

describe("a database newer than the code", () => {
  let handle: DbHandle & { url?: string };
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle?.close());

  it("is refused by migrateDb with both versions named, and nothing is changed", async () => {
    const count = async () => {
      const result = (await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as { rows: { n: number }[] } | { n: number }[];
      return Number((Array.isArray(result) ? result : result.rows)[0].n);
    };
    const before = await count();
    const refusal = await migrateDb(handle, older).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SchemaTooNewError);
    expect((refusal as Error).message).toBe(
      `The database's schema is version ${now}, newer than this Lantern's (version ${now - 3}): a newer Lantern has upgraded it. ` +
        "Run that version or a later one (or restore a backup made before the upgrade); this one stops here so it cannot misread or damage the data.",
    );
    expect(await count()).toBe(before);
    // the code that knows every migration carries on
    await expect(migrateDb(handle)).resolves.toBeUndefined();
  });

  it("makes every command exit 2 with that one line", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-schema-"));
    try {
      const env = TEST_DB_KIND === "postgres" ? { DATABASE_URL: handle.url, LANTERN_DATA_DIR: dataDir } : { DATABASE_URL: "", LANTERN_DATA_DIR: dataDir };
      // PGlite: a copy of the migrated database, on disk where the commands open it
      if (TEST_DB_KIND === "pglite") await unpackTestDb(dataDir);
      for (const args of [["migrate"], ["audit", "verify"]]) {
        const result = await runLantern(args, { ...env, LANTERN_MIGRATIONS_DIR: older });
        expect(result.code, `${args.join(" ")}: ${result.stderr}`).toBe(2);
        expect(result.stderr).toContain(`The database's schema is version ${now}, newer than this Lantern's (version ${now - 3})`);
        expect(result.stderr.trim().split("\n")).toHaveLength(1);
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 400_000);
});
