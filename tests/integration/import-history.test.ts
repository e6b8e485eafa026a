// Preview, import, history and undo, on the database under test:
// a preview writes no figures; "Import" writes exactly the previewed file or
// nothing; each import is recorded; the latest import of a kind can be
// undone unless a published paper or an approval rests on its figures.
import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { auditEvents, commentaries, importBatches, importChanges, indicators, indicatorValues, outturns, reportingPeriods } from "@/db/schema";
import { confirmImport, undoImport } from "@/lib/actions/imports/core";
import { createSnapshotDraft, publishSnapshot } from "@/lib/actions/snapshots/papers";
import type { SessionUser } from "@/lib/auth/roles";
import { importFile } from "@/lib/import/apply";
import { previewImport } from "@/lib/import/preview";
import { importDetail, importHistory } from "@/lib/queries/imports";
import { withDemoDb } from "../support/demo";

const { handle, people } = withDemoDb(["admin", "manager", "reporter"]);

const bytes = (text: string) => new TextEncoder().encode(text);
const ctx = (actor: SessionUser | null) => ({ db: handle.db, actor });

async function currentFigure(code: string, period: string) {
  const [row] = await handle.db
    .select({ value: indicatorValues.value, revision: indicatorValues.revision })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicators.code, code), eq(indicatorValues.period, period), eq(indicatorValues.isCurrent, true)));
  return row ?? null;
}

