// Board snapshots on a real database: publishing freezes, the database itself
// refuses changes to a published paper, concurrent publishes give exactly one,
// corrections supersede, and the board's questions go to the right people.
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditEvents, boardMembers, boards, commentaries, indicators, notifications, snapshotRows, snapshots } from "@/db/schema";
import { answerQuestion, askQuestion, recordResolution } from "@/lib/actions/snapshots/meeting";
import { createSnapshotDraft, publishSnapshot, startCorrection } from "@/lib/actions/snapshots/papers";
import type { SessionUser } from "@/lib/auth/roles";
import { importFile } from "@/lib/import/apply";
import { scorecardFor } from "@/lib/queries/scorecard";
import { snapshotThread } from "@/lib/queries/snapshots";
import { loadSessionUser } from "@/lib/queries/users";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { withDemoDb } from "../support/demo";

const { handle, people, demo } = withDemoDb(["admin", "manager", "reporter", "board"]);

beforeAll(async () => {
  // A member of another board, who must never see the Corporate Parenting Board's papers.
  const { id } = await createOrUpdateUser({
    db: handle.db,
    input: { email: "other.board@lantern.example", name: "Other Board", roles: ["board_member"], password: "another-long-password" },
  });
  const [other] = await handle.db.insert(boards).values({ authorityId: 1, name: "Safeguarding Partnership" }).returning();
  await handle.db.insert(boardMembers).values({ boardId: other.id, userId: id });
  people.otherBoard = (await loadSessionUser({ db: handle.db, userId: id }))!;
});

const ctx = (actor: SessionUser | null) => ({ db: handle.db, actor });
const frozenRows = (id: number) => handle.db.select().from(snapshotRows).where(eq(snapshotRows.snapshotId, id)).orderBy(snapshotRows.position);

describe("the demo paper", () => {
  it("is published with every indicator's figures and approved commentary frozen into its own rows", async () => {
    const [paper] = await handle.db.select().from(snapshots).where(eq(snapshots.id, demo.snapshotId));
    expect(paper).toMatchObject({ status: "published", period: "2020-04", publicRelease: true });
    expect(paper.highlights.map((h) => h.theme)).toEqual(["Demand", "Edge of care", "Caseloads", "Health and education", "Permanency", "Placement stability", "Quality and impact"]);
    // Written from the demo figures: LAC1 is 487 children in April 2020 (values.csv).
    expect(paper.highlights[0].body).toContain("487");
    const rows = await frozenRows(demo.snapshotId);
    expect(rows).toHaveLength(61);
    const m1 = rows.find((r) => r.indicatorCode === "M1")!;
    expect(m1.figures).toMatchObject({ value: 1147, previous: 1198, changeFromPreviousPct: -4.26, judgement: "neutral" });
    expect((m1.figures as { series: unknown[] }).series).toHaveLength(12);
    expect((m1.figures as { spc: { kind: string } }).spc.kind).toBe("run");
    expect(m1.commentary).toMatch(/^The rate of Contacts remains low/);
    expect(rows.filter((r) => r.featured).map((r) => r.indicatorCode).sort()).toEqual(["CP6B", "EH4-QL", "LAC1", "LAC7-QL"]);
  });

  it("does not change when figures are revised or commentary is edited later", async () => {
    const before = await frozenRows(demo.snapshotId);
    const revised = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM1,2020-04,9999\n", file: "rerun.csv" });
    expect(revised.ok).toBe(true);
    const [m1] = await handle.db.select().from(indicators).where(eq(indicators.code, "M1"));
    await handle.db.update(commentaries).set({ body: "Edited after the meeting" }).where(eq(commentaries.indicatorId, m1.id));
    expect((await scorecardFor({ db: handle.db, period: "2020-04", service: "front-door" })).rows[0].value).toBe(9999);
    expect(await frozenRows(demo.snapshotId)).toEqual(before);
  });
});

