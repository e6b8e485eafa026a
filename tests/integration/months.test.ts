// Closing a month to commentary and reopening it, on a real database (PGlite,
// and PostgreSQL with LANTERN_TEST_DB=postgres): the admin's month list, the
// close and reopen actions with their audit, every commentary step refused in
// a closed month with nothing written, and loads of figures leaving a closed
// month closed.
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditEvents, commentaries, commentaryVersions, reportingPeriods } from "@/db/schema";
import { approveCommentary, markNoCommentaryNeeded, restoreCommentaryVersion, returnCommentary, saveCommentary, submitCommentary } from "@/lib/actions/commentary/core";
import { markNoCommentaryNeededBulk, withdrawCommentary } from "@/lib/actions/commentary/more-steps";
import { closeMonth, closeOpenMonthsThrough, reopenMonth } from "@/lib/actions/months/core";
import { importFile } from "@/lib/import/apply";
import { editorData } from "@/lib/queries/commentary";
import { monthStates } from "@/lib/queries/months";
import { MAY, withCommentaryWorld } from "./commentary-fixtures";

const { handle, world, as } = withCommentaryWorld();

async function commentaryRows() {
  const [rows] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(commentaries);
  const [versions] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(commentaryVersions);
  return { rows: Number(rows.n), versions: Number(versions.n) };
}

describe("the admin's months", () => {
  it("lists every month newest first with its state and counts", async () => {
    const M1 = await world.indicatorId("M1");
    await saveCommentary(as("reporter"), { indicatorId: M1, period: MAY, expectedVersion: 0, body: "Contacts fell." });
    const months = await monthStates({ db: handle.db });
    expect(months.map((m) => m.period).slice(0, 3)).toEqual(["2020-05", "2020-04", "2020-03"]);
    const [may, april, march] = months;
    expect(may).toMatchObject({
      closedAt: null,
      indicators: 9,
      commentary: { approved: 0, submitted: 0, inProgress: 1, notNeeded: 0, notStarted: 8 },
      scorecardsApproved: 0,
    });
    // April: the demo's approved, published month (61 approved commentaries: the dataset's 55 and six illustrative; CP2b % has no April figure).
    expect(april).toMatchObject({ closedAt: null, indicators: 60, commentary: { approved: 61, notStarted: 0 } });
    expect(april.scorecardsApproved).toBeGreaterThan(0);
    expect(march.closedAt).toBeInstanceOf(Date);
  });

  it("is for admins only: closing and reopening are refused to everyone else", async () => {
    for (const name of ["manager", "reporter", "board member"] as const) {
      expect(await closeMonth(as(name), { period: MAY })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await reopenMonth(as(name), { period: "2020-03" })).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await closeMonth(as("anonymous"), { period: MAY })).toMatchObject({ ok: false, code: "unauthenticated" });
    const [may] = await handle.db.select().from(reportingPeriods).where(eq(reportingPeriods.period, MAY));
    expect(may.closedAt).toBeNull();
  });

  it("refuses a month with no figures and a malformed month in words", async () => {
    expect(await closeMonth(as("admin"), { period: "2031-01" })).toMatchObject({
      ok: false,
      code: "not_found",
      message: "No figures have been loaded for that month, so it has nothing to open or close.",
    });
    expect(await closeMonth(as("admin"), { period: "May 2020" })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { period: expect.any(String) } });
  });
});

