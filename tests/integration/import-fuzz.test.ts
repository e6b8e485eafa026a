// Fuzzing the import: 1,000 files made by mutating good ones (cut
// short, bytes flipped, columns shuffled or renamed, rows duplicated,
// encodings changed) go through the whole import, validation and write, on
// the test database. Whatever comes in: no exception, an error names a row of
// the file (or the file itself at row 1), and a refused file writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { importFile } from "@/lib/import/apply";
import type { ImportKind } from "@/lib/import/columns";
import { createTestDb } from "../support/db";

let handle: DbHandle;

const CATALOGUE = [
  "code,title,service,polarity,unit,aggregation,decimals,green_min,amber_min,owner",
  "F1,Contacts received,front-door,info,count,sum,0,,,head.of.mash@lantern.example",
  "F2,Re-referrals within 12 months,front-door,low,percent,ratio,1,,,",
  "F3,Children on a plan,cp,info,count,point,0,,,",
  'F4,"Visits, on time",cp,high,percent,ratio,1,90,80,',
].join("\n");

const VALUES = [
  "indicator,period,value,numerator,denominator,note",
  "F1,2020-04,1102,,,",
  "F2,2020-04,,120,610,Café data re-run",
  "F3,2020-04,318,,,",
  "F4,2020-04,91.5,,,",
  "F1,2020-05,1210,,,late",
  "F2,2020-05,19.2,,,",
].join("\n");

const OUTTURNS = ["indicator,year,value", "F1,2018/19,13000", "F3,2018/19,300", "F4,2019/20,88.1"].join("\n");

interface Base {
  name: string;
  kind: ImportKind;
  bytes: Uint8Array;
}

async function valuesWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("values");
  for (const line of VALUES.split("\n")) ws.addRow(line.split(",").map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Text-level changes work on CSV only; a workbook is left as it is. */
function onText(base: Base, bytes: Uint8Array, change: (lines: string[][]) => string[][]): Uint8Array {
  if (base.name.endsWith(".xlsx")) return bytes;
  const text = Buffer.from(bytes).toString("utf8");
  const table = text.split("\n").map((line) => line.split(","));
  return utf8(change(table).map((cells) => cells.join(",")).join("\n"));
}

type Mutation = (base: Base, bytes: Uint8Array) => Uint8Array;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (_b: Base, bytes: Uint8Array) => bytes.slice(0, Math.floor(bytes.length * at))),
  fc
    .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 })
    .map((flips) => (_b: Base, bytes: Uint8Array) => {
      const copy = bytes.slice();
      for (const [at, mask] of flips) if (copy.length) copy[Math.floor(copy.length * at)] ^= mask;
      return copy;
    }),
  fc.array(fc.nat(), { minLength: 2, maxLength: 8 }).map((order) => (b: Base, bytes: Uint8Array) =>
    onText(b, bytes, (rows) => {
      const width = rows[0].length;
      const perm = [...Array(width).keys()].sort((x, y) => (order[x % order.length] % 7) - (order[y % order.length] % 7));
      return rows.map((cells) => perm.map((i) => cells[i] ?? ""));
    }),
  ),
  fc
    .tuple(fc.nat(), fc.constantFrom("Value ", "vaule", "VALUE", "", "period;value", "note\t", "indicator", "Ünïcode"))
    .map(([at, name]) => (b: Base, bytes: Uint8Array) =>
      onText(b, bytes, (rows) => {
        rows[0][at % rows[0].length] = name;
        return rows;
      }),
    ),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4 })).map(([at, times]) => (b: Base, bytes: Uint8Array) =>
    onText(b, bytes, (rows) => {
      const i = 1 + (at % Math.max(1, rows.length - 1));
      return [...rows.slice(0, i), ...Array(times).fill(rows[i] ?? []), ...rows.slice(i)];
    }),
  ),
  fc.constantFrom("latin1", "utf16le-bom", "utf16le", "utf8-bom").map((encoding) => (b: Base, bytes: Uint8Array) => {
    if (b.name.endsWith(".xlsx")) return bytes;
    const text = Buffer.from(bytes).toString("utf8");
    if (encoding === "latin1") return new Uint8Array(Buffer.from(text, "latin1"));
    if (encoding === "utf8-bom") return new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const body = Buffer.from(text, "utf16le");
    return new Uint8Array(encoding === "utf16le-bom" ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
  }),
);

async function writtenState(): Promise<string> {
  const result = (await handle.db.execute(
    sql`select (select count(*) from import_batches) as batches, (select count(*) from indicator_values) as v,
      (select count(*) from outturns) as o, (select count(*) from reporting_periods) as p, (select count(*) from audit_events) as a,
      (select count(*) from import_changes) as c`,
  )) as unknown as { rows?: unknown[] } | unknown[];
  return JSON.stringify(Array.isArray(result) ? result[0] : result.rows?.[0]);
}

let bases: Base[];

beforeAll(async () => {
  handle = await createTestDb();
  const catalogue = await importFile({ db: handle.db, kind: "indicators", text: CATALOGUE, file: "indicators.csv" });
  expect(catalogue.ok).toBe(true);
  bases = [
    { name: "values.csv", kind: "values", bytes: utf8(VALUES) },
    { name: "outturns.csv", kind: "outturns", bytes: utf8(OUTTURNS) },
    { name: "indicators.csv", kind: "indicators", bytes: utf8(CATALOGUE) },
    { name: "values.xlsx", kind: "values", bytes: await valuesWorkbook() },
  ];
}, 60_000);
afterAll(() => handle?.close());

describe("1,000 mutated files", () => {
  it("never crash, name a row or the file in every error, and write nothing when refused", async () => {
    const outcomes = { loaded: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 3 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (which, mutations, kindGiven) => {
          const base = bases[which];
          const bytes = mutations.reduce((current, mutate) => mutate(base, current), base.bytes);
          const before = await writtenState();
          const outcome = await importFile({ db: handle.db, kind: kindGiven ? base.kind : null, bytes, file: base.name });
          if (outcome.ok) {
            outcomes.loaded += 1;
            return;
          }
          outcomes.refused += 1;
          expect(outcome.errors.length).toBeGreaterThan(0);
          const lines = base.name.endsWith(".csv") ? Buffer.from(bytes).toString("latin1").split(/\r\n|\r|\n/).length : Infinity;
          for (const error of outcome.errors) {
            expect(error.file).toBe(base.name);
            expect(Number.isInteger(error.row) && error.row >= 1 && error.row <= lines + 1, JSON.stringify(error)).toBe(true);
            expect(error.reason.trim().length).toBeGreaterThan(5);
          }
          expect(await writtenState()).toBe(before);
        },
      ),
      { seed: 20201, numRuns: 1000 },
    );
    // The mutations must exercise both paths, or the test proves little.
    expect(outcomes.refused).toBeGreaterThan(300);
    expect(outcomes.loaded).toBeGreaterThan(20);
  }, 180_000);
});
