"use server";
// The service narrative of the monthly performance report, as a server action
// for the report page (the rules are in ./core.ts).
import { revalidatePath } from "next/cache";
import type { ActionResult } from "../result";
import { runAsSignedIn } from "../run";
import { saveNarrative, type SavedNarrative } from "./core";

export async function saveNarrativeAction(input: unknown): Promise<ActionResult<SavedNarrative>> {
  const result = await runAsSignedIn(saveNarrative, input);
  if (result.ok) for (const path of ["/reports", "/approvals"]) revalidatePath(path, "layout");
  return result;
}
