"use server";
// Approving a service's scorecard, as a server action for the approvals page
// (the rules are in ./core.ts).
import { revalidatePath } from "next/cache";
import type { ActionResult } from "../result";
import { runAsSignedIn } from "../run";
import { approveScorecard, type ScorecardApprovalResult } from "./core";

export async function approveScorecardAction(input: unknown): Promise<ActionResult<ScorecardApprovalResult>> {
  const result = await runAsSignedIn(approveScorecard, input);
  if (result.ok) for (const path of ["/", "/approvals"]) revalidatePath(path, "layout");
  return result;
}
