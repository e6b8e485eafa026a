// The read models behind the commentary pages: "My commentary", the editor,
// the approvals list, the audit trail and notifications.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { reportingPeriods } from "@/db/schema";
import { saveCommentary, submitCommentary } from "@/lib/actions/commentary/core";
import { markNotificationsRead } from "@/lib/actions/notifications/core";
import { submittedForApproval } from "@/lib/queries/approvals";
import { auditEventsFor } from "@/lib/queries/audit";
import { editorData, myCommentary, openCommentaryPeriods } from "@/lib/queries/commentary";
import { recentNotifications, unreadNotificationCount } from "@/lib/queries/notifications";
import { MAY, withCommentaryWorld } from "./commentary-fixtures";

const { handle, world, mailer, as } = withCommentaryWorld();

beforeAll(async () => {
  await saveCommentary(as("reporter"), { indicatorId: await world.indicatorId("M1"), period: MAY, expectedVersion: 0, body: "Draft on M1" });
  await submitCommentary(as("reporter"), { indicatorId: await world.indicatorId("M2"), period: MAY, expectedVersion: 0, body: "Submitted M2 first" });
  await submitCommentary(as("reporter"), { indicatorId: await world.indicatorId("M3"), period: MAY, expectedVersion: 0, body: "Submitted M3 second" });
});

describe("My commentary", () => {
  it("lists the months open for commentary, newest first", async () => {
    expect((await openCommentaryPeriods({ db: handle.db })).slice(0, 2)).toEqual(["2020-05", "2020-04"]);
  });

  it("dates a month loaded years later from the month itself, as history: due in June 2020, nothing overdue", async () => {
    const mine = await myCommentary({ db: handle.db, user: world.actors.reporter!, period: MAY });
    expect(mine.dueDate).toBe("2020-06-12");
    expect(mine.due.basis).toBe("history");
    expect(mine.rows.some((r) => r.overdue)).toBe(false);
  });

  it("lists the front-door indicators for the front-door reporter, with status, due date and overdue", async () => {
    // May's figures loaded in time (3 June 2020): due on working day 10 of June
    await handle.db.update(reportingPeriods).set({ openedAt: new Date("2020-06-03T09:00:00Z") }).where(eq(reportingPeriods.period, MAY));
    const mine = await myCommentary({ db: handle.db, user: world.actors.reporter!, period: MAY, today: "2020-06-15" });
    expect(mine.dueDate).toBe("2020-06-12");
    expect(mine.rows.map((r) => r.code)).toEqual(["M1", "M2", "M3", "M2-NI", "M8-QL", "M6-QL (val)", "M6-QL", "M4", "M5"]);
    expect(mine.rows.slice(0, 4).map((r) => [r.status, r.overdue])).toEqual([
      ["draft", true],
      ["submitted", false],
      ["submitted", false],
      ["not_started", true],
    ]);
  });

  it("lists only the named indicators for a dataset reporter", async () => {
    const mine = await myCommentary({ db: handle.db, user: world.namedReporter, period: MAY, today: "2020-06-01" });
    // head.of.mash@ is named on 15 indicators across three services (indicators.csv); in May
    // only the front door has figures, and an indicator with no figure asks for no commentary.
    expect(mine.rows.map((r) => r.code)).toEqual(["M1", "M2", "M3", "M2-NI", "M8-QL"]);
    expect(mine.rows.every((r) => !r.overdue)).toBe(true);
  });

  it("lists nothing for a board member", async () => {
    expect((await myCommentary({ db: handle.db, user: world.actors["board member"]!, period: MAY })).rows).toEqual([]);
  });
});

