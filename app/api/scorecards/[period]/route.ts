import { getDb } from "@/db/client";
import { periodParam, serviceParam, withSession } from "@/lib/http/with-session";
import { cachedScorecard } from "@/lib/queries/scorecard-cache";

/** The scorecard JSON document (the same as `lantern scorecard --json`), for staff only. */
export const GET = withSession<{ period: string }>("scorecard.read", async ({ request, params, allow }) => {
  const period = periodParam(params.period);
  const raw = new URL(request.url).searchParams.get("service");
  const service = raw ? await serviceParam(raw) : null;
  allow("scorecard.read", { serviceKey: service ?? undefined });
  // computed once per data version (lib/queries/scorecard-cache.ts)
  return Response.json((await cachedScorecard({ db: await getDb(), period, service })).document);
});
