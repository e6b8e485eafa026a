// Stale numbers, on both databases: a figure revised after its commentary was
// written flags the old number ("says 1,102; the figure is now 1,110") until
// the text is edited or someone dismisses the flag (audited); a later
// revision flags it again.
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { saveCommentary } from "@/lib/actions/commentary/core";
import { dismissStaleNumbers } from "@/lib/actions/commentary/stale";
import { importFile } from "@/lib/import/apply";
import { staleCommentaryFor } from "@/lib/queries/stale-commentary";
import { MAY, withCommentaryWorld } from "./commentary-fixtures";

const { handle, world, as } = withCommentaryWorld();
let m1: number;
const revise = (value: number, file: string) => importFile({ db: handle.db, kind: "values", text: `indicator,period,value\nM1,${MAY},${value}\n`, file });
const flagOnM1 = async () => (await staleCommentaryFor({ db: handle.db, period: MAY })).get(m1) ?? null;

beforeAll(async () => {
  m1 = await world.indicatorId("M1");
  // M1 is 1,102 for May 2020 in the fixture
  await saveCommentary(as("reporter"), { indicatorId: m1, period: MAY, expectedVersion: 0, body: "Contacts rose to 1,102 in May 2020, the highest this year." });
});

describe("stale numbers in commentary", () => {
  it("nothing is flagged while the figure stands", async () => {
    expect(await flagOnM1()).toBeNull();
  });

  it("a revision flags the old number with the new one", async () => {
    expect(await revise(1110, "m1-revised.csv")).toMatchObject({ ok: true });
    expect(await flagOnM1()).toMatchObject({ oldFigure: 1102, newFigure: 1110, numbers: [{ said: "1,102", now: "1,110" }] });
  });

  it("a dismissal clears it, audited; someone outside the service may not dismiss it", async () => {
    expect(await dismissStaleNumbers(as("reporter of another service"), { indicatorId: m1, period: MAY })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await dismissStaleNumbers(as("manager"), { indicatorId: m1, period: MAY })).toMatchObject({ ok: true });
    expect(await flagOnM1()).toBeNull();
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "commentary.stale_dismiss"));
    expect(event.summary).toContain("says 1,102; the figure is now 1,110");
    expect(await dismissStaleNumbers(as("manager"), { indicatorId: m1, period: MAY })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("a later revision flags it again; editing the text clears it", async () => {
    expect(await revise(1120, "m1-revised-again.csv")).toMatchObject({ ok: true });
    expect(await flagOnM1()).toMatchObject({ oldFigure: 1102, newFigure: 1120, numbers: [{ said: "1,102", now: "1,120" }] });
    expect(await saveCommentary(as("reporter"), { indicatorId: m1, period: MAY, expectedVersion: 1, body: "Contacts rose to 1,120 in May 2020." })).toMatchObject({ ok: true });
    expect(await flagOnM1()).toBeNull();
  });
});
