// Approving a service's scorecard: only when every indicator's commentary is
// settled; "figures revised since approval" after a reload, and re-confirming.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, indicators, notifications } from "@/db/schema";
import { approveCommentary, markNoCommentaryNeeded, submitCommentary } from "@/lib/actions/commentary/core";
import { approveScorecard } from "@/lib/actions/approvals/core";
import { saveNarrative } from "@/lib/actions/narratives/core";
import { importFile } from "@/lib/import/apply";
import { scorecardApprovalStates } from "@/lib/queries/approvals";
import { MAY, withCommentaryWorld } from "./commentary-fixtures";

const { handle, world, mailer, as } = withCommentaryWorld();

const FRONT_DOOR = ["M1", "M2", "M3", "M2-NI", "M8-QL", "M6-QL (val)", "M6-QL", "M4", "M5"];

describe("approve the front-door scorecard for May 2020", () => {
  it("is refused while any commentary is unsettled, naming the indicators", async () => {
    const result = await approveScorecard(as("manager"), { serviceKey: "front-door", period: MAY });
    expect(result).toMatchObject({ ok: false, code: "invalid_state" });
    expect((result as { message: string }).message).toContain("M1, M2, M3");
  });

  it("is approved once every indicator is approved or needs no commentary, and tells the reporters", async () => {
    for (const code of FRONT_DOOR) {
      const id = await world.indicatorId(code);
      if (code === "M2-NI") {
        await markNoCommentaryNeeded(as("manager"), { indicatorId: id, period: MAY, expectedVersion: 0, reason: "Same story as M2" });
        continue;
      }
      await submitCommentary(as("reporter"), { indicatorId: id, period: MAY, expectedVersion: 0, body: `${code} is in its usual range.` });
      await approveCommentary(as("manager"), { indicatorId: id, period: MAY, expectedVersion: 1 });
    }
    // the section narrative is approved with the scorecard: written, or said to be none
    const noNarrative = await approveScorecard(as("manager"), { serviceKey: "front-door", period: MAY });
    expect(noNarrative).toMatchObject({ ok: false, code: "invalid_state", details: { narrative: "missing" } });
    expect((noNarrative as { message: string }).message).toContain("write the Front door (contacts, MASH, referrals) narrative for May 2020");
    expect((await scorecardApprovalStates({ db: handle.db, period: MAY, serviceKeys: ["front-door"] }))[0]).toMatchObject({ ready: false });
    const empty = await saveNarrative(as("manager"), { serviceKey: "front-door", period: MAY, body: "  ", expectedVersion: 0 });
    expect(empty).toMatchObject({ ok: false, code: "invalid", fieldErrors: { body: 'Write the narrative, or choose "No narrative this month".' } });
    expect(await saveNarrative(as("manager"), { serviceKey: "front-door", period: MAY, none: true, expectedVersion: 0 })).toMatchObject({ ok: true, data: { none: true, body: "" } });
    const approved = await approveScorecard(as("manager"), { serviceKey: "front-door", period: MAY });
    expect(approved).toMatchObject({ ok: true, data: { reconfirmed: false } });
    const states = await scorecardApprovalStates({ db: handle.db, period: MAY, serviceKeys: ["front-door"] });
    expect(states[0]).toMatchObject({ serviceKey: "front-door", approved: true, figuresRevised: false, ready: true });

    const told = await handle.db.select().from(notifications).where(eq(notifications.kind, "scorecard.approved"));
    // Every named reporter of a front-door indicator (the dataset names four people) and the reporter for the service.
    const named = await handle.db.selectDistinct({ id: indicators.reporterId }).from(indicators).where(eq(indicators.serviceKey, "front-door"));
    const expected = [...new Set([world.actors.reporter!.id, ...named.map((n) => n.id!)])].sort();
    expect(expected).toHaveLength(5);
    expect(told.map((n) => n.userId).sort()).toEqual(expected);
    expect(mailer.sent.filter((m) => m.subject.includes("approved the Front door")).length).toBe(5);

    const again = await approveScorecard(as("manager"), { serviceKey: "front-door", period: MAY });
    expect(again).toMatchObject({ ok: false, code: "conflict" });
  });

  it("says the figures were revised after a reload, and lets the manager re-confirm", async () => {
    await new Promise((r) => setTimeout(r, 5)); // a later load time than the approval's
    const reload = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM1,2020-05,1110\n", file: "may-rerun.csv" });
    expect(reload.ok).toBe(true);
    const [state] = await scorecardApprovalStates({ db: handle.db, period: MAY, serviceKeys: ["front-door"] });
    expect(state).toMatchObject({ approved: true, figuresRevised: true });

    const confirmed = await approveScorecard(as("manager"), { serviceKey: "front-door", period: MAY });
    expect(confirmed).toMatchObject({ ok: true, data: { reconfirmed: true } });
    const [after] = await scorecardApprovalStates({ db: handle.db, period: MAY, serviceKeys: ["front-door"] });
    expect(after).toMatchObject({ approved: true, figuresRevised: false });
    expect(await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "scorecard.reconfirm"))).toHaveLength(1);
  });

  it("is not affected by loading a later month", async () => {
    await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM1,2020-06,1000\n", file: "june.csv" });
    const [state] = await scorecardApprovalStates({ db: handle.db, period: MAY, serviceKeys: ["front-door"] });
    expect(state.figuresRevised).toBe(false);
  });
});
