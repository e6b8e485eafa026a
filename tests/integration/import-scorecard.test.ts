// Import → scorecard JSON on a real database (PGlite, and PostgreSQL in CI).
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, indicators, indicatorValues, reportingPeriods } from "@/db/schema";
import { formatImportError } from "@/lib/import/errors";
import { importFile } from "@/lib/import/apply";
import { scorecardFor } from "@/lib/queries/scorecard";
import { loadDemo, withDemoDb } from "../support/demo";

const { handle } = withDemoDb();

describe("the demo dataset loaded through the import path", () => {
  it("gives a scorecard of all 61 indicators (the dataset's 55 and six illustrative) with their April 2020 figures", async () => {
    const doc = await scorecardFor({ db: handle.db, period: "2020-04" });
    expect(doc.rows).toHaveLength(61);
    const m1 = doc.rows.find((r) => r.code === "M1")!;
    // values.csv: M1 Mar-20 1198, Apr-20 1147 → (1147 − 1198) / 1198 = −4.26%
    expect(m1).toMatchObject({ value: 1147, previous: 1198, changeFromPreviousPct: -4.26, direction: "down", judgement: "neutral" });
    expect(m1.commentary?.status).toBe("approved");
    expect(m1.commentary?.body).toMatch(/^The rate of Contacts remains low/);
    const eh4 = doc.rows.find((r) => r.code === "EH4-QL")!;
    // 79% in April from 88% in March; England 81, SN 76 (benchmarks.csv)
    expect(eh4).toMatchObject({ value: 79, previous: 88, judgement: "worse", benchmarks: { sn_average: 76, england: 81 } });
    // Illustrative band (no target): green ≥ England 81, amber ≥ 72.9 → 79 is amber
    expect(eh4.rag).toBe("amber");
    expect(eh4.bandsIllustrative).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/NaN|Infinity/);
  });

  it("filters to one service", async () => {
    const doc = await scorecardFor({ db: handle.db, period: "2020-04", service: "front-door" });
    expect(doc.rows.map((r) => r.code)).toEqual(["M1", "M2", "M3", "M2-NI", "M8-QL", "M6-QL (val)", "M6-QL", "M4", "M5"]);
  });

  it("also loads May 2020's front-door figures, open for commentary and not started, for the demo's reporter and manager", async () => {
    const may = await scorecardFor({ db: handle.db, period: "2020-05", service: "front-door" });
    expect(may.rows.map((r) => r.code)).toEqual(["M1", "M2", "M3", "M2-NI", "M8-QL", "M6-QL (val)", "M6-QL", "M4", "M5"]);
    expect(may.rows.every((r) => r.value !== null && r.commentary === null)).toBe(true);
    expect(may.rows.find((r) => r.code === "M1")).toMatchObject({ value: 1102, previous: 1147 });
    const periods = await handle.db.select().from(reportingPeriods);
    const open = periods.filter((p) => p.closedAt === null).map((p) => p.period).sort();
    expect(open).toEqual(["2020-04", "2020-05"]);
    // No other service has May figures: only the front door's month was loaded.
    const all = await scorecardFor({ db: handle.db, period: "2020-05" });
    expect(all.rows.filter((r) => r.value !== null).every((r) => r.service === "front-door")).toBe(true);
  });

  it("loading the demo again adds nothing", async () => {
    const before = await handle.db.select().from(indicatorValues);
    const again = await loadDemo(handle.db);
    expect(again.loaded).toBe(false);
    expect(await handle.db.select().from(indicatorValues)).toHaveLength(before.length);
  });
});

describe("revisions", () => {
  it("keeps the old figure, makes the new one current and marks the row revised", async () => {
    const csv = "indicator,period,value,note\nM1,2020-04,1160,re-run after late data entry\nM2,2020-04,286,\n";
    const outcome = await importFile({ db: handle.db, kind: "values", text: csv, file: "reload.csv" });
    expect(outcome).toMatchObject({ ok: true, summary: { rows: 2, inserted: 0, updated: 1, unchanged: 1 } });
    const [m1] = await handle.db.select().from(indicators).where(eq(indicators.code, "M1"));
    const history = await handle.db
      .select()
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, m1.id), eq(indicatorValues.period, "2020-04")))
      .orderBy(indicatorValues.revision);
    expect(history.map((h) => [h.revision, h.value, h.isCurrent])).toEqual([
      [1, 1147, false],
      [2, 1160, true],
    ]);
    expect(history[1].note).toBe("re-run after late data entry");
    const doc = await scorecardFor({ db: handle.db, period: "2020-04", service: "front-door" });
    expect(doc.rows.find((r) => r.code === "M1")).toMatchObject({ value: 1160, revised: true });
    expect(doc.rows.find((r) => r.code === "M2")).toMatchObject({ value: 286, revised: false });
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "import.values"));
    expect(events.at(-1)?.summary).toContain("reload.csv");
  });

  it("opens a new month for commentary when its figures are first loaded", async () => {
    // (the demo already has May: July is new)
    const before = await handle.db.select().from(reportingPeriods);
    expect(before.map((p) => p.period)).not.toContain("2020-07");
    await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM1,2020-07,1201\n", file: "july.csv" });
    const periods = await handle.db.select().from(reportingPeriods);
    expect(periods.find((p) => p.period === "2020-07")).toMatchObject({ closedAt: null });
  });
});

describe("a bad file writes nothing", () => {
  it("reports every error with file:row:column and leaves the data as it was", async () => {
    const before = await handle.db.select().from(indicatorValues);
    const csv = "indicator,period,value\nM1,2020-06,1200\nNOPE,2020-06,3\nM2,2020-13,4\nM3,2020-06,abc\n";
    const outcome = await importFile({ db: handle.db, kind: "values", text: csv, file: "june.csv" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const lines = outcome.errors.map(formatImportError);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^june\.csv:3:1: /);
    expect(lines[1]).toMatch(/^june\.csv:4:2: /);
    expect(lines[2]).toMatch(/^june\.csv:5:3: /);
    expect(await handle.db.select().from(indicatorValues)).toHaveLength(before.length);
  });
});
