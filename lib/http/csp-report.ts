// What a browser reports when the Content-Security-Policy blocks something,
// recorded as one short log line each. Anyone can post here (a browser sends
// reports without the session), so what is recorded is bounded: a few fields,
// each cut short and stripped of control characters, and at most
// REPORTS_PER_MINUTE lines a minute per server process; the rest are counted
// and the count is logged with the next line that gets through.

export const CSP_REPORT_PATH = "/api/csp-report";
export const CSP_REPORT_MAX_BYTES = 16 * 1024;
const REPORTS_PER_MINUTE = 30;
const FIELD_MAX = 200;

export interface CspViolation {
  directive: string;
  blocked: string;
  page: string;
  source: string;
}

const field = (value: unknown): string =>
  typeof value === "string" || typeof value === "number"
    ? String(value)
        .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
        .slice(0, FIELD_MAX)
    : "";

function violationOf(body: Record<string, unknown>): CspViolation | null {
  const directive = field(body["effectiveDirective"] ?? body["effective-directive"] ?? body["violatedDirective"] ?? body["violated-directive"]);
  if (!directive) return null;
  const line = field(body["lineNumber"] ?? body["line-number"]);
  return {
    directive,
    blocked: field(body["blockedURL"] ?? body["blocked-uri"]) || "inline",
    page: field(body["documentURL"] ?? body["document-uri"]),
    source: [field(body["sourceFile"] ?? body["source-file"]), line].filter(Boolean).join(":"),
  };
}

/**
 * The violations in a report body: the old `report-uri` form
 * ({"csp-report": {…}}) or the Reporting API's (an array of
 * {type: "csp-violation", body: {…}}). At most 10; anything else is ignored.
 */
export function cspViolations(json: unknown): CspViolation[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  const bodies: unknown[] = Array.isArray(json)
    ? json.filter((r) => isObject(r) && r.type === "csp-violation").map((r) => (r as Record<string, unknown>).body)
    : isObject(json) && isObject(json["csp-report"])
      ? [json["csp-report"]]
      : [];
  return bodies
    .slice(0, 10)
    .flatMap((b) => (isObject(b) ? [violationOf(b)] : []))
    .filter((v): v is CspViolation => v !== null);
}

/** A per-minute budget of log lines; lines over it are counted, not written. */
export function cspReportRecorder(log: (line: string) => void, now: () => number = Date.now) {
  let minute = -1;
  let written = 0;
  let dropped = 0;
  return (violation: CspViolation) => {
    const current = Math.floor(now() / 60_000);
    if (current !== minute) {
      minute = current;
      written = 0;
    }
    if (written >= REPORTS_PER_MINUTE) {
      dropped++;
      return;
    }
    written++;
    const more = dropped ? ` (${dropped} more not recorded)` : "";
    dropped = 0;
    log(`[csp] blocked ${violation.blocked} by ${violation.directive} on ${violation.page || "?"}${violation.source ? ` at ${violation.source}` : ""}${more}`);
  };
}
