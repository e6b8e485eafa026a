// The boards the admin keeps, and who sits on them.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { addBoardMember, createBoard, removeBoardMember } from "@/lib/actions/boards/core";
import { boardsWithMembers } from "@/lib/queries/snapshots";
import { loadSessionUser } from "@/lib/queries/users";
import { withDemoDb } from "../support/demo";

const { handle, people: as } = withDemoDb(["admin", "manager", "board"]);

describe("boards", () => {
  it("the admin adds a board and a member, who then holds the board-member role and the seat", async () => {
    const created = await createBoard({ db: handle.db, actor: as.admin }, { name: "Safeguarding Partnership" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await createBoard({ db: handle.db, actor: as.admin }, { name: "safeguarding partnership" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await addBoardMember({ db: handle.db, actor: as.admin }, { boardId: created.data.id, email: "Manager@Lantern.example" })).toMatchObject({ ok: true });
    expect(await addBoardMember({ db: handle.db, actor: as.admin }, { boardId: created.data.id, email: "nobody@lantern.example" })).toMatchObject({ ok: false, code: "invalid" });
    const manager = await loadSessionUser({ db: handle.db, userId: as.manager.id });
    expect(manager?.roles).toContain("board_member");
    expect(manager?.boardIds).toContain(created.data.id);
    const list = await boardsWithMembers({ db: handle.db });
    expect(list.find((b) => b.name === "Safeguarding Partnership")?.members.map((m) => m.email)).toEqual(["manager@lantern.example"]);
  });

  it("the admin removes a member from a board, audited; they no longer read its papers", async () => {
    const created = await createBoard({ db: handle.db, actor: as.admin }, { name: "Adoption Panel" });
    if (!created.ok) throw new Error(created.message);
    await addBoardMember({ db: handle.db, actor: as.admin }, { boardId: created.data.id, email: "board@lantern.example" });
    expect((await loadSessionUser({ db: handle.db, userId: as.board.id }))?.boardIds).toContain(created.data.id);
    expect(await removeBoardMember({ db: handle.db, actor: as.manager }, { boardId: created.data.id, userId: as.board.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await removeBoardMember({ db: handle.db, actor: as.admin }, { boardId: created.data.id, userId: as.board.id })).toMatchObject({ ok: true });
    expect((await loadSessionUser({ db: handle.db, userId: as.board.id }))?.boardIds).not.toContain(created.data.id);
    const again = await removeBoardMember({ db: handle.db, actor: as.admin }, { boardId: created.data.id, userId: as.board.id });
    expect(again).toMatchObject({ ok: false, code: "invalid_state" });
    if (!again.ok) expect(again.message).toMatch(/does not sit on Adoption Panel/);
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "board.member_remove"));
    expect(event.summary).toBe("Removed board@lantern.example from Adoption Panel");
  });

  it("refuses everyone but the admin", async () => {
    for (const who of ["manager", "board"]) {
      expect(await createBoard({ db: handle.db, actor: as[who] }, { name: "Shadow board" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await addBoardMember({ db: handle.db, actor: as[who] }, { boardId: 1, email: "board@lantern.example" })).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await createBoard({ db: handle.db, actor: null }, { name: "Shadow board" })).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});
