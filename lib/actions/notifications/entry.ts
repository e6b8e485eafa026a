"use server";
// Marking one's own notifications read, as a server action (./core.ts).
import { revalidatePath } from "next/cache";
import type { ActionResult } from "../result";
import { runAsSignedIn } from "../run";
import { markNotificationsRead } from "./core";

export async function markNotificationsReadAction(input: unknown): Promise<ActionResult<{ changed: number }>> {
  const result = await runAsSignedIn(markNotificationsRead, input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
