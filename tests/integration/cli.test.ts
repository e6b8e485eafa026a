// The lantern CLI end to end in a child process: exit codes, messages, and
// what it writes. On PGlite each test uses its own data directory; on
// PostgreSQL its own database.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDb, type DbHandle } from "@/db/client";
import { indicators, indicatorValues } from "@/db/schema";
import { TEST_DB_KIND } from "../support/db";
import { runLantern, seededCliEnv } from "../support/cli";

const env = seededCliEnv("lantern-cli-", { seed: "cli" });
const dataDir = () => env.LANTERN_DATA_DIR!;

async function withDb<T>(fn: (handle: DbHandle) => Promise<T>): Promise<T> {
  const handle = await openDb(TEST_DB_KIND === "postgres" ? { url: env.DATABASE_URL } : { url: "", dataDir: dataDir() });
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

describe("lantern scorecard --json", () => {
  it("lists all 61 demo indicators (the dataset's 55 and six illustrative) with their April figures and no NaN, Infinity or undefined", async () => {
    const result = await runLantern(["scorecard", "--period", "2020-04", "--json"], env);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/NaN|Infinity|undefined/);
    const doc = JSON.parse(result.stdout);
    expect(doc.rows).toHaveLength(61);
    expect(doc.rows.find((r: { code: string }) => r.code === "M1")).toMatchObject({ value: 1147, previous: 1198 });
    for (const key of ["code", "title", "service", "polarity", "unit", "value", "previous", "changeFromPreviousPct", "changeFromLastYearPct", "direction", "judgement", "rag", "ytd", "average12", "max12", "outturns", "benchmarks", "revised", "spc"]) {
      expect(doc.rows[0]).toHaveProperty(key);
    }
  });

  it("takes SPC overrides for one run", async () => {
    const result = await runLantern(["scorecard", "--period", "2020-04", "--service", "cp", "--json", "--spc-run-length", "7", "--spc-screen-moving-ranges", "on"], env);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.spcSettings).toEqual({ runLength: 7, screenMovingRanges: true });
    expect(doc.rows.every((r: { service: string }) => r.service === "cp")).toBe(true);
  });

  it("refuses bad arguments with exit 1 and a message naming the option", async () => {
    const result = await runLantern(["scorecard", "--period", "April", "--service", "nowhere", "--json"], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--period: give the month as YYYY-MM");
    expect(result.stderr).toContain('--service: "nowhere" is not a service area');
  });
});

describe("lantern import", () => {
  it("prints every error as file:row:column: reason, exits 1 and writes nothing", async () => {
    const file = path.join(dataDir(), "bad-values.csv");
    fs.writeFileSync(file, "indicator,period,value\nM1,2020-05,1200\nM1,2020-5,1\nXX,2020-05,2\n");
    const before = await withDb(({ db }) => db.select().from(indicatorValues));
    const result = await runLantern(["import", "values", file], env);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^bad-values\.csv:3:2: /);
    expect(lines[1]).toMatch(/^bad-values\.csv:4:1: /);
    expect(lines.at(-1)).toBe("2 errors in bad-values.csv: nothing was loaded.");
    expect(await withDb(({ db }) => db.select().from(indicatorValues))).toHaveLength(before.length);
  });

  it("loads a good file and says what changed", async () => {
    // (June: the demo already has May's front-door figures)
    const file = path.join(dataDir(), "june.csv");
    fs.writeFileSync(file, "indicator,period,value\nM1,2020-06,1200\nM2,2020-06,301\n");
    const result = await runLantern(["import", "values", file], env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Loaded june.csv (values): 2 rows, 2 new, 0 changed, 0 unchanged.");
  });

  it("exits 1 for a file it cannot read or a kind it does not know", async () => {
    const missing = await runLantern(["import", "values", path.join(dataDir(), "missing.csv")], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read the file");
    const unknown = await runLantern(["import", "widgets", "x.csv"], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown import kind "widgets"');
  });

  it("exits 2 when the failure is not the input (no database server)", async () => {
    const result = await runLantern(["migrate"], { ...env, DATABASE_URL: "postgres://postgres@127.0.0.1:1/none" });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lantern migrate failed: /);
  });
});

describe("lantern create-user", () => {
  it("creates a person with roles and service areas, and refuses bad input", async () => {
    const ok = await runLantern(
      ["create-user", "--email", "Sam.Lead@Example.org", "--name", "Sam Lead", "--role", "manager", "--service", "cp", "--password", "a-long-password-1"],
      env,
    );
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("Created sam.lead@example.org.");
    const bad = await runLantern(["create-user", "--email", "nope", "--name", "", "--role", "chief", "--password", "a-long-password-1"], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("email:");
    expect(bad.stderr).toContain("role:");
  });
});

describe("a second process on the same database", () => {
  it(
    TEST_DB_KIND === "pglite"
      ? "is refused with a clear message while another process holds the embedded database, and nothing is corrupted"
      : "works alongside another connection on PostgreSQL",
    async () => {
      await withDb(async ({ db }) => {
        const before = await db.select().from(indicators);
        const result = await runLantern(["scorecard", "--period", "2020-04", "--json"], env);
        if (TEST_DB_KIND === "pglite") {
          expect(result.code).toBe(2);
          expect(result.stderr).toContain("is in use by another Lantern process");
          expect(result.stderr).toContain(`pid ${process.pid}`);
          expect(result.stdout).toBe("");
        } else {
          expect(result.code).toBe(0);
        }
        expect(await db.select().from(indicators)).toHaveLength(before.length);
      });
      // Once the first process lets go, the CLI works on intact data.
      const after = await runLantern(["scorecard", "--period", "2020-04", "--json"], env);
      expect(after.code).toBe(0);
      expect(JSON.parse(after.stdout).rows).toHaveLength(61);
    },
  );
});
