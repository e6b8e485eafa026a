// Every way in, with the rule that guards it: each page (app/**/page.tsx),
// each route handler method (app/**/route.ts) and each server action (the
// "use server" entry points in lib/actions/**/entry.ts). The policy table
// (./policy.ts) says what each permission means; this says which permission
// each door asks, and where the check is written.
//
// tests/unit/auth/route-registry.test.ts walks app/ and lib/actions/ and fails
// when a page, handler or action has no entry here (or an entry has no door),
// and checks that the file named in `checkedIn` really asks that permission.
// tests/integration/access-matrix.test.ts calls the actions and handlers as
// each kind of person, in and out of scope; tests/e2e/hardening.spec.ts
// samples the pages over HTTP.
import type { Action } from "./policy";

export type Rule =
  /** anyone, signed in or not (the sign-in page, public releases, health) */
  | { access: "public"; why: string }
  /** any signed-in person, for their own things only */
  | { access: "signed-in"; why: string }
  /** the policy's permission, with the resource the check is given */
  | { access: "permission"; permission: Action; scope?: Scope; checkedIn?: string };

/** What the check is scoped by: the resource handed to `can`. */
type Scope = "service" | "indicator" | "board" | "paper" | "question" | "own";

const perm = (permission: Action, scope?: Scope, checkedIn?: string): Rule => ({ access: "permission", permission, scope, checkedIn });

/** Pages, by their app/ path (route groups and page.tsx left out). */
export const PAGES: Record<string, Rule> = {
  "/": perm("scorecard.read"),
  "/signin": { access: "public", why: "where anonymous visitors sign in" },
  "/accessibility": { access: "public", why: "the accessibility statement, linked from every page's footer" },
  "/signed-in": { access: "signed-in", why: "where signing in again in a new tab lands, so the work in the first tab is kept" },
  "/board": perm("board.read"),
  "/notifications": perm("notifications.own", "own"),
  "/approvals": perm("approvals.read"),
  "/commentary": perm("commentary.list"),
  "/commentary/[period]/[indicatorId]": perm("commentary.write", "indicator"),
  "/indicators/[code]": perm("scorecard.read"),
  "/scorecards/[service]": perm("scorecard.read", "service"),
  "/scorecards/[service]/[period]": perm("scorecard.read", "service"),
  "/snapshots": perm("scorecard.read"),
  "/snapshots/new": perm("snapshot.compose"),
  "/snapshots/[id]": perm("snapshot.read", "board", "lib/snapshots/access.ts"),
  "/snapshots/[id]/print": perm("snapshot.read", "board", "lib/snapshots/access.ts"),
  "/public/[id]/print": { access: "public", why: "the public release's print view (its PDF is made from it); anything not released is 404" },
  "/admin/audit": perm("audit.read"),
  "/admin/boards": perm("users.manage"),
  "/admin/months": perm("months.manage"),
  "/admin/import": perm("data.load"),
  "/admin/imports": perm("data.load"),
  "/admin/imports/[id]": perm("data.load"),
  "/admin": perm("admin.console"),
  "/admin/benchmarks": perm("data.load"),
  "/admin/people": perm("users.manage"),
  "/admin/people/[id]": perm("users.manage"),
  "/admin/access-requests": perm("users.manage"),
  "/admin/indicators": perm("catalogue.manage"),
  "/admin/service-areas": perm("catalogue.manage"),
  "/admin/breakdowns": perm("catalogue.manage"),
  "/admin/cohorts": perm("catalogue.manage"),
  "/admin/indicators/[code]": perm("catalogue.manage"),
  "/admin/authority": perm("settings.manage"),
  "/profile": perm("profile.own", "own"),
  "/reports/[period]": perm("scorecard.read", undefined, "app/reports/[period]/report-part.tsx"),
  "/reports/[period]/issues/[issue]": perm("scorecard.read"),
  "/reports/[period]/print": perm("scorecard.read"),
  "/reports/[period]/summary": perm("scorecard.read", undefined, "app/reports/[period]/report-part.tsx"),
  "/reports/[period]/sections/[service]": perm("scorecard.read", undefined, "app/reports/[period]/report-part.tsx"),
  "/set-password": { access: "public", why: "the one-time link of an invitation or password reset (the token is the check)" },
};

