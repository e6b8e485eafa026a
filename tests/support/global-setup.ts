// Runs once before the integration tests. On PGlite, initdb plus migrations
// cost seconds, so they run once here and every test database starts from the
// dumped data directory. On PostgreSQL, each test file creates its own database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.LANTERN_TEST_DB === "postgres") {
    if (!process.env.DATABASE_URL) throw new Error("LANTERN_TEST_DB=postgres needs DATABASE_URL");
    project.provide("pgliteDump", "");
    return;
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrateDb } = await import("../../db/migrate");
  const schema = await import("../../db/schema");
  const client = await PGlite.create();
  await migrateDb({ db: drizzle(client, { schema }) as never, kind: "pglite", location: "memory", close: async () => {} });
  const dump = await client.dumpDataDir("none");
  await client.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lantern-test-")), "pglite.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteDump", file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
