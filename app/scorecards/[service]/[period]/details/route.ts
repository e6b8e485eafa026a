// Every row's detail of a service scorecard for a month, as JSON (detail-row
// id → escaped HTML): what the table's disclosure buttons open and what
// prints under each row. Built once per data version and kept.
import { SCORECARD_TABLE_ID, detailsHtml } from "@/components/scorecard/scorecard-table-html";
import { getDb } from "@/db/client";
import { SERVICE_KEYS } from "@/db/reference";
import { can } from "@/lib/auth/policy";
import { currentUser, requestDataVersion } from "@/lib/auth/session";
import { isPeriod } from "@/lib/figures";
import { cachedScorecard, keep } from "@/lib/queries/scorecard-cache";
import { spcSide } from "@/lib/queries/scorecard-view";

export async function GET(_request: Request, { params }: { params: Promise<{ service: string; period: string }> }) {
  const { service, period } = await params;
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (!SERVICE_KEYS.includes(service) || !isPeriod(period)) return Response.json({ error: "There is no such scorecard." }, { status: 404 });
  if (!can(user, "scorecard.read", { serviceKey: service })) {
    return Response.json({ error: "You do not have permission to read live scorecards." }, { status: 403 });
  }
  const db = await getDb();
  const version = await requestDataVersion();
  const json = await keep(db, version, `details|${service}|${period}`, async () => {
    const { document } = await cachedScorecard({ db, period, service, version });
    const spcSides = Object.fromEntries(document.rows.map((r) => [r.id, spcSide(r.spc)]));
    return JSON.stringify(detailsHtml({ id: SCORECARD_TABLE_ID, period, rows: document.rows, spcSides }));
  });
  return new Response(json, { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-store" } });
}
