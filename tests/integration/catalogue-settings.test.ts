// The indicator catalogue and the authority's settings in the browser's
// actions, on both databases: an edit of bands changes the scorecard's RAG;
// bad bands are field errors; retiring hides an indicator from a month on and
// keeps its history; reordering; settings say which months they change and
// published releases keep their suppression threshold.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, indicators } from "@/db/schema";
import { updateFigureSettings, updatePopulations, updateAuthorityDetails, updateSignIn } from "@/lib/actions/authority/core";
import { updateIndicator } from "@/lib/actions/catalogue/core";
import { moveIndicator, restoreIndicator, retireIndicator } from "@/lib/actions/catalogue/order";
import { authoritySettings, theAuthority } from "@/lib/queries/authority";
import { catalogueByService } from "@/lib/queries/catalogue";
import { scorecardFor } from "@/lib/queries/scorecard";
import { thresholdAt } from "@/lib/settings-impact";
import { withDemoDb } from "../support/demo";
import { indicatorForm } from "../support/indicator-form";

const { handle, ctx } = withDemoDb(["admin", "manager"]);

const form = (code: string, changes: Record<string, unknown> = {}) => indicatorForm(handle.db, code, changes);
const ragOf = async (code: string, period = "2020-04") => (await scorecardFor({ db: handle.db, period })).rows.find((r) => r.code === code)?.rag;

describe("editing an indicator", () => {
  it("new bands change the live scorecard's RAG at once (M1 is 1147 in April 2020)", async () => {
    expect(await ragOf("M1")).toBeNull();
    expect(await updateIndicator(ctx("admin"), await form("M1", { polarity: "low", greenMax: "1000", amberMax: "1200" }))).toMatchObject({ ok: true });
    expect(await ragOf("M1")).toBe("amber");
    expect(await updateIndicator(ctx("admin"), await form("M1", { greenMax: "1150", amberMax: "1200" }))).toMatchObject({ ok: true, data: { changed: ["greenMax"] } });
    expect(await ragOf("M1")).toBe("green");
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "indicator.update")).orderBy(auditEvents.id);
    expect(event.before).toMatchObject({ polarity: "info", greenMax: null });
  });

  it("declares an indicator part of a count, refusing an unknown code, a percentage, itself and a circle, naming the field", async () => {
    const [cp4] = await handle.db.select({ partOf: indicators.partOf }).from(indicators).where(eq(indicators.code, "CP4 (val)"));
    expect(cp4.partOf).toBe("CP2");
    expect(await updateIndicator(ctx("admin"), await form("CP2b", { partOf: "CP2" }))).toMatchObject({ ok: true, data: { changed: ["partOf"] } });
    const refused = async (code: string, partOf: string, says: string) =>
      expect(await updateIndicator(ctx("admin"), await form(code, { partOf }))).toMatchObject({ ok: false, fieldErrors: { partOf: expect.stringContaining(says) } });
    await refused("CP2b", "NOPE", "not an indicator code");
    await refused("CP2b", "CP4", "not a count");
    await refused("CP2b", "CP2b", "part of itself");
    await refused("CP2", "CP4 (val)", "in a circle: CP2 → CP4 (val) → CP2");
    const [after] = await handle.db.select({ partOf: indicators.partOf }).from(indicators).where(eq(indicators.code, "CP2"));
    expect(after.partOf).toBeNull();
  });

  it("refuses bands that make no sense, a code already used and a person not on the list, naming the field", async () => {
    expect(await updateIndicator(ctx("admin"), await form("M1", { greenMin: "10", greenMax: "5" }))).toMatchObject({ ok: false, fieldErrors: { greenMax: expect.stringContaining("below") } });
    expect(await updateIndicator(ctx("admin"), await form("M1", { greenMin: "", greenMax: "", amberMin: "5" }))).toMatchObject({ ok: false, fieldErrors: { amberMin: expect.stringContaining("green") } });
    expect(await updateIndicator(ctx("admin"), await form("M1", { target: "lots" }))).toMatchObject({ ok: false, fieldErrors: { target: expect.stringContaining("number") } });
    expect(await updateIndicator(ctx("admin"), await form("M1", { code: "M2" }))).toMatchObject({ ok: false, fieldErrors: { code: expect.stringContaining("M2") } });
    expect(await updateIndicator(ctx("admin"), await form("M1", { unit: "furlongs" }))).toMatchObject({ ok: false, fieldErrors: { unit: expect.any(String) } });
    expect(await updateIndicator(ctx("admin"), await form("M1", { ownerId: "00000000-0000-4000-8000-000000000000" }))).toMatchObject({ ok: false, fieldErrors: { ownerId: expect.any(String) } });
    expect(await updateIndicator(ctx("manager"), await form("M1", { title: "Mine now" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await ragOf("M1")).toBe("green");
  });

  it("retiring leaves the indicator out from a month on, keeping earlier months; bringing it back restores it", async () => {
    const [m2] = await handle.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "M2"));
    expect(await retireIndicator(ctx("admin"), { indicatorId: m2.id, from: "2020-05" })).toMatchObject({ ok: true });
    expect((await scorecardFor({ db: handle.db, period: "2020-04" })).rows.map((r) => r.code)).toContain("M2");
    expect((await scorecardFor({ db: handle.db, period: "2020-05" })).rows.map((r) => r.code)).not.toContain("M2");
    expect(await retireIndicator(ctx("admin"), { indicatorId: m2.id, from: "2020-06" })).toMatchObject({ ok: false, code: "invalid_state" });
    expect(await retireIndicator(ctx("admin"), { indicatorId: m2.id, from: "May 2020" })).toMatchObject({ ok: false, fieldErrors: { from: expect.any(String) } });
    expect(await restoreIndicator(ctx("admin"), { indicatorId: m2.id })).toMatchObject({ ok: true });
    expect((await scorecardFor({ db: handle.db, period: "2020-05" })).rows.map((r) => r.code)).toContain("M2");
  });

  it("moves an indicator within its service area, and the scorecard follows", async () => {
    const codes = async () => (await catalogueByService({ db: handle.db })).find((s) => s.key === "front-door")!.rows.map((r) => r.code);
    const before = await codes();
    const [second] = await handle.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, before[1]));
    expect(await moveIndicator(ctx("admin"), { indicatorId: second.id, direction: "up" })).toMatchObject({ ok: true });
    const after = await codes();
    expect(after.slice(0, 2)).toEqual([before[1], before[0]]);
    expect((await scorecardFor({ db: handle.db, period: "2020-04", service: "front-door" })).rows.map((r) => r.code).slice(0, 2)).toEqual([before[1], before[0]]);
    expect(await moveIndicator(ctx("admin"), { indicatorId: second.id, direction: "up" })).toMatchObject({ ok: false, code: "invalid_state" });
  });
});

