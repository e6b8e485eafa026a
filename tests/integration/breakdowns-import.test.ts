// The breakdown import on the database under test: counts per category of a
// dimension for an indicator's month, from CSV and XLSX, checked against the
// stored figure (never more; less is "not recorded"), with the dimensions and
// categories added to the catalogue in order, and undone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { DbHandle } from "@/db/client";
import { breakdownCategories, breakdownDimensions, breakdownValues } from "@/db/schema";
import { undoImport } from "@/lib/actions/imports/core";
import type { SessionUser } from "@/lib/auth/roles";
import { importFile } from "@/lib/import/apply";
import { formatImportError } from "@/lib/import/errors";
import { previewImport } from "@/lib/import/preview";
import { findUserByEmail, loadSessionUser } from "@/lib/queries/users";
import { createDemoDb } from "../support/demo";

let handle: DbHandle;
let admin: SessionUser;
const HEADER = "indicator,period,dimension,category,value";

beforeAll(async () => {
  handle = await createDemoDb();
  // The demo has illustrative breakdowns of its own: this file starts without any, so it sees only what it loads.
  await handle.db.delete(breakdownValues);
  await handle.db.delete(breakdownCategories);
  await handle.db.delete(breakdownDimensions);
  const user = await findUserByEmail({ db: handle.db, email: "admin@lantern.example" });
  admin = (await loadSessionUser({ db: handle.db, userId: user!.id }))!;
}, 120_000);
afterAll(() => handle?.close());

const load = (text: string) => importFile({ db: handle.db, kind: null, text, file: "breakdowns.csv", actorId: admin.id });

async function stored() {
  return handle.db
    .select({ dimension: breakdownDimensions.label, category: breakdownCategories.label, order: breakdownCategories.sortOrder, value: breakdownValues.value })
    .from(breakdownValues)
    .innerJoin(breakdownCategories, eq(breakdownCategories.id, breakdownValues.categoryId))
    .innerJoin(breakdownDimensions, eq(breakdownDimensions.id, breakdownCategories.dimensionId))
    .orderBy(asc(breakdownDimensions.sortOrder), asc(breakdownCategories.sortOrder));
}

describe("importing breakdowns", () => {
  it("refuses a dimension whose categories add up to more than the figure, writing nothing", async () => {
    // LAC1 April 2020 is 487 in the demo
    const outcome = await load(`${HEADER}\nLAC1,2020-04,gender,Male,300\nLAC1,2020-04,gender,Female,200\n`);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map(formatImportError)).toEqual(["breakdowns.csv:2: LAC1 2020-04 gender: the categories add up to 500, more than the figure of 487"]);
    expect(await stored()).toEqual([]);
  });

  it("refuses a month without a figure, a figure that is not a count and a count that is not whole", async () => {
    const outcome = await load(`${HEADER}\nLAC1,2021-01,gender,Male,3\nLAC1-NI,2020-04,gender,Male,3\nLAC1,2020-04,gender,Female,2.5\n`);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const errors = outcome.errors.map(formatImportError).join("\n");
    expect(errors).toContain('"LAC1-NI" is not a count (its unit is rate_per_10k)');
    expect(errors).toContain('"2.5" is not a whole count of 0 or more');
    const missing = await load(`${HEADER}\nLAC1,2019-01,gender,Male,3\n`);
    expect(missing.ok ? [] : missing.errors.map((e) => e.reason)).toEqual(["LAC1 2019-01 gender: LAC1 has no figure for 2019-01; load its values first"]);
  });

  it("previews a dimension that does not sum as not recorded, then loads it with the catalogue in file order", async () => {
    const text = `${HEADER}\nLAC1,2020-04,gender,Male,262\nLAC1,2020-04,gender,Female,225\nLAC1,2020-04,Age band,Under 1,20\nLAC1,2020-04,age band,1 to 4,60\nLAC1,2020-04,age band,5 to 9,100\n`;
    const preview = await previewImport({ db: handle.db, actorId: admin.id, bytes: new TextEncoder().encode(text), file: "breakdowns.csv" });
    expect(preview).toMatchObject({ ok: true, kind: "breakdowns", detected: true, counts: { new: 5, revised: 0, unchanged: 0 } });
    expect(preview.notes).toEqual(["LAC1 2020-04 Age band: 307 of 487 not recorded"]);
    const outcome = await load(text);
    expect(outcome.ok && outcome.summary.inserted).toBe(5);
    expect(await stored()).toEqual([
      { dimension: "gender", category: "Male", order: 1, value: 262 },
      { dimension: "gender", category: "Female", order: 2, value: 225 },
      { dimension: "Age band", category: "Under 1", order: 1, value: 20 },
      { dimension: "Age band", category: "1 to 4", order: 2, value: 60 },
      { dimension: "Age band", category: "5 to 9", order: 3, value: 100 },
    ]);
  });

  it("counts stored categories the file leaves out, so a revision cannot push a dimension over the figure", async () => {
    const outcome = await load(`${HEADER}\nLAC1,2020-04,age band,10 to 15,400\n`);
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.reason)).toEqual(["LAC1 2020-04 age band: the categories add up to 580, more than the figure of 487"]);
  });

  it("loads an XLSX file, revising a count and adding a category, and undoes it", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("breakdowns");
    sheet.addRows([HEADER.split(","), ["LAC1", "2020-04", "age band", "5 to 9", 90], ["LAC1", "2020-04", "age band", "10 to 15", 200]]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const outcome = await importFile({ db: handle.db, kind: "breakdowns", bytes, file: "breakdowns.xlsx", actorId: admin.id });
    expect(outcome.ok && [outcome.summary.inserted, outcome.summary.updated]).toEqual([1, 1]);
    expect((await stored()).filter((r) => r.dimension === "Age band").map((r) => [r.category, r.value])).toEqual([
      ["Under 1", 20],
      ["1 to 4", 60],
      ["5 to 9", 90],
      ["10 to 15", 200],
    ]);
    const undone = await undoImport({ db: handle.db, actor: admin }, { batchId: outcome.ok ? outcome.summary.batchId : 0 });
    expect(undone).toMatchObject({ ok: true, data: { kind: "breakdowns", rows: 2 } });
    expect((await stored()).filter((r) => r.dimension === "Age band").map((r) => [r.category, r.value])).toEqual([
      ["Under 1", 20],
      ["1 to 4", 60],
      ["5 to 9", 100],
    ]);
  });
});