describe("the editor", () => {
  it("has the figures, the draft paragraph, the history and what the person may do", async () => {
    const data = await editorData({ db: handle.db, user: world.actors.reporter!, period: MAY, indicatorId: await world.indicatorId("M1") });
    expect(data?.figures).toMatchObject({ value: 1102, previous: 1147 });
    expect(data?.draft).toMatch(/^Number of contacts received \(includes contacts that become referrals\): 1,102 in May 2020, down from 1,147 in April\./);
    expect(data?.commentary).toMatchObject({ status: "draft", version: 1, body: "Draft on M1" });
    expect(data?.versions.map((v) => [v.version, v.reason, v.authorName])).toEqual([[1, "save", "Riley Reporter"]]);
    expect(data?.may).toEqual({ edit: true, submit: true, restore: true, withdraw: false });
  });

  it("lets the reporter read but not edit submitted text, and lets the manager edit it", async () => {
    const M2 = await world.indicatorId("M2");
    const reporter = await editorData({ db: handle.db, user: world.actors.reporter!, period: MAY, indicatorId: M2 });
    expect(reporter?.may).toEqual({ edit: false, submit: false, restore: false, withdraw: true });
    const manager = await editorData({ db: handle.db, user: world.actors.manager!, period: MAY, indicatorId: M2 });
    expect(manager?.may.edit).toBe(true);
  });

  it("is not found for a month that is not open", async () => {
    expect(await editorData({ db: handle.db, user: world.actors.reporter!, period: "2030-01", indicatorId: await world.indicatorId("M1") })).toBeNull();
  });
});

describe("approvals", () => {
  it("lists submitted commentary oldest first, only in the manager's services", async () => {
    const waiting = await submittedForApproval({ db: handle.db, user: world.actors.manager! });
    expect(waiting.map((w) => w.code)).toEqual(["M2", "M3"]);
    expect(await submittedForApproval({ db: handle.db, user: world.actors["manager of another service"]! })).toEqual([]);
  });
});

describe("the audit trail", () => {
  it("filters by action, person and date", async () => {
    const submits = await auditEventsFor({ db: handle.db, filters: { action: "commentary.submit" } });
    expect(submits.map((e) => e.summary)).toEqual(["Submitted M3 for May 2020 for approval", "Submitted M2 for May 2020 for approval"]);
    expect(submits[0]).toMatchObject({ actorName: "Riley Reporter", entityType: "commentary" });
    expect(await auditEventsFor({ db: handle.db, filters: { action: "commentary.submit", actor: "riley" } })).toHaveLength(2);
    expect(await auditEventsFor({ db: handle.db, filters: { action: "commentary.submit", actor: "morgan" } })).toHaveLength(0);
    expect(await auditEventsFor({ db: handle.db, filters: { action: "commentary.submit", to: "2000-01-01" } })).toHaveLength(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(await auditEventsFor({ db: handle.db, filters: { action: "commentary.submit", from: today, to: today } })).toHaveLength(2);
  });
});

describe("notifications", () => {
  it("counts unread, lists newest first and marks them read", async () => {
    const manager = world.actors.manager!;
    expect(await unreadNotificationCount({ db: handle.db, userId: manager.id })).toBe(2);
    const list = await recentNotifications({ db: handle.db, userId: manager.id });
    expect(list.map((n) => n.message)).toEqual([
      "Riley Reporter submitted commentary on M3 for May 2020 for approval",
      "Riley Reporter submitted commentary on M2 for May 2020 for approval",
    ]);
    const result = await markNotificationsRead({ db: handle.db, actor: manager, mailer }, { ids: [list[0].id] });
    expect(result).toEqual({ ok: true, data: { changed: 1 } });
    expect(await unreadNotificationCount({ db: handle.db, userId: manager.id })).toBe(1);
    // Someone else's notifications are never touched.
    const other = await markNotificationsRead({ db: handle.db, actor: world.actors.reporter!, mailer }, { ids: [list[1].id] });
    expect(other).toEqual({ ok: true, data: { changed: 0 } });
    await markNotificationsRead({ db: handle.db, actor: manager, mailer }, {});
    expect(await unreadNotificationCount({ db: handle.db, userId: manager.id })).toBe(0);
  });
});
