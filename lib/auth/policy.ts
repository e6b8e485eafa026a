// One policy table: every permission decision in Lantern asks `can`. Pages,
// route handlers, server actions and the CLI all call it on the server; the UI
// may hide a button, but hiding is never the check. Rules: docs/domain.md "People and what they may do".
import { isStaff, type SessionUser } from "./roles";

export type Action =
  | "scorecard.read" // live scorecards, indicator pages, overview
  | "board.read" // the board landing page
  | "snapshot.read"
  | "snapshot.publish" // draft, publish, correct, record a resolution: on papers within the person's services
  | "snapshot.compose" // the new-paper page and its link (each paper is still checked with snapshot.publish)
  | "commentary.list" // the "My commentary" page
  | "commentary.write"
  | "commentary.approve"
  | "scorecard.approve"
  | "approvals.read" // the approvals page (each item is still checked per service)
  | "question.ask"
  | "action.progress" // move a board action on (its owner, or who may publish the paper it was recorded on)
  | "question.answer"
  | "data.load"
  | "months.manage" // close a month to commentary, reopen it
  | "users.manage" // people, boards, access requests
  | "admin.console" // the /admin landing page
  | "catalogue.manage" // the indicator catalogue: edit, retire, reorder
  | "settings.manage" // the authority's settings
  | "audit.read"
  | "notifications.own" // one's own notifications
  | "profile.own"; // one's own name, password and API tokens

export interface Resource {
  serviceKey?: string;
  indicatorId?: number;
  boardId?: number;
  /** the indicator's accountable owner (answers board questions on it) */
  ownerId?: string | null;
  /** the service areas a board paper covers */
  serviceKeys?: string[];
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
    case "profile.own":
      return true;
    case "snapshot.publish":
      // A manager acts only on papers all of whose services they manage; a
      // paper with no services named is the admin's alone.
      return admin || (!!resource.serviceKeys?.length && resource.serviceKeys.every((key) => managesService(key)));
    case "action.progress":
      return (
        (!!resource.ownerId && resource.ownerId === user.id) ||
        admin ||
        (!!resource.serviceKeys?.length && resource.serviceKeys.every((key) => managesService(key)))
      );
    case "snapshot.compose":
      return admin || user.roles.includes("manager");
    case "data.load":
    case "months.manage":
    case "users.manage":
    case "admin.console":
    case "catalogue.manage":
    case "settings.manage":
    case "audit.read":
      return admin;
  }
}

/** Where a person lands after signing in. */
export function homePathFor(user: SessionUser): string {
  return isStaff(user) ? "/" : "/board";
}
