// How the audit trail is worded for people: each recorded action and field
// in words ("Month closed to commentary", "Green from"), not the codes the
// trail stores ("month.close", "greenMin"). Codes not listed here are
// turned into words by rule, so a new action is readable before it is listed.

const ACTION_TEXT: Record<string, string> = {
  "access.dismiss": "Access request dismissed",
  "access.grant": "Access granted",
  "access.request": "Access requested",
  "api_token.create": "API token created",
  "api_token.revoke": "API token revoked",
  "auth.microsoft_unverified": "Microsoft sign-in refused (unverified)",
  "auth.reauth_failed": "Re-authentication failed",
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.sign_out": "Signed out",
  "auth.throttled": "Sign-in attempts throttled",
  "authority.details": "Authority details changed",
  "authority.help_contact": "Help contact changed",
  "authority.populations": "Child populations saved",
  "authority.settings": "Authority settings changed",
  "authority.sign_in": "Sign-in settings changed",
  "benchmarks.authority": "Benchmark authority chosen",
  "benchmarks.import": "Benchmarks imported",
  "benchmarks.model": "Statistical neighbours model saved",
  "benchmarks.population": "Benchmark populations saved",
  "board.create": "Board created",
  "board.member": "Board membership changed",
  "board.member_remove": "Board member removed",
  "cohort.outcome_move": "Cohort outcome moved",
  "cohort.outcome_rename": "Cohort outcome renamed",
  "cohort.update": "Cohort start and members' word changed",
  "commentary.approve": "Commentary approved",
  "commentary.not_needed": "Commentary marked not needed",
  "commentary.restore": "Commentary version restored",
  "commentary.return": "Commentary returned for changes",
  "commentary.save": "Commentary saved",
  "commentary.stale_dismiss": "Stale-figures flag dismissed",
  "commentary.submit": "Commentary submitted",
  "commentary.withdraw": "Commentary withdrawn",
  "import.apply": "File imported",
  "import.undo": "Import undone",
  "indicator.reorder": "Indicators reordered",
  "indicator.restore": "Indicator restored",
  "indicator.retire": "Indicator retired",
  "indicator.update": "Indicator changed",
  "month.close": "Month closed to commentary",
  "month.reopen": "Month reopened to commentary",
  "narrative.save": "Service narrative saved",
  "scorecard.approve": "Scorecard approved",
  "scorecard.reconfirm": "Scorecard approval reconfirmed",
  "service_area.add": "Service area added",
  "service_area.move": "Service area moved",
  "service_area.rename": "Service area renamed",
  "service_area.restore": "Service area restored",
  "service_area.retire": "Service area retired",
  "snapshot.action.status": "Board action moved on",
  "snapshot.answer": "Board question answered",
  "snapshot.correct": "Board paper corrected",
  "snapshot.draft": "Board paper drafted",
  "snapshot.public_text": "Public text checked",
  "snapshot.publish": "Board paper published",
  "snapshot.question": "Board question asked",
  "snapshot.resolution": "Board resolution recorded",
  "user.accept_invite": "Invitation accepted",
  "user.change_password": "Password changed",
  "user.create": "Person added",
  "user.deactivate": "Person deactivated",
  "user.invite": "Person invited",
  "user.reactivate": "Person reactivated",
  "user.rename": "Person renamed",
  "user.reset_link": "Password reset link sent",
  "user.reset_password": "Password reset",
  "user.roles": "Roles changed",
  "user.update": "Person changed",
};

const ENTITY_TEXT: Record<string, string> = {
  access_request: "Access request",
  api_token: "API token",
  authority: "Authority",
  benchmark_release: "Benchmark release",
  board: "Board",
  commentary: "Commentary",
  import_batch: "Import",
  indicator: "Indicator",
  reporting_period: "Month",
  scorecard_approval: "Scorecard approval",
  service_area: "Service area",
  service_narrative: "Service narrative",
  sign_in: "Sign-in",
  sign_in_address: "Sign-in address",
  sn_model: "Statistical neighbours model",
  snapshot: "Board paper",
  snapshot_question: "Board question",
  snapshot_resolution: "Board resolution",
  user: "Person",
};

const FIELD_TEXT: Record<string, string> = {
  greenMin: "Green from",
  greenMax: "Green to",
  amberMin: "Amber from",
  amberMax: "Amber to",
  target: "Target",
  polarity: "Direction (which way is better)",
  decimals: "Decimal places",
  unit: "Unit",
  name: "Name",
  title: "Title",
  email: "Email address",
  roles: "Roles",
  status: "Status",
  serviceKey: "Service area",
  serviceArea: "Service area",
  ownerId: "Owner",
  retiredAt: "Retired",
  closedAt: "Closed",
  period: "Month",
  effectiveFrom: "In force from",
  definition: "Definition",
  source: "Source",
};

/** "month.close" → "Month closed to commentary"; an unlisted code → its words. */
export function auditActionText(action: string): string {
  return ACTION_TEXT[action] ?? sentence(action.replace(/[._]/g, " "));
}

/** "reporting_period" → "Month". */
export function auditEntityText(entityType: string): string {
  return ENTITY_TEXT[entityType] ?? sentence(entityType.replace(/_/g, " "));
}

/** "greenMin" → "Green from"; an unlisted key → its words ("helpEmail" → "Help email"). */
export function auditFieldLabel(key: string): string {
  return FIELD_TEXT[key] ?? sentence(key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase());
}

export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

/**
 * A recorded before and after as one line per field, in words. Values that
 * are not plain objects are shown whole under "Value".
 */
export function auditChanges(before: unknown, after: unknown, names: Record<string, string> = {}): AuditChange[] {
  const text = (v: unknown) => valueText(v, names);
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) {
    if ((before ?? null) === null && (after ?? null) === null) return [];
    return [{ field: "Value", before: text(before), after: text(after) }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.map((key) => ({ field: auditFieldLabel(key), before: text(b?.[key]), after: text(a?.[key]) }));
}

/** An id the trail stores, as the person's name when it is one. */
export function personOrId(id: string | null, names: Record<string, string>): string {
  return id ? (names[id.toLowerCase()] ?? id) : "";
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function valueText(v: unknown, names: Record<string, string>): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "string") return personOrId(v, names);
  if (typeof v === "number") return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x !== "object" || x === null)) return v.map((x) => valueText(x, names)).join(", ");
  return JSON.stringify(v, (_key, x: unknown) => (typeof x === "string" ? personOrId(x, names) : x));
}

function sentence(s: string): string {
  const t = s.trim();
  return t ? t[0].toUpperCase() + t.slice(1) : t;
}
