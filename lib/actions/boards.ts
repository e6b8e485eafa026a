import "server-only";
// The boards the performance team keeps (Corporate Parenting Board,
// Safeguarding Partnership, …) and who sits on them.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { authorities, boardMembers, boards, userRoles, users } from "@/db/schema";
import { defineAction } from "./define-action";
import { ActionRefusal } from "./result";

export const createBoard = defineAction({
  permission: "users.manage",
  input: z.object({ name: z.string().trim().min(3, { error: "name: give the board's name" }).max(120) }),
  load: async () => ({ resource: {}, loaded: null }),
  handler: async ({ tx, input }) => {
    const [existing] = await tx.select({ id: boards.id }).from(boards).where(sql`lower(${boards.name}) = ${input.name.toLowerCase()}`);
    if (existing) throw new ActionRefusal("invalid", `name: there is already a board called "${input.name}".`);
    const [authority] = await tx.select({ id: authorities.id }).from(authorities).limit(1);
    const [board] = await tx.insert(boards).values({ authorityId: authority.id, name: input.name }).returning({ id: boards.id });
    return {
      data: { id: board.id },
      audit: [{ action: "board.create", entityType: "board", entityId: String(board.id), summary: `Created the board "${input.name}"` }],
    };
  },
});

export const addBoardMember = defineAction({
  permission: "users.manage",
  input: z.object({
    boardId: z.coerce.number().int().positive({ error: "boardId: choose a board" }),
    email: z.email({ error: "email: enter the member's email address" }).transform((e) => e.trim().toLowerCase()),
  }),
  load: async (db, input) => {
    const [board] = await db.select().from(boards).where(eq(boards.id, input.boardId));
    return board ? { resource: {}, loaded: board } : null;
  },
  notFoundMessage: "boardId: that board does not exist.",
  handler: async ({ tx, input, loaded: board }) => {
    const [person] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
    if (!person) throw new ActionRefusal("invalid", `email: nobody with the email ${input.email} has an account; create it first.`);
    await tx.insert(userRoles).values({ userId: person.id, role: "board_member" }).onConflictDoNothing();
    const added = await tx.insert(boardMembers).values({ boardId: board.id, userId: person.id }).onConflictDoNothing().returning();
    if (added.length === 0) throw new ActionRefusal("invalid_state", `${input.email} already sits on ${board.name}.`);
    return {
      data: { boardId: board.id },
      audit: [{ action: "board.member", entityType: "board", entityId: String(board.id), summary: `Added ${input.email} to ${board.name}` }],
    };
  },
});

export const removeBoardMember = defineAction({
  permission: "users.manage",
  input: z.object({ boardId: z.coerce.number().int().positive(), userId: z.uuid() }),
  load: async (db, input) => {
    const [board] = await db.select().from(boards).where(eq(boards.id, input.boardId));
    return board ? { resource: {}, loaded: board } : null;
  },
  handler: async ({ tx, input, loaded: board }) => {
    const removed = await tx
      .delete(boardMembers)
      .where(and(eq(boardMembers.boardId, input.boardId), eq(boardMembers.userId, input.userId)))
      .returning();
    if (removed.length === 0) throw new ActionRefusal("not_found", "That person does not sit on this board.");
    return {
      data: { boardId: board.id },
      audit: [{ action: "board.member.remove", entityType: "board", entityId: String(board.id), summary: `Removed a member from ${board.name}` }],
    };
  },
});
