// GET /api/health against a real database: 200 when current, 503 when a
// migration is missing or the database does not answer; nothing leaked.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import { migrationsDir, migrationStatus, shippedMigrations } from "@/db/migration-status";
import { createTestDb } from "../support/db";

let handle: DbHandle;
let getDbImpl: () => Promise<unknown>;
vi.mock("@/db/client", async (original) => ({ ...(await original<object>()), getDb: () => getDbImpl() }));

beforeAll(async () => {
  handle = await createTestDb();
  getDbImpl = async () => handle.db;
});
afterAll(() => handle?.close());

describe("migrationStatus", () => {
  it("is current on a migrated database, and behind when the build ships a newer migration", async () => {
    expect(await migrationStatus(handle.db)).toBe("current");
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-mig-"));
    fs.mkdirSync(path.join(folder, "meta"));
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsDir(), "meta", "_journal.json"), "utf8"));
    journal.entries.push({ idx: journal.entries.length, version: "7", when: shippedMigrations().last + 1000, tag: "9999_future", breakpoints: true });
    fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));
    expect(await migrationStatus(handle.db, folder)).toBe("behind");
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

describe("GET /api/health", () => {
  it("answers 200 with no versions or details", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ status: "ok", checks: { database: "ok", migrations: "current" } });
    expect(body).not.toMatch(/\d+\.\d+|postgres|pglite|next/i);
  });

  it("answers 503 when the database does not answer, without the error text", async () => {
    const { GET } = await import("@/app/api/health/route");
    getDbImpl = async () => {
      throw new Error("connect ECONNREFUSED 10.1.2.3:5432 password=hunter2");
    };
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.text();
      expect(JSON.parse(body)).toEqual({ status: "unavailable", checks: { database: "unreachable", migrations: "unknown" } });
      expect(body).not.toMatch(/10\.1\.2\.3|hunter2|ECONNREFUSED/);
    } finally {
      spy.mockRestore();
      getDbImpl = async () => handle.db;
    }
  });
});