describe("the database refuses changes to a published snapshot (raw SQL)", () => {
  const refused = async (statement: string) => {
    await expect(handle.db.execute(sql.raw(statement))).rejects.toThrow();
  };
  it("refuses UPDATE and DELETE of the snapshot", async () => {
    await refused(`update snapshots set title = 'changed' where id = ${demo.snapshotId}`);
    await refused(`update snapshots set status = 'draft' where id = ${demo.snapshotId}`);
    await refused(`delete from snapshots where id = ${demo.snapshotId}`);
  });
  it("refuses UPDATE, DELETE and INSERT of its rows and services", async () => {
    await refused(`update snapshot_rows set commentary = 'changed' where snapshot_id = ${demo.snapshotId}`);
    await refused(`update snapshot_rows set figures = '{}'::jsonb where snapshot_id = ${demo.snapshotId}`);
    await refused(`delete from snapshot_rows where snapshot_id = ${demo.snapshotId}`);
    await refused(
      `insert into snapshot_rows (snapshot_id, position, indicator_code, service_key, title, figures) values (${demo.snapshotId}, 99, 'X', 'cp', 'x', '{}'::jsonb)`,
    );
    await refused(`delete from snapshot_services where snapshot_id = ${demo.snapshotId}`);
    const [{ n }] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(snapshotRows).where(eq(snapshotRows.snapshotId, demo.snapshotId));
    expect(Number(n)).toBe(61);
  });
  it("still lets a draft be edited and deleted", async () => {
    const draft = await createSnapshotDraft(ctx(people.manager), {
      boardId: 1, title: "Scratch draft", meetingDate: "2020-07-01", period: "2020-04", services: ["cp"],
    });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    await handle.db.execute(sql.raw(`update snapshots set title = 'Renamed' where id = ${draft.data.id}`));
    await handle.db.execute(sql.raw(`delete from snapshots where id = ${draft.data.id}`));
  });
});

describe("publishing", () => {
  it("refuses services whose scorecard is not approved for the month", async () => {
    const result = await createSnapshotDraft(ctx(people.manager), {
      boardId: 1, title: "May paper", meetingDate: "2020-07-01", period: "2020-05", services: ["cp"],
    });
    expect(result).toMatchObject({ ok: false, code: "invalid_state" });
    if (!result.ok) expect(result.message).toContain("not approved for 2020-05");
  });

  it("names the field for bad input and writes nothing", async () => {
    const before = await handle.db.select().from(snapshots);
    const result = await createSnapshotDraft(ctx(people.manager), { boardId: 1, title: "", meetingDate: "15/06/2020", period: "2020-4", services: [] });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["meetingDate", "period", "services", "title"]);
    }
    expect(await handle.db.select().from(snapshots)).toHaveLength(before.length);
  });

  it("gives exactly one published snapshot from concurrent publishes of the same draft", async () => {
    const draft = await createSnapshotDraft(ctx(people.manager), {
      boardId: 1, title: "Race paper", meetingDate: "2020-07-02", period: "2020-04", services: ["front-door", "cp"],
    });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const results = await Promise.all(Array.from({ length: 8 }, () => publishSnapshot(ctx(people.manager), { snapshotId: draft.data.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "invalid_state")).toBe(true);
    const events = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "snapshot.publish"), eq(auditEvents.entityId, String(draft.data.id))));
    expect(events).toHaveLength(1);
    expect(await frozenRows(draft.data.id)).toHaveLength(9 + 17);
  });
});

describe("corrections", () => {
  it("need a reason, make a new version, and leave the old one readable and superseded", async () => {
    const noReason = await startCorrection(ctx(people.manager), { snapshotId: demo.snapshotId, reason: "" });
    expect(noReason).toMatchObject({ ok: false, code: "invalid" });
    const correction = await startCorrection(ctx(people.manager), { snapshotId: demo.snapshotId, reason: "M1 was re-run after late data entry" });
    expect(correction.ok).toBe(true);
    if (!correction.ok) return;
    const second = await startCorrection(ctx(people.admin), { snapshotId: demo.snapshotId, reason: "Another correction" });
    expect(second).toMatchObject({ ok: false, code: "invalid_state" });
    expect(await publishSnapshot(ctx(people.manager), { snapshotId: correction.data.id })).toMatchObject({ ok: true });
    const [paper] = await handle.db.select().from(snapshots).where(eq(snapshots.id, correction.data.id));
    expect(paper).toMatchObject({ version: 2, supersedesId: demo.snapshotId, correctionReason: "M1 was re-run after late data entry" });
    // The correction carries the revised figure; the original keeps what the board saw.
    expect((await frozenRows(correction.data.id)).find((r) => r.indicatorCode === "M1")?.figures).toMatchObject({ value: 9999 });
    expect((await frozenRows(demo.snapshotId)).find((r) => r.indicatorCode === "M1")?.figures).toMatchObject({ value: 1147 });
    const thread = await snapshotThread({ db: handle.db, id: demo.snapshotId });
    expect(thread.supersededBy).toBe(correction.data.id);
  });
});

