// The cohort catalogue's actions on the database under test: an admin sets a
// cohort's start month and members' word, renames and reorders its outcomes
// (audited); bad input is refused by field, a move past the end by message,
// and people without the catalogue permission are refused.
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, cohortOutcomes, cohorts, indicators } from "@/db/schema";
import { moveCohortOutcome, renameCohortOutcome, updateCohort } from "@/lib/actions/cohorts/core";
import { withDemoDb } from "../support/demo";

const { handle, people } = withDemoDb(["admin", "manager"]);

async function eoc1() {
  const [row] = await handle.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "EOC1"));
  const outcomes = await handle.db.select({ id: cohortOutcomes.id, label: cohortOutcomes.label }).from(cohortOutcomes).where(eq(cohortOutcomes.indicatorId, row.id)).orderBy(asc(cohortOutcomes.sortOrder));
  return { id: row.id, outcomes };
}

describe("the cohort catalogue", () => {
  it("sets the demo cohort's start and word, refusing a bad month and a blank word by field", async () => {
    const { id } = await eoc1();
    const ctx = { db: handle.db, actor: people.admin };
    expect(await updateCohort(ctx, { indicatorId: id, startMonth: "2019-13", memberWord: "" })).toMatchObject({
      ok: false,
      fieldErrors: { startMonth: "Month must be written YYYY-MM", memberWord: "Give the word for being in the group" },
    });
    expect(await updateCohort(ctx, { indicatorId: id, startMonth: "2019-09", memberWord: "helped" })).toMatchObject({ ok: true, data: { changed: true } });
    const [stored] = await handle.db.select().from(cohorts).where(eq(cohorts.indicatorId, id));
    expect(stored).toMatchObject({ startMonth: "2019-09", memberWord: "helped" });
    const [event] = await handle.db.select({ summary: auditEvents.summary }).from(auditEvents).where(eq(auditEvents.action, "cohort.update"));
    expect(event.summary).toBe('Set the cohort\'s start to 2019-09 and its members\' word to "helped"');
  });

  it("renames and moves an outcome, and refuses moving the first one up", async () => {
    const before = await eoc1();
    const ctx = { db: handle.db, actor: people.admin };
    expect(await renameCohortOutcome(ctx, { id: before.outcomes[3].id, label: "Came into care" })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await moveCohortOutcome(ctx, { id: before.outcomes[3].id, direction: "up" })).toMatchObject({ ok: true, data: { place: 3 } });
    expect((await eoc1()).outcomes.map((o) => o.label)).toEqual(["Did not become looked after", "Supported at child in need level", "Came into care", "Subject to child protection procedures"]);
    expect(await moveCohortOutcome(ctx, { id: before.outcomes[0].id, direction: "up" })).toMatchObject({ ok: false, code: "invalid_state", message: "Did not become looked after is already first." });
  });

  it("is refused to a manager, and for an outcome that does not exist", async () => {
    const { outcomes } = await eoc1();
    expect(await renameCohortOutcome({ db: handle.db, actor: people.manager }, { id: outcomes[0].id, label: "x" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await renameCohortOutcome({ db: handle.db, actor: people.admin }, { id: 999_999, label: "x" })).toMatchObject({ ok: false, message: "That outcome could not be found." });
  });
});
