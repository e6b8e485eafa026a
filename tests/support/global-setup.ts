// Runs once before the integration tests. Making a database (initdb or create,
// then the migrations) and loading the demo through the real import path
// (argon2 hashing among it) cost seconds, so they run once here and every test
// file starts from a copy: on PGlite a dumped data directory, on PostgreSQL a
// template database (`create database … template …`). Two starting points:
// "empty" (migrated, nothing loaded) and "demo" (the demo loaded by
// seedDemo, whose result the files read back as `demoSeed`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import type { DemoSeedResult } from "../../lib/seed/demo";

export type TestDbSource = "empty" | "demo";

declare module "vitest" {
  export interface ProvidedContext {
    /** PGlite: the dump file of each starting point; PostgreSQL: its template database's name */
    testDbSources: Record<TestDbSource, string>;
    /** what seedDemo returned when the "demo" starting point was made */
    demoSeed: DemoSeedResult & { snapshotId: number };
  }
}

/** The password of every demo account in the integration tests. */
export const TEST_DEMO_PASSWORD = "test-password-123";

export default async function setup(project: TestProject) {
  // As the test files have it (vitest.config.ts): the demo's audit events are anchored with a key derived from it.
  const secret = project.config.env?.AUTH_SECRET;
  if (secret) process.env.AUTH_SECRET = secret;
  const { seedDemo } = await import("../../lib/seed/demo");
  const seed = async (db: Parameters<typeof seedDemo>[0]["db"]) => {
    const seeded = await seedDemo({ db, password: TEST_DEMO_PASSWORD });
    if (seeded.snapshotId === null) throw new Error("the demo was not loaded into the new test database");
    project.provide("demoSeed", { ...seeded, snapshotId: seeded.snapshotId });
  };
  return process.env.LANTERN_TEST_DB === "postgres" ? setUpPostgres(project, seed) : setUpPglite(project, seed);
}

type Seed = (db: never) => Promise<void>;

async function setUpPglite(project: TestProject, seed: Seed) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrateDb } = await import("../../db/migrate");
  const schema = await import("../../db/schema");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-test-"));
  const client = await PGlite.create();
  const db = drizzle(client, { schema }) as never;
  const dump = async (name: TestDbSource) => {
    const file = path.join(dir, `${name}.tar`);
    fs.writeFileSync(file, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
    return file;
  };
  await migrateDb({ db, kind: "pglite", location: "memory", close: async () => {} });
  const empty = await dump("empty");
  await seed(db);
  const demo = await dump("demo");
  await client.close();
  project.provide("testDbSources", { empty, demo });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

async function setUpPostgres(project: TestProject, seed: Seed) {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("LANTERN_TEST_DB=postgres needs DATABASE_URL");
  const { default: postgres } = await import("postgres");
  const { openDb } = await import("../../db/client");
  const { migrateDb } = await import("../../db/migrate");
  const stem = `lantern_template_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const names: Record<TestDbSource, string> = { empty: `${stem}_empty`, demo: `${stem}_demo` };
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const open = (name: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return openDb({ url: url.toString() });
  };
  const drop = async () => {
    for (const name of Object.values(names)) await admin.unsafe(`drop database if exists ${name} with (force)`);
  };
  try {
    // A template must have no connections when it is copied: each is closed before the next step.
    await admin.unsafe(`create database ${names.empty}`);
    const empty = await open(names.empty);
    await migrateDb(empty).finally(() => empty.close());
    await admin.unsafe(`create database ${names.demo} template ${names.empty}`);
    const demo = await open(names.demo);
    await seed(demo.db as never).finally(() => demo.close());
  } catch (error) {
    await drop();
    await admin.end();
    throw error;
  }
  project.provide("testDbSources", names);
  return async () => {
    await drop();
    await admin.end();
  };
}