/** Route handlers, "METHOD /path". */
export const ROUTES: Record<string, Rule> = {
  "GET /api/auth/[...nextauth]": { access: "public", why: "Auth.js: session, CSRF token, sign-out" },
  "POST /api/auth/[...nextauth]": { access: "public", why: "Auth.js: sign-in and sign-out (throttled, audited)" },
  "GET /public/[id]": { access: "public", why: "the public release of a paper marked for it, served as a file; anything else is 404" },
  "GET /api/health": { access: "public", why: "monitoring: says only whether the database is reachable and current" },
  "POST /api/csp-report": { access: "public", why: "browsers report Content-Security-Policy violations without a session; bounded in size and in what is recorded" },
  "GET /api/session": { access: "public", why: "when the caller's own session ends ({ signedIn: false } without one); not counted as activity" },
  "POST /api/session": { access: "signed-in", why: "\"Stay signed in\": records activity on the caller's own session (same-site only)" },
  "GET /api/export/[period]": perm("scorecard.read", "service", "app/api/export/respond.ts"),
  "GET /scorecards/[service]/[period]/export": perm("scorecard.read", "service", "app/api/export/respond.ts"),
  "GET /api/scorecards/[period]": perm("scorecard.read", "service"),
  "POST /api/import/values": perm("data.load"),
  "POST /api/import/preview": perm("data.load"),
  "POST /api/import/confirm": perm("data.load"),
  "GET /api/import/templates/[kind]": perm("data.load"),
  "POST /commentary/autosave": perm("commentary.write", "indicator", "lib/actions/commentary/core.ts"),
  "GET /snapshots/[id]/pdf": perm("snapshot.read", "board", "lib/snapshots/access.ts"),
  "GET /snapshots/[id]/minutes": perm("snapshot.read", "board", "lib/snapshots/access.ts"),
  "GET /public/[id]/pdf": { access: "public", why: "the public release as PDF, made from its public print view; anything not released is 404" },
  "POST /api/benchmarks/[step]": perm("data.load"),
  "GET /reports/[period]/xlsx": perm("scorecard.read"),
  "GET /reports/[period]/pdf": perm("scorecard.read"),
  "GET /scorecards/[service]/[period]/details": perm("scorecard.read", "service"),
  "GET /scorecards/[service]/[period]/nearest": perm("scorecard.read", "service"),
  // The API: a bearer token stands for its person; the same policy then applies.
  "GET /api/v1/indicators/[code]/values": perm("scorecard.read"),
  "GET /api/v1/scorecards/[service]/[period]": perm("scorecard.read", "service"),
  "GET /api/v1/snapshots/[id]": perm("snapshot.read", "board", "lib/snapshots/access.ts"),
};

