// Every row's detail of a service scorecard for a month, as JSON (detail-row
// id → escaped HTML): what the table's disclosure buttons open and what
// prints under each row. Built once per data version and kept.
import { SCORECARD_TABLE_ID, detailsHtml } from "@/components/scorecard/scorecard-table-html";
import { getDb } from "@/db/client";
import { requestDataVersion } from "@/lib/auth/session";
import { periodParam, serviceParam, withSession } from "@/lib/http/with-session";
import { cachedScorecard, keep } from "@/lib/queries/scorecard-cache";
import { spcSide } from "@/lib/views/scorecard-view";

export const GET = withSession<{ service: string; period: string }>("scorecard.read", async ({ params, allow }) => {
  const service = await serviceParam(params.service);
  const period = periodParam(params.period);
  allow("scorecard.read", { serviceKey: service });
  const db = await getDb();
  const version = await requestDataVersion();
  const json = await keep(db, version, `details|${service}|${period}`, async () => {
    const { document } = await cachedScorecard({ db, period, service, version });
    const spcSides = Object.fromEntries(document.rows.map((r) => [r.id, spcSide(r.spc)]));
    return JSON.stringify(detailsHtml({ id: SCORECARD_TABLE_ID, period, rows: document.rows, spcSides }));
  });
  return new Response(json, { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-store" } });
});