describe("a closed month", () => {
  let M1: number;
  let M2: number;
  let M3: number;

  beforeAll(async () => {
    M1 = await world.indicatorId("M1");
    M2 = await world.indicatorId("M2");
    M3 = await world.indicatorId("M3");
    // Before the close: M1 is submitted (version 2), M3 has a draft (version 1).
    const submitted = await submitCommentary(as("reporter"), { indicatorId: M1, period: MAY, expectedVersion: 1, body: "Contacts fell to 1,102." });
    expect(submitted).toMatchObject({ ok: true, data: { version: 2, status: "submitted" } });
    expect(await saveCommentary(as("reporter"), { indicatorId: M3, period: MAY, expectedVersion: 0, body: "Steady." })).toMatchObject({ ok: true });
  });

  it("is closed by the admin, once, with an audit event", async () => {
    const closed = await closeMonth(as("admin"), { period: MAY });
    expect(closed).toMatchObject({ ok: true, data: { period: MAY } });
    expect(await closeMonth(as("admin"), { period: MAY })).toMatchObject({ ok: false, code: "invalid_state", message: "May 2020 is already closed to commentary." });
    const [may] = await monthStates({ db: handle.db });
    expect(may).toMatchObject({ period: MAY, closedByName: world.actors.admin!.name });
    expect(may.closedAt).toBeInstanceOf(Date);
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "month.close"));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: world.actors.admin!.id, entityType: "reporting_period", entityId: MAY, summary: "Closed May 2020 to commentary" });
  });

  it("refuses every commentary step with a message that says so, and writes nothing", async () => {
    const before = await commentaryRows();
    const attempts = [
      await saveCommentary(as("reporter"), { indicatorId: M3, period: MAY, expectedVersion: 1, body: "Steady, again." }),
      await saveCommentary(as("reporter"), { indicatorId: M2, period: MAY, expectedVersion: 0, body: "A first draft." }),
      await submitCommentary(as("reporter"), { indicatorId: M3, period: MAY, expectedVersion: 1, body: "Steady." }),
      // Even text that looks like personal data gets the closed message, not the warning.
      await submitCommentary(as("reporter"), { indicatorId: M3, period: MAY, expectedVersion: 1, body: "Jordan Smith was referred." }),
      await approveCommentary(as("manager"), { indicatorId: M1, period: MAY, expectedVersion: 2 }),
      await returnCommentary(as("manager"), { indicatorId: M1, period: MAY, expectedVersion: 2, note: "Say more." }),
      await markNoCommentaryNeeded(as("manager"), { indicatorId: M2, period: MAY, expectedVersion: 0, reason: "Within the usual range." }),
      await restoreCommentaryVersion(as("reporter"), { indicatorId: M3, period: MAY, expectedVersion: 1, fromVersion: 1 }),
      await saveCommentary(as("admin"), { indicatorId: M3, period: MAY, expectedVersion: 1, body: "Admins too." }),
      await withdrawCommentary(as("reporter"), { indicatorId: M1, period: MAY, expectedVersion: 2 }),
    ];
    for (const result of attempts) {
      expect(result).toMatchObject({ ok: false, code: "invalid_state" });
      if (!result.ok) {
        expect(result.message).toMatch(/^May 2020 is closed to commentary \(closed by Alex Admin on \d{1,2} \w+ \d{4}\), so nothing was changed\./);
        expect(result.message).toContain("Ask the performance team to reopen the month");
      }
    }
    const bulk = await markNoCommentaryNeededBulk(as("manager"), {
      serviceKey: "front-door",
      period: MAY,
      items: [{ indicatorId: M2, expectedVersion: 0 }],
      reason: "Within the usual range.",
    });
    expect(bulk).toMatchObject({ ok: false, code: "invalid_state" });
    if (!bulk.ok) expect(bulk.message).toMatch(/^M2: May 2020 is closed to commentary \(closed by Alex Admin on .*\)[^]*Nothing was marked\.$/);
    expect(await commentaryRows()).toEqual(before);
    const [m1] = await handle.db.select().from(commentaries).where(and(eq(commentaries.indicatorId, M1), eq(commentaries.period, MAY)));
    expect(m1).toMatchObject({ status: "submitted", version: 2 });
  });

  it("still refuses people without the permission as forbidden, not as closed", async () => {
    const result = await saveCommentary(as("reporter of another service"), { indicatorId: M2, period: MAY, expectedVersion: 0, body: "x" });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("shows its editor read-only, saying who closed it", async () => {
    const data = await editorData({ db: handle.db, user: world.actors.reporter!, period: MAY, indicatorId: M3 });
    expect(data?.closed).toMatchObject({ byName: "Alex Admin" });
    expect(data?.may).toEqual({ edit: false, submit: false, restore: false, withdraw: false });
  });

  it("stays closed when its figures are loaded again; a new month opens", async () => {
    const reload = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM1,2020-05,1110\nM1,2020-06,1090\n", file: "rerun.csv" });
    expect(reload.ok).toBe(true);
    const months = await monthStates({ db: handle.db });
    expect(months.find((m) => m.period === MAY)?.closedAt).toBeInstanceOf(Date);
    expect(months.find((m) => m.period === "2020-06")).toMatchObject({ closedAt: null, indicators: 1 });
  });

  it("is reopened by the admin, with an audit event, and commentary can change again", async () => {
    const reopened = await reopenMonth(as("admin"), { period: MAY });
    expect(reopened).toMatchObject({ ok: true, data: { period: MAY, closedAt: null } });
    expect(await reopenMonth(as("admin"), { period: MAY })).toMatchObject({ ok: false, code: "invalid_state", message: "May 2020 is already open for commentary." });
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "month.reopen"));
    expect(event).toMatchObject({ entityId: MAY, summary: "Reopened May 2020 for commentary", after: { closedAt: null } });
    expect((event.before as { closedAt: string }).closedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const [may] = await handle.db.select().from(reportingPeriods).where(eq(reportingPeriods.period, MAY));
    expect(may).toMatchObject({ closedAt: null, closedBy: null });

    expect(await saveCommentary(as("reporter"), { indicatorId: M3, period: MAY, expectedVersion: 1, body: "Steady, again." })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await approveCommentary(as("manager"), { indicatorId: M1, period: MAY, expectedVersion: 2 })).toMatchObject({ ok: true, data: { status: "approved" } });
  });
});

describe("closing several months at once", () => {
  it("closes every open month up to the one chosen, audits each, and leaves later months open", async () => {
    expect(await closeOpenMonthsThrough(as("manager"), { through: MAY })).toMatchObject({ ok: false, code: "forbidden" });
    const before = (await monthStates({ db: handle.db })).filter((m) => !m.closedAt).map((m) => m.period);
    expect(before).toEqual(["2020-06", "2020-05", "2020-04"]);
    const result = await closeOpenMonthsThrough(as("admin"), { through: MAY });
    expect(result).toMatchObject({ ok: true, data: { periods: ["2020-04", "2020-05"] } });
    const after = await monthStates({ db: handle.db });
    expect(after.filter((m) => !m.closedAt).map((m) => m.period)).toEqual(["2020-06"]);
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "month.close"));
    expect(events.filter((e) => e.summary.endsWith("(with every open month up to May 2020)")).map((e) => e.entityId).sort()).toEqual(["2020-04", "2020-05"]);
    expect(await closeOpenMonthsThrough(as("admin"), { through: MAY })).toMatchObject({
      ok: false,
      code: "invalid_state",
      message: "No month up to May 2020 is open for commentary.",
      fieldErrors: { through: "No month up to May 2020 is open for commentary." },
    });
  });
});