/** Server actions, by exported name (each calls a defineAction core that asks the policy). */
export const ACTIONS: Record<string, Rule> = {
  signInWithPassword: { access: "public", why: "signing in (throttled, audited)" },
  signInWithMicrosoft: { access: "public", why: "hands the visitor to Microsoft; lib/auth/microsoft.ts lets in only verified emails of active people" },
  signOutAndReturn: { access: "signed-in", why: "ends every session of the person signing out" },
  saveCommentaryAction: perm("commentary.write", "indicator", "lib/actions/commentary/core.ts"),
  submitCommentaryAction: perm("commentary.write", "indicator", "lib/actions/commentary/core.ts"),
  restoreCommentaryVersionAction: perm("commentary.write", "indicator", "lib/actions/commentary/core.ts"),
  markNoCommentaryNeededAction: perm("commentary.approve", "service", "lib/actions/commentary/core.ts"),
  returnCommentaryAction: perm("commentary.approve", "service", "lib/actions/commentary/core.ts"),
  approveCommentaryAction: perm("commentary.approve", "service", "lib/actions/commentary/core.ts"),
  approveScorecardAction: perm("scorecard.approve", "service", "lib/actions/approvals/core.ts"),
  markNotificationsReadAction: perm("notifications.own", "own", "lib/actions/notifications/core.ts"),
  undoImportAction: perm("data.load", undefined, "lib/actions/imports/core.ts"),
  createSnapshotDraftAction: perm("snapshot.publish", "paper", "lib/actions/snapshots/papers.ts"),
  publishSnapshotAction: perm("snapshot.publish", "paper", "lib/actions/snapshots/papers.ts"),
  startCorrectionAction: perm("snapshot.publish", "paper", "lib/actions/snapshots/papers.ts"),
  recordResolutionAction: perm("snapshot.publish", "paper", "lib/actions/snapshots/meeting.ts"),
  updateActionStatusAction: perm("action.progress", "paper", "lib/actions/snapshots/meeting.ts"),
  savePublicTextAction: perm("snapshot.publish", "paper", "lib/actions/snapshots/public-text.ts"),
  askQuestionAction: perm("question.ask", "board", "lib/actions/snapshots/meeting.ts"),
  answerQuestionAction: perm("question.answer", "question", "lib/actions/snapshots/meeting.ts"),
  createBoardAction: perm("users.manage", undefined, "lib/actions/boards/core.ts"),
  addBoardMemberAction: perm("users.manage", undefined, "lib/actions/boards/core.ts"),
  removeBoardMemberAction: perm("users.manage", undefined, "lib/actions/boards/core.ts"),
  closeMonthAction: perm("months.manage", undefined, "lib/actions/months/core.ts"),
  reopenMonthAction: perm("months.manage", undefined, "lib/actions/months/core.ts"),
  updateHelpContactAction: perm("settings.manage", undefined, "lib/actions/authority/help-contact.ts"),
  closeOpenMonthsThroughAction: perm("months.manage", undefined, "lib/actions/months/core.ts"),
  withdrawCommentaryAction: perm("commentary.write", "indicator", "lib/actions/commentary/more-steps.ts"),
  markNoCommentaryNeededBulkAction: perm("commentary.approve", "service", "lib/actions/commentary/more-steps.ts"),
  saveNarrativeAction: perm("scorecard.approve", "service", "lib/actions/narratives/core.ts"),
  setBenchmarkAuthorityAction: perm("data.load", undefined, "lib/actions/benchmarks/core.ts"),
  invitePersonAction: perm("users.manage", undefined, "lib/actions/people/core.ts"),
  changeAccessAction: perm("users.manage", undefined, "lib/actions/people/core.ts"),
  deactivatePersonAction: perm("users.manage", undefined, "lib/actions/people/status.ts"),
  reactivatePersonAction: perm("users.manage", undefined, "lib/actions/people/status.ts"),
  sendPasswordResetAction: perm("users.manage", undefined, "lib/actions/people/status.ts"),
  setPasswordAction: { access: "public", why: "sets a password from a one-time invitation or reset link (the token is the check)" },
  renameSelfAction: perm("profile.own", "own", "lib/actions/profile/core.ts"),
  changeOwnPasswordAction: perm("profile.own", "own", "lib/actions/profile/core.ts"),
  createApiTokenAction: perm("profile.own", "own", "lib/actions/profile/core.ts"),
  revokeApiTokenAction: perm("profile.own", "own", "lib/actions/profile/core.ts"),
  dismissStaleNumbersAction: perm("commentary.write", "indicator", "lib/actions/commentary/stale.ts"),
  addServiceAreaAction: perm("catalogue.manage", undefined, "lib/actions/service-areas/core.ts"),
  renameServiceAreaAction: perm("catalogue.manage", undefined, "lib/actions/service-areas/core.ts"),
  moveServiceAreaAction: perm("catalogue.manage", undefined, "lib/actions/service-areas/core.ts"),
  retireServiceAreaAction: perm("catalogue.manage", undefined, "lib/actions/service-areas/core.ts"),
  restoreServiceAreaAction: perm("catalogue.manage", undefined, "lib/actions/service-areas/core.ts"),
  renameBreakdownItemAction: perm("catalogue.manage", undefined, "lib/actions/breakdowns/core.ts"),
  moveBreakdownItemAction: perm("catalogue.manage", undefined, "lib/actions/breakdowns/core.ts"),
  renameCohortOutcomeAction: perm("catalogue.manage", undefined, "lib/actions/cohorts/core.ts"),
  moveCohortOutcomeAction: perm("catalogue.manage", undefined, "lib/actions/cohorts/core.ts"),
  updateCohortAction: perm("catalogue.manage", undefined, "lib/actions/cohorts/core.ts"),
  saveMeetingRecordAction: perm("snapshot.publish", "paper", "lib/actions/snapshots/meeting-record.ts"),
  updateIndicatorAction: perm("catalogue.manage", "indicator", "lib/actions/catalogue/core.ts"),
  previewFormulaAction: perm("catalogue.manage", undefined, "lib/actions/catalogue/entry.ts"),
  retireIndicatorAction: perm("catalogue.manage", "indicator", "lib/actions/catalogue/order.ts"),
  restoreIndicatorAction: perm("catalogue.manage", "indicator", "lib/actions/catalogue/order.ts"),
  moveIndicatorAction: perm("catalogue.manage", "indicator", "lib/actions/catalogue/order.ts"),
  updateAuthorityDetailsAction: perm("settings.manage", undefined, "lib/actions/authority/core.ts"),
  updatePopulationsAction: perm("settings.manage", undefined, "lib/actions/authority/core.ts"),
  updateFigureSettingsAction: perm("settings.manage", undefined, "lib/actions/authority/core.ts"),
  updateSignInAction: perm("settings.manage", undefined, "lib/actions/authority/core.ts"),
  grantAccessAction: perm("users.manage", undefined, "lib/actions/access/core.ts"),
  dismissAccessAction: perm("users.manage", undefined, "lib/actions/access/core.ts"),
};
