// Targets and RAG bands by year, on both databases: the editor and the
// catalogue import add a set from a month without changing the RAG of earlier
// months; the newest set is mirrored onto the indicator; an import's sets are
// undone with it; the editor refuses the bands the import refuses.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, indicatorBandSets, indicators } from "@/db/schema";
import { updateIndicator } from "@/lib/actions/catalogue/core";
import { undoImport } from "@/lib/actions/imports/core";
import { importFile } from "@/lib/import/apply";
import { indicatorPageFor } from "@/lib/queries/indicator";
import { scorecardFor } from "@/lib/queries/scorecard";
import { withDemoDb } from "../support/demo";
import { indicatorForm } from "../support/indicator-form";

const { handle, ctx } = withDemoDb(["admin"]);

const form = (code: string, changes: Record<string, unknown> = {}) => indicatorForm(handle.db, code, changes);
const rowOf = async (code: string, period: string) => (await scorecardFor({ db: handle.db, period })).rows.find((r) => r.code === code)!;
const setsOf = async (code: string) => {
  const [i] = await handle.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code));
  return handle.db.select().from(indicatorBandSets).where(eq(indicatorBandSets.indicatorId, i.id)).orderBy(indicatorBandSets.effectiveFrom);
};

describe("targets and bands by year", () => {
  it("the editor adds a set from a month: that month and later use it, earlier months keep theirs", async () => {
    // M1 (contacts, info) is 1147 in April 2020; give it bands for the whole history first
    expect(await updateIndicator(ctx("admin"), await form("M1", { polarity: "low", greenMax: "1200", amberMax: "1300", target: "1100" }))).toMatchObject({ ok: true });
    const march = await rowOf("M1", "2020-03");
    expect((await rowOf("M1", "2020-04")).rag).toBe("green");
    expect(await updateIndicator(ctx("admin"), await form("M1", { greenMax: "1000", amberMax: "1150", target: "950", bandsFrom: "2020-04" }))).toMatchObject({ ok: true });
    const april = await rowOf("M1", "2020-04");
    expect([april.rag, april.target, april.bands.greenMax]).toEqual(["amber", 950, 1000]);
    const marchAfter = await rowOf("M1", "2020-03");
    expect([marchAfter.rag, marchAfter.target, marchAfter.bands]).toEqual([march.rag, 1100, march.bands]);
    expect((await setsOf("M1")).map((s) => [s.effectiveFrom, s.greenMax])).toEqual([[expect.any(String), 1200], ["2020-04", 1000]]);
    // the indicator's own columns are the newest set's
    const [m1] = await handle.db.select().from(indicators).where(eq(indicators.code, "M1"));
    expect([m1.greenMax, m1.amberMax, m1.target]).toEqual([1000, 1150, 950]);
    const page = await indicatorPageFor({ db: handle.db, code: "M1", period: "2020-03" });
    expect(page!.indicator.target).toBe(1100);
    expect(page!.bandHistory.map((s) => [s.effectiveFrom, s.until])).toEqual([[expect.any(String), "2020-03"], ["2020-04", null]]);
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "indicator.update"));
    expect(events.at(-1)!.after).toMatchObject({ bandsFrom: "2020-04", greenMax: 1000 });
  });

  it("the editor refuses the bands the import refuses, naming the field", async () => {
    const outcome = await updateIndicator(ctx("admin"), await form("M3", { polarity: "high", greenMin: "95", greenMax: "", amberMin: "99", amberMax: "" }));
    expect(outcome).toMatchObject({ ok: false, fieldErrors: { amberMin: expect.stringContaining("Higher is better") } });
  });

  it("the import adds a set from its effective_from, and its undo takes the set away again", async () => {
    const [m2] = await handle.db.select().from(indicators).where(eq(indicators.code, "M2"));
    const before = await setsOf("M2");
    const marchRag = (await rowOf("M2", "2020-03")).rag;
    const text =
      "code,title,service,polarity,unit,aggregation,green_max,amber_max,target,effective_from\n" +
      `M2,${m2.title.includes(",") ? `"${m2.title}"` : m2.title},${m2.serviceKey},low,count,${m2.aggregation},1,2,1,2020-04\n`;
    const outcome = await importFile({ db: handle.db, kind: "indicators", text, file: "m2-bands.csv" });
    expect(outcome).toMatchObject({ ok: true });
    expect((await rowOf("M2", "2020-04")).rag).toBe("red");
    expect((await rowOf("M2", "2020-03")).rag).toBe(marchRag);
    expect((await setsOf("M2")).map((s) => s.effectiveFrom)).toContain("2020-04");
    const batchId = (outcome as { summary: { batchId: number } }).summary.batchId;
    expect(await undoImport(ctx("admin"), { batchId })).toMatchObject({ ok: true });
    expect((await setsOf("M2")).map((s) => [s.effectiveFrom, s.greenMax])).toEqual(before.map((s) => [s.effectiveFrom, s.greenMax]));
  });
});
