// The cohort import on the database under test: how many of a group had each
// outcome by a month, from CSV and XLSX, checked against the group's size
// (the cohort indicator's figure: never more; less is "outcome not yet
// known"), outcomes within another adding up to no more than it, the cohort
// and its outcomes added to the catalogue in file order, refusals named by
// row and field, and undone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { DbHandle } from "@/db/client";
import { cohortOutcomes, cohorts, cohortValues, indicators } from "@/db/schema";
import { undoImport } from "@/lib/actions/imports/core";
import type { SessionUser } from "@/lib/auth/roles";
import { importFile } from "@/lib/import/apply";
import { formatImportError } from "@/lib/import/errors";
import { previewImport } from "@/lib/import/preview";
import { findUserByEmail, loadSessionUser } from "@/lib/queries/users";
import { createTestDb } from "../support/db";
import { loadDemo } from "../support/demo";

let handle: DbHandle;
let admin: SessionUser;
const HEADER = "cohort,period,outcome,value,within";

beforeAll(async () => {
  handle = await createTestDb();
  await loadDemo(handle.db);
  const user = await findUserByEmail({ db: handle.db, email: "admin@lantern.example" });
  admin = (await loadSessionUser({ db: handle.db, userId: user!.id }))!;
  // a cohort of its own: a count whose figure is the group's size (50 in January 2020, 54 in February)
  const catalogue = await importFile({
    db: handle.db,
    kind: "indicators",
    text: "code,title,service,polarity,unit,aggregation\nTEST-EOC,Test edge of care cohort,lac,info,count,point\nTEST-PCT,Test share,lac,info,percent,point\n",
    file: "indicators.csv",
    actorId: admin.id,
  });
  expect(catalogue.ok).toBe(true);
  const values = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nTEST-EOC,2020-01,50\nTEST-EOC,2020-02,54\nTEST-PCT,2020-01,5\n", file: "values.csv", actorId: admin.id });
  expect(values.ok).toBe(true);
}, 120_000);
afterAll(() => handle?.close());

const load = (text: string) => importFile({ db: handle.db, kind: null, text, file: "cohorts.csv", actorId: admin.id });

async function stored() {
  return handle.db
    .select({ outcome: cohortOutcomes.label, within: cohortOutcomes.parentKey, order: cohortOutcomes.sortOrder, period: cohortValues.period, value: cohortValues.value })
    .from(cohortValues)
    .innerJoin(cohortOutcomes, eq(cohortOutcomes.id, cohortValues.outcomeId))
    .innerJoin(indicators, eq(indicators.id, cohortOutcomes.indicatorId))
    .where(eq(indicators.code, "TEST-EOC"))
    .orderBy(asc(cohortValues.period), asc(cohortOutcomes.sortOrder));
}

/** The test's own cohort (the demo has one of its own). */
const testCohort = () =>
  handle.db
    .select({ start: cohorts.startMonth, word: cohorts.memberWord })
    .from(cohorts)
    .innerJoin(indicators, eq(indicators.id, cohorts.indicatorId))
    .where(eq(indicators.code, "TEST-EOC"));

const reasons = (outcome: Awaited<ReturnType<typeof load>>) => (outcome.ok ? [] : outcome.errors.map(formatImportError));

