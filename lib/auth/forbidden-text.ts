// What a refused page says to the person refused: their own role's reach,
// never another role's (a reporter is not told about board members).
import type { SessionUser } from "./roles";

export function forbiddenExplanation(user: SessionUser | null): string {
  if (!user) return "Sign in to see this page.";
  const roles = user.roles;
  if (roles.includes("admin")) return "This page is not open to your account in its current state.";
  if (roles.includes("manager"))
    return "Your role does not allow you to see this. Managers see the scorecards and approvals of the service areas they manage; the administration pages are for administrators.";
  if (roles.includes("reporter"))
    return "Your role does not allow you to see this. Reporters see the scorecards and write commentary on the indicators they report on; approvals and administration are for managers and administrators.";
  if (roles.includes("board_member"))
    return "Your role does not allow you to see this. Board members read the published board papers of their boards, never live scorecards or drafts.";
  return "Your account has no role yet. Ask an administrator for access.";
}
