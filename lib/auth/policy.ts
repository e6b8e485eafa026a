// One policy table: every permission decision in Lantern asks `can`. Pages,
// route handlers, server actions and the CLI all call it on the server; the UI
// may hide a button, but hiding is never the check. Rules: domain.md "People".
import { isStaff, type SessionUser } from "./roles";

export type Action =
  | "scorecard.read" // live scorecards, indicator pages, overview
  | "board.read" // the board landing page
  | "snapshot.read"
  | "snapshot.publish"
  | "commentary.list" // the "My commentary" page
  | "commentary.write"
  | "commentary.approve"
  | "scorecard.approve"
  | "approvals.read" // the approvals page (each item is still checked per service)
  | "question.ask"
  | "question.answer"
  | "data.load"
  | "catalogue.edit"
  | "users.manage"
  | "audit.read"
  | "notifications.own"; // one's own notifications

export interface Resource {
  serviceKey?: string;
  indicatorId?: number;
  boardId?: number;
  /** the indicator's accountable owner (answers board questions on it) */
  ownerId?: string | null;
}

export function can(user: SessionUser | null | undefined, action: Action, resource: Resource = {}): boolean {
  if (!user) return false;
  const admin = user.roles.includes("admin");
  const managesService = (key?: string) =>
    user.roles.includes("manager") && key !== undefined && user.managerOf.includes(key);
  switch (action) {
    case "scorecard.read":
      return isStaff(user);
    case "board.read":
      return admin || user.roles.includes("board_member");
    case "snapshot.read":
      return (
        isStaff(user) ||
        (user.roles.includes("board_member") && resource.boardId !== undefined && user.boardIds.includes(resource.boardId))
      );
    case "question.ask":
      return user.roles.includes("board_member") && resource.boardId !== undefined && user.boardIds.includes(resource.boardId);
    case "commentary.write":
      return (
        admin ||
        managesService(resource.serviceKey) ||
        // A reporter writes on the indicators named for them, or on every
        // indicator of a service area they report for.
        (user.roles.includes("reporter") &&
          ((resource.indicatorId !== undefined && user.reportsOnIndicatorIds.includes(resource.indicatorId)) ||
            (resource.serviceKey !== undefined && user.reporterOf.includes(resource.serviceKey))))
      );
    case "commentary.list":
      return isStaff(user);
    case "approvals.read":
      return admin || user.roles.includes("manager");
    case "commentary.approve":
    case "scorecard.approve":
      return admin || managesService(resource.serviceKey);
    case "question.answer":
      return admin || managesService(resource.serviceKey) || (!!resource.ownerId && resource.ownerId === user.id);
    case "notifications.own":
      return true;
    case "snapshot.publish":
      return admin || user.roles.includes("manager");
    case "data.load":
    case "catalogue.edit":
    case "users.manage":
    case "audit.read":
      return admin;
  }
}

/** Where a person lands after signing in. */
export function homePathFor(user: SessionUser): string {
  return isStaff(user) ? "/" : "/board";
}