describe("importing cohorts", () => {
  it("refuses outcomes that add up to more than the group's size, writing nothing", async () => {
    const outcome = await load(`${HEADER}\nTEST-EOC,2020-01,Did not become looked after,40,\nTEST-EOC,2020-01,Became looked after,13,\n`);
    expect(reasons(outcome)).toEqual(["cohorts.csv:2: TEST-EOC 2020-01: the outcomes add up to 53, more than the group's size of 50"]);
    expect(await stored()).toEqual([]);
    expect(await testCohort()).toEqual([]);
  });

  it("refuses bad rows, each with its row, field and reason", async () => {
    const outcome = await load(
      [
        HEADER,
        "TEST-PCT,2020-01,Did not become looked after,3,",
        "TEST-EOC,2020-01,Became looked after,2.5,",
        "TEST-EOC,2020-01,Child in need level,3,Child in need level",
        "NOPE,2020-01,Became looked after,1,",
        "TEST-EOC,2020-01,,1,",
      ].join("\n"),
    );
    const text = reasons(outcome).join("\n");
    expect(text).toContain('cohorts.csv:2:1: "TEST-PCT" is not a count (its unit is percent): only counts can be followed as a cohort');
    expect(text).toContain('cohorts.csv:3:4: "2.5" is not a whole count of 0 or more');
    expect(text).toContain('cohorts.csv:4:5: an outcome cannot be within itself ("Child in need level")');
    expect(text).toMatch(/cohorts\.csv:5:1: "NOPE" /);
    expect(text).toContain('cohorts.csv:6:3: column "outcome" is required but this cell is empty');
  });

  it("refuses a within that names no outcome of the month, and levels adding up to more than their outcome", async () => {
    const missing = await load(`${HEADER}\nTEST-EOC,2020-01,Child in need level,21,Did not become looked after\n`);
    expect(reasons(missing)).toEqual(['cohorts.csv:2:5: "Did not become looked after" is not an outcome of TEST-EOC in 2020-01 in this file; name it on its own row']);
    const over = await load(
      `${HEADER}\nTEST-EOC,2020-01,Did not become looked after,37,\nTEST-EOC,2020-01,Child in need level,21,Did not become looked after\nTEST-EOC,2020-01,Child protection level,17,did not become looked after\n`,
    );
    expect(reasons(over)).toEqual(['cohorts.csv:3:4: TEST-EOC 2020-01: the outcomes within "Did not become looked after" add up to 38, more than its 37 (row 2)']);
  });

  it("refuses a month without a size", async () => {
    expect(reasons(await load(`${HEADER}\nTEST-EOC,2020-03,Became looked after,1,\n`))).toEqual([
      "cohorts.csv:2: TEST-EOC 2020-03: TEST-EOC has no figure for 2020-03 (the group's size); load its values first",
    ]);
  });

  it("previews the outcome not yet known, then loads the cohort with its outcomes in file order", async () => {
    const text = [
      HEADER,
      "TEST-EOC,2020-01,Did not become looked after,37,",
      "TEST-EOC,2020-01,Child in need level,21,Did not become looked after",
      "TEST-EOC,2020-01,Child protection level,16,Did not become looked after",
      "TEST-EOC,2020-01,Became looked after,9,",
    ].join("\n");
    const preview = await previewImport({ db: handle.db, actorId: admin.id, bytes: new TextEncoder().encode(text), file: "cohorts.csv" });
    expect(preview).toMatchObject({ ok: true, kind: "cohorts", detected: true, counts: { new: 4, revised: 0, unchanged: 0 } });
    expect(preview.notes).toEqual(["TEST-EOC 2020-01: 4 of 50 outcome not yet known"]);
    const outcome = await load(text);
    expect(outcome.ok && outcome.summary.inserted).toBe(4);
    expect(await stored()).toEqual([
      { outcome: "Did not become looked after", within: null, order: 1, period: "2020-01", value: 37 },
      { outcome: "Child in need level", within: "did not become looked after", order: 2, period: "2020-01", value: 21 },
      { outcome: "Child protection level", within: "did not become looked after", order: 3, period: "2020-01", value: 16 },
      { outcome: "Became looked after", within: null, order: 4, period: "2020-01", value: 9 },
    ]);
    expect(await testCohort()).toEqual([{ start: "2020-01", word: "in the group" }]);
  });

  it("counts stored outcomes the file leaves out, and refuses moving an outcome under another", async () => {
    expect(reasons(await load(`${HEADER}\nTEST-EOC,2020-01,Became looked after,14,\n`))).toEqual(["cohorts.csv:2: TEST-EOC 2020-01: the outcomes add up to 51, more than the group's size of 50"]);
    expect(reasons(await load(`${HEADER}\nTEST-EOC,2020-02,Did not become looked after,40,\nTEST-EOC,2020-02,Became looked after,2,Did not become looked after\n`))).toEqual([
      'cohorts.csv:3: TEST-EOC: "Became looked after" is within the whole group in the cohort\'s outcomes (/admin/cohorts); change it there first, or leave "within" as it is',
    ]);
  });

  it("loads an XLSX file, revising a count and adding a month, and undoes it", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("cohorts");
    sheet.addRows([HEADER.split(","), ["TEST-EOC", "2020-01", "Became looked after", 10, ""], ["TEST-EOC", "2020-02", "Became looked after", 11, ""]]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const outcome = await importFile({ db: handle.db, kind: "cohorts", bytes, file: "cohorts.xlsx", actorId: admin.id });
    expect(outcome.ok && [outcome.summary.inserted, outcome.summary.updated]).toEqual([1, 1]);
    expect((await stored()).filter((r) => r.outcome === "Became looked after").map((r) => [r.period, r.value])).toEqual([
      ["2020-01", 10],
      ["2020-02", 11],
    ]);
    const undone = await undoImport({ db: handle.db, actor: admin }, { batchId: outcome.ok ? outcome.summary.batchId : 0 });
    expect(undone).toMatchObject({ ok: true, data: { kind: "cohorts", rows: 2 } });
    expect((await stored()).filter((r) => r.outcome === "Became looked after").map((r) => [r.period, r.value])).toEqual([["2020-01", 9]]);
  });
});
