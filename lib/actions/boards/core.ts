import "server-only";
// The boards the performance team keeps (Corporate Parenting Board,
// Safeguarding Partnership, …) and who sits on them.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { boardMembers, boards, userRoles, users } from "@/db/schema";
import { requireAuthority } from "@/lib/queries/authority";
import { defineAction } from "../define-action";
import { id, requiredText } from "../fields";
import { ActionRefusal } from "../result";

const boardId = id("Board");

export const createBoard = defineAction({
  permission: "users.manage",
  input: z.object({
    name: requiredText("Give the board's name", 120, "The board's name must be at most 120 characters", 3),
  }),
  load: async () => ({ resource: {}, loaded: null }),
  handler: async ({ tx, input }) => {
    const [existing] = await tx.select({ id: boards.id }).from(boards).where(sql`lower(${boards.name}) = ${input.name.toLowerCase()}`);
    if (existing) throw new ActionRefusal("invalid", `There is already a board called "${input.name}".`, undefined, "name");
    const authority = await requireAuthority({ db: tx });
    const [board] = await tx.insert(boards).values({ authorityId: authority.id, name: input.name }).returning({ id: boards.id });
    return {
      data: { id: board.id },
      audit: [{ action: "board.create", entityType: "board", entityId: String(board.id), summary: `Created the board "${input.name}"` }],
    };
  },
});

/** The board a membership change is about: refused plainly when there is none. */
const boardToChange = {
  load: async (db: Executor, input: { boardId: number }) => {
    const [board] = await db.select().from(boards).where(eq(boards.id, input.boardId));
    return board ? { resource: {}, loaded: board } : null;
  },
  notFoundMessage: "That board does not exist.",
  notFoundField: "boardId",
} as const;

export const addBoardMember = defineAction({
  permission: "users.manage",
  input: z.object({
    boardId,
    email: z.email({ error: "Enter the member's email address" }).transform((e) => e.trim().toLowerCase()),
  }),
  ...boardToChange,
  handler: async ({ tx, input, loaded: board }) => {
    const [person] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
    if (!person) throw new ActionRefusal("invalid", `Nobody with the email ${input.email} has an account; create it first.`, undefined, "email");
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
  input: z.object({ boardId, userId: z.uuid({ error: "Choose the member to remove" }) }),
  ...boardToChange,
  handler: async ({ tx, input, loaded: board }) => {
    const removed = await tx
      .delete(boardMembers)
      .where(and(eq(boardMembers.boardId, board.id), eq(boardMembers.userId, input.userId)))
      .returning({ userId: boardMembers.userId });
    const [person] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, input.userId));
    if (removed.length === 0) throw new ActionRefusal("invalid_state", `${person?.name ?? "That person"} does not sit on ${board.name}.`);
    return {
      // they keep the board member role (and any other board): with no board left, they read no paper
      data: { boardId: board.id, name: person?.name ?? input.userId },
      audit: [
        {
          action: "board.member_remove",
          entityType: "board",
          entityId: String(board.id),
          summary: `Removed ${person?.email ?? input.userId} from ${board.name}`,
          before: { member: input.userId },
          after: { member: null },
        },
      ],
    };
  },
});
