"use server";
// The admin's boards page: add a board, add or remove a member (./core.ts).
import { revalidatePath } from "next/cache";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { addBoardMember, createBoard, removeBoardMember } from "./core";

export async function createBoardAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(createBoard, { name: form.get("name") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/admin/boards");
  return { ok: true, message: "Board created." };
}

export async function addBoardMemberAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(addBoardMember, { boardId: form.get("boardId"), email: form.get("email") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/admin/boards");
  return { ok: true, message: "Member added." };
}

export async function removeBoardMemberAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(removeBoardMember, { boardId: form.get("boardId"), userId: form.get("userId") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/admin/boards");
  return { ok: true, message: `${result.data.name} removed from the board.` };
}
