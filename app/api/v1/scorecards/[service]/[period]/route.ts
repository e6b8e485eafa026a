import { getDb } from "@/db/client";
import { apiError, apiJson, forbiddenAnswer, withBearer } from "@/lib/api/respond";
import { can } from "@/lib/auth/policy";
import { isPeriod } from "@/lib/figures";
import { scorecardFor } from "@/lib/queries/scorecard";
import { serviceAreaList } from "@/lib/queries/service-areas";

/** A month's computed scorecard for one service ("all" for every service): the document `lantern scorecard --json` prints. */
export async function GET(request: Request, { params }: { params: Promise<{ service: string; period: string }> }) {
  return withBearer(request, async (user) => {
    const { service, period } = await params;
    if (!isPeriod(period)) return apiError(400, "period: give the month as YYYY-MM, e.g. 2020-04");
    if (service !== "all") {
      const keys = (await serviceAreaList({ db: await getDb() })).map((a) => a.key);
      if (!keys.includes(service)) return apiError(400, `service: "${service}" is not a service area; use all or one of ${keys.join(", ")}`);
    }
    const serviceKey = service === "all" ? null : service;
    if (!can(user, "scorecard.read", { serviceKey: serviceKey ?? undefined })) return forbiddenAnswer();
    return apiJson(await scorecardFor({ db: await getDb(), period, service: serviceKey }));
  });
}