describe("questions, answers and the resolution", () => {
  it("lets a member of the paper's board ask, the service's manager answer, and records the resolution", async () => {
    const asked = await askQuestion(ctx(people.board), { snapshotId: demo.snapshotId, indicatorCode: "LAC1", body: "Why has the number of children looked after risen?" });
    expect(asked.ok).toBe(true);
    if (!asked.ok) return;
    expect(await answerQuestion(ctx(people.board), { questionId: asked.data.id, answer: "Board members cannot answer" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await answerQuestion(ctx(people.reporter), { questionId: asked.data.id, answer: "Nor can reporters" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await answerQuestion(ctx(people.manager), { questionId: asked.data.id, answer: "Lockdown slowed discharges from care." })).toMatchObject({ ok: true });
    expect(await recordResolution(ctx(people.manager), { snapshotId: demo.snapshotId, body: "AGREED: that the information be noted" })).toMatchObject({ ok: true });
    const kindsFor = async (who: SessionUser) =>
      (await handle.db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.userId, who.id))).map((n) => n.kind);
    expect(await kindsFor(people.board)).toEqual(expect.arrayContaining(["snapshot.published", "snapshot.answer"]));
    expect(await kindsFor(people.manager)).toContain("snapshot.question");
    expect(await kindsFor(people.otherBoard)).not.toContain("snapshot.published");
    const thread = await snapshotThread({ db: handle.db, id: demo.snapshotId });
    expect(thread.questions[0]).toMatchObject({ indicatorCode: "LAC1", askedBy: "Blake Board", answer: "Lockdown slowed discharges from care.", answeredBy: "Morgan Manager" });
    expect(thread.resolutions.map((r) => r.body)).toEqual(["AGREED: that the information be noted"]);
  });

  it("refuses members of other boards, staff without a board seat, anonymous callers and unknown indicators", async () => {
    const body = { snapshotId: demo.snapshotId, indicatorCode: "LAC1", body: "A question from outside" };
    expect(await askQuestion(ctx(people.otherBoard), body)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await askQuestion(ctx(people.reporter), body)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await askQuestion(ctx(null), body)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await askQuestion(ctx(people.board), { ...body, indicatorCode: "NOPE" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await recordResolution(ctx(people.board), { snapshotId: demo.snapshotId, body: "AGREED: nothing" })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("who may compose and publish", () => {
  it("allows managers and admins; refuses reporters, board members and anonymous callers", async () => {
    const input = { boardId: 1, title: "Matrix paper", meetingDate: "2020-08-01", period: "2020-04", services: ["cp"] };
    expect(await createSnapshotDraft(ctx(null), input)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await createSnapshotDraft(ctx(people.board), input)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await createSnapshotDraft(ctx(people.reporter), input)).toMatchObject({ ok: false, code: "forbidden" });
    const byAdmin = await createSnapshotDraft(ctx(people.admin), input);
    expect(byAdmin.ok).toBe(true);
    if (!byAdmin.ok) return;
    expect(await publishSnapshot(ctx(people.reporter), { snapshotId: byAdmin.data.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await publishSnapshot(ctx(people.board), { snapshotId: byAdmin.data.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await publishSnapshot(ctx(people.manager), { snapshotId: byAdmin.data.id })).toMatchObject({ ok: true });
  });
});

describe("since the last meeting", () => {
  it("compares a paper with the board's previous one: RAG changes, judgement changes and new reds", async () => {
    const { snapshotContent } = await import("@/lib/queries/snapshots");
    const { changesBetween } = await import("@/lib/snapshots/view");
    // M6-QL (re-referrals, lower is better) was 3% and green in April; a re-run makes it 50%.
    const rerun = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM6-QL,2020-04,50\n", file: "rerun2.csv" });
    expect(rerun.ok).toBe(true);
    const draft = await createSnapshotDraft(ctx(people.manager), {
      boardId: 1, title: "July follow-up paper", meetingDate: "2020-07-10", period: "2020-04", services: ["front-door"],
    });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    expect(await publishSnapshot(ctx(people.manager), { snapshotId: draft.data.id })).toMatchObject({ ok: true });
    const thread = await snapshotThread({ db: handle.db, id: draft.data.id });
    expect(thread.previousId).not.toBeNull();
    const previous = (await snapshotContent({ db: handle.db, id: thread.previousId! }))!;
    const current = (await snapshotContent({ db: handle.db, id: draft.data.id }))!;
    const changes = changesBetween(previous, current);
    expect(changes.ragChanges).toContainEqual({ code: "M6-QL", title: expect.any(String), from: "green", to: "red" });
    expect(changes.newReds.map((r) => r.code)).toContain("M6-QL");
  });
});