describe("the authority's settings", () => {
  it("says which months' scorecards a change of SPC rules or populations changes", async () => {
    const spc = await updateFigureSettings(ctx("admin"), { spcRunLength: "7", spcScreenMovingRanges: "on", suppressionThreshold: "5", commentaryDueWorkingDay: "10" });
    expect(spc).toMatchObject({ ok: true });
    if (!spc.ok) return;
    expect(spc.data.impact[0]).toMatch(/SPC reading .* to May 2020 \(\d+ months\)/);
    expect(spc.data.impact.at(-1)).toContain("Published board papers keep");
    expect((await authoritySettings({ db: handle.db })).spcRunLength).toBe(7);
    expect((await scorecardFor({ db: handle.db, period: "2020-04" })).spcSettings).toEqual({ runLength: 7, screenMovingRanges: true });

    const populations = await updatePopulations(ctx("admin"), { populations: "2019 104000\n2020 105,500" });
    expect(populations).toMatchObject({ ok: true });
    expect((await theAuthority({ db: handle.db }))!.populations).toEqual({ "2019": 104000, "2020": 105500 });
    expect(await updatePopulations(ctx("admin"), { populations: "2019 lots" })).toMatchObject({ ok: false, fieldErrors: { populations: expect.stringContaining("Line 1") } });
    expect(await updateFigureSettings(ctx("admin"), { spcRunLength: "9", suppressionThreshold: "5", commentaryDueWorkingDay: "10" })).toMatchObject({ ok: false, fieldErrors: { spcRunLength: expect.any(String) } });
    expect(await updateFigureSettings(ctx("manager"), { spcRunLength: "6", suppressionThreshold: "5", commentaryDueWorkingDay: "10" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("keeps the suppression threshold a release was published with", async () => {
    const publishedAt = new Date(Date.now() - 60_000).toISOString();
    expect(await updateFigureSettings(ctx("admin"), { spcRunLength: "6", suppressionThreshold: "10", commentaryDueWorkingDay: "10" })).toMatchObject({ ok: true });
    const settings = await authoritySettings({ db: handle.db });
    expect(thresholdAt(settings, publishedAt)).toBe(5);
    expect(thresholdAt(settings, new Date(Date.now() + 60_000).toISOString())).toBe(10);
  });

  it("checks the authority's codes and neighbours, and keeps password sign-in on while Microsoft is not set up", async () => {
    expect(await updateAuthorityDetails(ctx("admin"), { name: "Lantern Council", laCode: "330", onsCode: "e08000025", neighbours: "331 Coventry\n332 Dudley" })).toMatchObject({ ok: true });
    expect((await theAuthority({ db: handle.db }))!.name).toBe("Lantern Council");
    expect(await updateAuthorityDetails(ctx("admin"), { name: "X Council", laCode: "33", onsCode: "", neighbours: "Coventry" })).toMatchObject({ ok: false, fieldErrors: { laCode: expect.any(String), neighbours: expect.stringContaining("Line 1") } });
    expect(await updateSignIn(ctx("admin"), { passwordSignIn: "off" })).toMatchObject({ ok: false, fieldErrors: { passwordSignIn: expect.stringContaining("Microsoft") } });
  });
});
