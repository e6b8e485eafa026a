// Who may read a paper: drafts are for staff only (board members never see
// drafts); a published paper is for staff and members of its board.
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/roles";

export function canReadSnapshot(user: SessionUser | null, snapshot: { status: string; boardId: number }): boolean {
  if (snapshot.status === "draft") return can(user, "scorecard.read");
  return can(user, "snapshot.read", { boardId: snapshot.boardId });
}
