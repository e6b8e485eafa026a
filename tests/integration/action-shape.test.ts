// One shape for actions: field errors come from zod's issue path (or
// the refusal's field) and never from a field key written into the message;
// the people an action tells are found by one function; the one authority is
// found one way.
import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { authorities, boards, notifications, snapshotRows, userRoles, users } from "@/db/schema";
import { addBoardMember, createBoard } from "@/lib/actions/boards/core";
import { submitCommentary } from "@/lib/actions/commentary/core";
import { askQuestion } from "@/lib/actions/snapshots/meeting";
import { createSnapshotDraft, startCorrection } from "@/lib/actions/snapshots/papers";
import type { ActionResult } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/roles";
import { theAuthority } from "@/lib/queries/authority";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { withDemoDb } from "../support/demo";

const { handle, people: as, demo } = withDemoDb(["admin", "manager", "reporter", "board"]);

const ctx = (actor: SessionUser | null) => ({ db: handle.db, actor });

/** A refusal's message is a sentence: it never starts with, or embeds, a field key such as "title:". */
function expectPlainMessages(result: ActionResult<unknown>, fields: string[]) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  for (const field of fields) {
    expect(result.message).not.toContain(`${field}:`);
    expect(result.fieldErrors?.[field]).toBeTruthy();
    expect(result.fieldErrors?.[field]).not.toContain(`${field}:`);
  }
}

describe("field errors", () => {
  it("are keyed by zod's issue path, nested paths included, with plain messages", async () => {
    const result = await createSnapshotDraft(ctx(as.admin), {
      boardId: "",
      title: "",
      meetingDate: "15/06/2020",
      period: "2020-13",
      services: [],
      highlights: [{ theme: "", body: "x" }],
      childrensVoice: { quotes: [], survey: [{ label: "Happy", count: -1 }] },
    });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "boardId",
      "childrensVoice.survey.0.count",
      "highlights.0.theme",
      "meetingDate",
      "period",
      "services",
      "title",
    ]);
    expect(result.fieldErrors).toMatchObject({
      boardId: "Choose a board",
      period: "Month must be written YYYY-MM",
      "highlights.0.theme": "Each highlight theme needs a name",
      "childrensVoice.survey.0.count": "Survey counts cannot be negative",
    });
    expectPlainMessages(result, ["boardId", "title", "meetingDate", "period", "services"]);
    // The summary message is the field messages, each a sentence of its own.
    expect(result.message).toContain("Give the paper a title");
  });

  it("every action's invalid input is reported the same way", async () => {
    const board = await createBoard(ctx(as.admin), { name: "" });
    expect(board).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: expect.any(String) } });
    expectPlainMessages(board, ["name"]);
    const member = await addBoardMember(ctx(as.admin), { boardId: 1, email: "not an email" });
    expectPlainMessages(member, ["email"]);
    const correction = await startCorrection(ctx(as.admin), { snapshotId: demo.snapshotId, reason: "no" });
    expectPlainMessages(correction, ["reason"]);
    const question = await askQuestion(ctx(as.board), { snapshotId: demo.snapshotId, indicatorCode: "", body: "?" });
    expectPlainMessages(question, ["indicatorCode", "body"]);
    const commentary = await submitCommentary(ctx(as.reporter), { indicatorId: "x", period: "April", expectedVersion: 0, body: "" });
    expectPlainMessages(commentary, ["indicatorId", "period", "body"]);
  });

  it("a refusal about one field (found in the handler or the load) names it in fieldErrors too", async () => {
    const created = await createBoard(ctx(as.admin), { name: "Fostering Panel" });
    expect(created.ok).toBe(true);
    const twice = await createBoard(ctx(as.admin), { name: "fostering panel" });
    expect(twice).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: 'There is already a board called "fostering panel".' } });
    expectPlainMessages(twice, ["name"]);
    const nobody = await addBoardMember(ctx(as.admin), { boardId: 1, email: "nobody@lantern.example" });
    expect(nobody).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: expect.stringContaining("nobody@lantern.example") } });
    const noBoard = await addBoardMember(ctx(as.admin), { boardId: 999_999, email: "board@lantern.example" });
    expect(noBoard).toMatchObject({ ok: false, code: "not_found", fieldErrors: { boardId: "That board does not exist." } });
    const unapproved = await createSnapshotDraft(ctx(as.admin), {
      boardId: 1, title: "May paper", meetingDate: "2020-07-01", period: "2020-05", services: ["cp"],
    });
    expect(unapproved).toMatchObject({ ok: false, code: "invalid_state", fieldErrors: { services: expect.stringContaining("not approved for 2020-05") } });
    expectPlainMessages(unapproved, ["services"]);
  });
});

describe("who a board question goes to", () => {
  it("the indicator's owner and the service's enabled managers: not a disabled manager, nor someone left with a manager scope but no manager role", async () => {
    const [row] = await handle.db
      .select({ serviceKey: snapshotRows.serviceKey })
      .from(snapshotRows)
      .where(and(eq(snapshotRows.snapshotId, demo.snapshotId), eq(snapshotRows.indicatorCode, "LAC1")));
    const make = async (email: string) =>
      (
        await createOrUpdateUser({
          db: handle.db,
          input: { email, name: email.split("@")[0], roles: ["manager"], services: [row.serviceKey], password: "a-long-enough-password" },
        })
      ).id;
    const active = await make("active.manager@lantern.example");
    const disabled = await make("disabled.manager@lantern.example");
    const demoted = await make("demoted.manager@lantern.example");
    await handle.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled));
    // The manager role was taken away; the old service scope row was left behind.
    await handle.db.delete(userRoles).where(and(eq(userRoles.userId, demoted), eq(userRoles.role, "manager")));

    const asked = await askQuestion(ctx(as.board), { snapshotId: demo.snapshotId, indicatorCode: "LAC1", body: "Why has the number risen this month?" });
    expect(asked.ok).toBe(true);
    const told = async (id: string) =>
      (await handle.db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.userId, id))).map((n) => n.kind);
    expect(await told(active)).toContain("snapshot.question");
    expect(await told(disabled)).not.toContain("snapshot.question");
    expect(await told(demoted)).not.toContain("snapshot.question");
  });
});

describe("the one authority", () => {
  it("is the first by id, for every lookup (a board is filed under it even when another row comes first on disk)", async () => {
    const before = await theAuthority({ db: handle.db });
    await handle.db.insert(authorities).values({ name: "A second authority" });
    // An UPDATE writes a new row version at the end of the table, so an
    // unordered SELECT … LIMIT 1 would now find the second authority first.
    await handle.db.update(authorities).set({ name: sql`${authorities.name}` }).where(eq(authorities.id, before!.id));
    const [unordered] = await handle.db.select({ id: authorities.id }).from(authorities).limit(1);
    expect(unordered.id).not.toBe(before!.id); // the fault an unordered lookup had
    expect((await theAuthority({ db: handle.db }))?.id).toBe(before!.id);
    const created = await createBoard(ctx(as.admin), { name: "Corporate Parenting Panel" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const [board] = await handle.db.select({ authorityId: boards.authorityId }).from(boards).where(eq(boards.id, created.data.id));
    expect(board.authorityId).toBe(before!.id);
  });
});