async function counts() {
  const n = async (table: Parameters<ReturnType<DbHandle["db"]["select"]>["from"]>[0]) =>
    Number((await handle.db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n);
  return {
    values: await n(indicatorValues),
    batches: await n(importBatches),
    periods: await n(reportingPeriods),
    audit: await n(auditEvents),
    changes: await n(importChanges),
  };
}

const MAY = "indicator,period,value\nM1,2021-05,1102\nM2,2021-05,271\nM3,2021-05,25\n";

describe("preview", () => {
  it("shows new, revised and unchanged rows, the months opened, and writes no figures", async () => {
    const before = await counts();
    const text = "indicator,period,value\nM1,2021-05,1102\nM1,2020-04,9999\nM2,2020-04,262\n";
    const april = await currentFigure("M2", "2020-04");
    const preview = await previewImport({ db: handle.db, actorId: people.admin.id, bytes: bytes(text.replace("262", String(april!.value))), file: "mixed.csv" });
    expect(preview).toMatchObject({ ok: true, kind: "values", detected: true, rows: 3, counts: { new: 1, revised: 1, unchanged: 1 }, opens: ["2021-05"] });
    expect(preview.revised).toEqual([
      expect.objectContaining({ row: 3, label: "M1 2020-04", after: "9999", before: String((await currentFigure("M1", "2020-04"))!.value) }),
    ]);
    expect(preview.revised[0].beforeAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(preview.added).toEqual([expect.objectContaining({ row: 2, label: "M1 2021-05", before: null, after: "1102" })]);
    expect(preview.uploadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await counts()).toEqual(before);
  });

  it("lists every error with the CLI's words, and stages nothing", async () => {
    const text = "indicator,period,value\nM1,0000-01,5\nM9,2021-05,x\n";
    const preview = await previewImport({ db: handle.db, actorId: people.admin.id, bytes: bytes(text), file: "bad.csv", kind: "values" });
    expect(preview.ok).toBe(false);
    expect(preview.uploadId).toBeNull();
    expect(preview.errors).toEqual([
      'bad.csv:2:2: "0000-01" in column "period" is before 1990-01, the earliest month Lantern takes',
      'bad.csv:3:1: "M9" in column "indicator" is not a known indicator code',
      'bad.csv:3:3: "x" in column "value" is not a number',
    ]);
    const cli = await importFile({ db: handle.db, kind: "values", text, file: "bad.csv" });
    expect(cli.ok).toBe(false);
    if (!cli.ok) expect(cli.errors.map((e) => `${e.file}:${e.row}:${e.column}: ${e.reason}`)).toEqual(preview.errors);
  });
});

describe("import of a previewed file", () => {
  it("writes exactly the previewed rows, records the batch, opens the month and audits", async () => {
    const preview = await previewImport({ db: handle.db, actorId: people.admin.id, bytes: bytes(MAY), file: "may.csv" });
    const before = await counts();
    const result = await confirmImport(ctx(people.admin), { uploadId: preview.uploadId, sha256: preview.sha256 });
    expect(result).toMatchObject({ ok: true, data: { kind: "values", rows: 3, inserted: 3, updated: 0, opened: ["2021-05"], sha256: preview.sha256 } });
    const after = await counts();
    expect(after.values - before.values).toBe(3);
    expect(after.batches - before.batches).toBe(1);
    expect(after.audit - before.audit).toBe(1);
    const periods = await handle.db.select().from(reportingPeriods).where(eq(reportingPeriods.period, "2021-05"));
    expect(periods).toHaveLength(1);
    const [history] = await importHistory({ db: handle.db });
    expect(history).toMatchObject({ kind: "values", fileName: "may.csv", format: "csv", loadedBy: "Alex Admin", rows: 3, inserted: 3, outcome: "loaded", latestOfKind: true, opened: ["2021-05"] });
    // The staged file is gone: the same preview cannot be imported twice.
    expect(await confirmImport(ctx(people.admin), { uploadId: preview.uploadId, sha256: preview.sha256 })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("refuses a different hash (a changed file needs a new preview)", async () => {
    const preview = await previewImport({ db: handle.db, actorId: people.admin.id, bytes: bytes(MAY.replace("1102", "1103")), file: "may2.csv" });
    const before = await counts();
    const result = await confirmImport(ctx(people.admin), { uploadId: preview.uploadId, sha256: "0".repeat(64) });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(await counts()).toEqual(before);
  });

  it("refuses when the stored figures moved since the preview", async () => {
    const preview = await previewImport({ db: handle.db, actorId: people.admin.id, bytes: bytes("indicator,period,value\nM3,2021-05,30\n"), file: "m3.csv" });
    expect(preview.counts).toEqual({ new: 0, revised: 1, unchanged: 0 });
    const other = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM3,2021-05,31\n", file: "m3-other.csv" });
    expect(other.ok).toBe(true);
    const before = await counts();
    const result = await confirmImport(ctx(people.admin), { uploadId: preview.uploadId, sha256: preview.sha256 });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    if (!result.ok) expect(result.message).toContain("preview the file again");
    expect(await counts()).toEqual(before);
    expect((await currentFigure("M3", "2021-05"))!.value).toBe(31);
  });

  it("is for admins only, and only for the person who uploaded", async () => {
    const preview = await previewImport({ db: handle.db, actorId: people.admin.id, bytes: bytes("indicator,period,value\nM2,2021-05,272\n"), file: "m2.csv" });
    expect(await confirmImport(ctx(null), { uploadId: preview.uploadId, sha256: preview.sha256 })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await confirmImport(ctx(people.manager), { uploadId: preview.uploadId, sha256: preview.sha256 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await confirmImport(ctx(people.reporter), { uploadId: preview.uploadId, sha256: preview.sha256 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await undoImport(ctx(people.manager), { batchId: 1 })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("undo", () => {
  it("puts a revised figure back and closes nothing it did not open", async () => {
    const april = (await currentFigure("M1", "2020-04"))!;
    const loaded = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM1,2020-04,4242\n", file: "fix.csv", actorId: people.admin.id });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect((await currentFigure("M1", "2020-04"))!).toEqual({ value: 4242, revision: april.revision + 1 });
    const detail = await importDetail({ db: handle.db, batchId: loaded.summary.batchId });
    expect(detail?.changes).toEqual([{ row: 2, label: "M1 2020-04", change: "revised", before: String(april.value), after: "4242" }]);
    const result = await undoImport(ctx(people.admin), { batchId: loaded.summary.batchId });
    expect(result).toMatchObject({ ok: true, data: { kind: "values", rows: 1 } });
    expect(await currentFigure("M1", "2020-04")).toEqual(april);
    const [batch] = await handle.db.select().from(importBatches).where(eq(importBatches.id, loaded.summary.batchId));
    expect(batch).toMatchObject({ outcome: "undone", undoneBy: people.admin.id });
    expect(await undoImport(ctx(people.admin), { batchId: loaded.summary.batchId })).toMatchObject({ ok: false, code: "invalid_state", message: "This import has been undone already." });
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "import.undo"));
    expect(event.summary).toContain("fix.csv");
  });

  it("only the latest import of a kind", async () => {
    const first = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM2,2020-04,1\n", file: "first.csv" });
    const second = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM2,2020-04,2\n", file: "second.csv" });
    if (!first.ok || !second.ok) throw new Error("setup failed");
    const refused = await undoImport(ctx(people.admin), { batchId: first.summary.batchId });
    expect(refused).toMatchObject({ ok: false, code: "invalid_state" });
    if (!refused.ok) expect(refused.message).toContain("undo second.csv");
    expect(await undoImport(ctx(people.admin), { batchId: second.summary.batchId })).toMatchObject({ ok: true });
    expect(await undoImport(ctx(people.admin), { batchId: first.summary.batchId })).toMatchObject({ ok: true });
  });

  it("removes new figures and closes the month the import opened", async () => {
    const june = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM1,2021-06,10\nM2,2021-06,11\n", file: "june.csv" });
    if (!june.ok) throw new Error("setup failed");
    expect(june.summary.opened).toEqual(["2021-06"]);
    expect(await undoImport(ctx(people.admin), { batchId: june.summary.batchId })).toMatchObject({ ok: true, data: { rows: 2 } });
    expect(await currentFigure("M1", "2021-06")).toBeNull();
    expect(await handle.db.select().from(reportingPeriods).where(eq(reportingPeriods.period, "2021-06"))).toHaveLength(0);
  });

  it("is refused when a commentary on the figures was approved after the import", async () => {
    const july = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM1,2021-07,10\n", file: "july.csv" });
    if (!july.ok) throw new Error("setup failed");
    const [m1] = await handle.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "M1"));
    await handle.db.insert(commentaries).values({ indicatorId: m1.id, period: "2021-07", status: "approved", body: "Fine.", reviewedAt: new Date(Date.now() + 1000) });
    const result = await undoImport(ctx(people.admin), { batchId: july.summary.batchId });
    expect(result).toMatchObject({ ok: false, code: "invalid_state" });
    if (!result.ok) expect(result.message).toBe("The commentary on M1 for July 2021 was approved after this import, on its figures. Load a corrected file instead.");
    expect(await currentFigure("M1", "2021-07")).toEqual({ value: 10, revision: 1 });
  });

  it("is refused when a published board paper froze the figures", async () => {
    // The April front-door scorecard is approved in the demo, so a paper for April can be published.
    const fix = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM4,2020-04,77\n", file: "m4.csv" });
    if (!fix.ok) throw new Error("setup failed");
    const draft = await createSnapshotDraft(ctx(people.manager), { boardId: 1, title: "Undo test paper", meetingDate: "2021-07-09", period: "2020-04", services: ["front-door"] });
    if (!draft.ok) throw new Error(draft.message);
    expect(await publishSnapshot(ctx(people.manager), { snapshotId: draft.data.id })).toMatchObject({ ok: true });
    const result = await undoImport(ctx(people.admin), { batchId: fix.summary.batchId });
    expect(result).toMatchObject({ ok: false, code: "invalid_state" });
    if (!result.ok) expect(result.message).toContain('The board paper "Undo test paper"');
    expect((await currentFigure("M4", "2020-04"))!.value).toBe(77);
  });

  it("outturns: new rows go, revised ones get their value back", async () => {
    const first = await importFile({ db: handle.db, kind: null, text: "indicator,year,value\nM1,2018/19,100\n", file: "o1.csv" });
    expect(first).toMatchObject({ ok: true, summary: { kind: "outturns", inserted: 1 } });
    const second = await importFile({ db: handle.db, kind: "outturns", text: "indicator,year,value\nM1,2018/19,150\nM1,2017/18,90\n", file: "o2.csv" });
    if (!second.ok) throw new Error("setup failed");
    expect(second.summary).toMatchObject({ inserted: 1, updated: 1 });
    const undone = await undoImport(ctx(people.admin), { batchId: second.summary.batchId });
    expect(undone, JSON.stringify(undone)).toMatchObject({ ok: true, data: { rows: 2 } });
    const rows = await handle.db.select({ year: outturns.year, value: outturns.value }).from(outturns);
    expect(rows).toEqual([{ year: "2018/19", value: 100 }]);
  });

  it("commentary: refused once the commentary has been changed since", async () => {
    const text = 'indicator,period,author,body,status\nM1,2021-05,head.of.mash@lantern.example,"Imported words.",draft\n';
    const loaded = await importFile({ db: handle.db, kind: "commentary", text, file: "c.csv" });
    if (!loaded.ok) throw new Error("setup failed");
    await handle.db.execute(sql`update commentaries set version = version + 1, body = 'Edited' where period = '2021-05' and body = 'Imported words.'`);
    const result = await undoImport(ctx(people.admin), { batchId: loaded.summary.batchId });
    expect(result).toMatchObject({ ok: false, code: "invalid_state" });
    if (!result.ok) expect(result.message).toContain("has been changed since this import");
  });

  it("catalogue: a changed indicator gets its columns back", async () => {
    const [m1] = await handle.db.select().from(indicators).where(eq(indicators.code, "M1"));
    const text = `code,title,service,polarity,unit,aggregation\nM1,Renamed contacts,${m1.serviceKey},${m1.polarity},${m1.unit},${m1.aggregation}\n`;
    const loaded = await importFile({ db: handle.db, kind: "indicators", text, file: "cat.csv" });
    if (!loaded.ok) throw new Error("setup failed");
    expect(loaded.summary).toMatchObject({ updated: 1, inserted: 0 });
    const undone = await undoImport(ctx(people.admin), { batchId: loaded.summary.batchId });
    expect(undone, JSON.stringify(undone)).toMatchObject({ ok: true });
    const [back] = await handle.db.select().from(indicators).where(eq(indicators.code, "M1"));
    expect({ ...back, updatedAt: null }).toEqual({ ...m1, updatedAt: null });
  });
});

describe("an import loaded before Lantern counted rows", () => {
  it("shows its counts as not recorded, never as zeros, and Undo refuses it, saying why, changing nothing", async () => {
    const loaded = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM6-QL,2019-10,77\n", file: "old-version.csv" });
    if (!loaded.ok) throw new Error("setup failed");
    // as an older Lantern left it: the counting columns at their defaults
    await handle.db.update(importBatches).set({ inserted: 0, updated: 0, unchanged: 0 }).where(eq(importBatches.id, loaded.summary.batchId));
    const [listed] = (await importHistory({ db: handle.db })).filter((r) => r.id === loaded.summary.batchId);
    expect(listed).toMatchObject({ rows: 1, countsRecorded: false });
    const before = await counts();
    const undone = await undoImport(ctx(people.admin), { batchId: loaded.summary.batchId });
    expect(undone).toEqual({
      ok: false,
      code: "invalid_state",
      message:
        "This import was loaded before Lantern recorded what each import changes, so it cannot be undone exactly: nothing was changed. Load a corrected file instead.",
    });
    expect(await counts()).toEqual(before);
    expect((await currentFigure("M6-QL", "2019-10"))?.value).toBe(77);
  });
});

describe("one import of a kind at a time", () => {
  it("a second import waits for the first and plans on top of it", async () => {
    const before = (await currentFigure("M5", "2020-04"))!;
    const [a, b] = await Promise.all([
      importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM5,2020-04,501\n", file: "a.csv" }),
      importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM5,2020-04,502\n", file: "b.csv" }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const revisions = await handle.db
      .select({ revision: indicatorValues.revision })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .where(and(eq(indicators.code, "M5"), eq(indicatorValues.period, "2020-04")));
    expect(revisions.map((r) => r.revision).sort()).toEqual([before.revision, before.revision + 1, before.revision + 2]);
  });
});
