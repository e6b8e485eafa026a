// A 50,000-row values file imports whole, in one transaction; one bad row
// after 49,999 good ones means none of them is stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { indicatorValues } from "@/db/schema";
import { importFile } from "@/lib/import/apply";
import { createTestDb } from "../support/db";

let handle: DbHandle;
const INDICATORS = 125;
const MONTHS = 400; // 1990-01 to 2023-04: periods stay before next month

beforeAll(async () => {
  handle = await createTestDb();
  const catalogue = ["code,title,service,polarity,unit,aggregation"];
  for (let i = 0; i < INDICATORS; i++) catalogue.push(`T${i},Test indicator ${i},cp,high,count,sum`);
  const result = await importFile({ db: handle.db, kind: "indicators", text: catalogue.join("\n"), file: "indicators.csv" });
  expect(result.ok).toBe(true);
});
afterAll(() => handle?.close());

function valuesFile(bad: boolean): string {
  const lines = ["indicator,period,value"];
  for (let i = 0; i < INDICATORS; i++) {
    for (let m = 0; m < MONTHS; m++) {
      const period = `${1990 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
      lines.push(`T${i},${period},${bad && i === INDICATORS - 1 && m === MONTHS - 1 ? "oops" : i * m}`);
    }
  }
  return lines.join("\n");
}

const count = async () => (await handle.db.select({ n: sql<number>`count(*)::int` }).from(indicatorValues))[0].n;

describe("a 50,000-row values file", () => {
  it("with one bad last row stores nothing", async () => {
    const result = await importFile({ db: handle.db, kind: "values", text: valuesFile(true), file: "big.csv" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ file: "big.csv", row: 50_001, column: 3, reason: expect.stringContaining('"oops"') }]);
    expect(Number(await count())).toBe(0);
  });

  it("imports whole", async () => {
    const result = await importFile({ db: handle.db, kind: "values", text: valuesFile(false), file: "big.csv" });
    expect(result).toMatchObject({ ok: true, summary: { rows: 50_000, inserted: 50_000 } });
    expect(Number(await count())).toBe(50_000);
  });

  it("is all-or-nothing when the database write fails part way", async () => {
    // Make the 40,000th-odd insert fail inside the transaction with a trigger.
    await handle.db.execute(sql.raw(`
      create function fail_on_marker() returns trigger language plpgsql as $$
      begin if new.value = -424242 then raise exception 'simulated failure'; end if; return new; end $$`));
    await handle.db.execute(sql.raw(`create trigger fail_on_marker before insert on indicator_values for each row execute function fail_on_marker();`));
    const lines = valuesFile(false).split("\n").map((line, i) => (i === 0 ? line : line.replace(/,(\d+)$/, (_, v) => `,${Number(v) + 1}`)));
    lines[40_000] = lines[40_000].replace(/,[^,]+$/, ",-424242");
    const before = Number(await count());
    await expect(importFile({ db: handle.db, kind: "values", text: lines.join("\n"), file: "big.csv" })).rejects.toThrow();
    expect(Number(await count())).toBe(before);
    const current = await handle.db.select({ n: sql<number>`count(*)::int` }).from(indicatorValues).where(sql`is_current`);
    expect(Number(current[0].n)).toBe(50_000);
  });
});
