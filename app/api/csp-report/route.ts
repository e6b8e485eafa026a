// POST /api/csp-report: where browsers send Content-Security-Policy
// violations (the policy's report-uri and report-to). Open to anyone, as
// browsers send these without a session; bounded in size and in what it
// records (lib/http/csp-report.ts). Always 204: the browser needs no answer.
import { readJsonWithin } from "@/lib/http/bounded-body";
import { CSP_REPORT_MAX_BYTES, cspReportRecorder, cspViolations } from "@/lib/http/csp-report";

const record = cspReportRecorder((line) => console.warn(line));

export async function POST(request: Request): Promise<Response> {
  const body = await readJsonWithin(request, CSP_REPORT_MAX_BYTES);
  if (!body.ok) return new Response(null, { status: body.status });
  for (const violation of cspViolations(body.value)) record(violation);
  return new Response(null, { status: 204 });
}
