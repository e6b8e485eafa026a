import { getDb } from "@/db/client";
import { SERVICE_KEYS } from "@/db/reference";
import { can } from "@/lib/auth/policy";
import { currentUser } from "@/lib/auth/session";
import { isPeriod } from "@/lib/figures";
import { cachedScorecard } from "@/lib/queries/scorecard-cache";

/** The scorecard JSON document (the same as `lantern scorecard --json`), for staff only. */
export async function GET(request: Request, { params }: { params: Promise<{ period: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  const { period } = await params;
  const service = new URL(request.url).searchParams.get("service");
  if (!isPeriod(period)) return Response.json({ error: "period: give the month as YYYY-MM" }, { status: 400 });
  if (service && !SERVICE_KEYS.includes(service)) {
    return Response.json({ error: `service: "${service}" is not a service area` }, { status: 400 });
  }
  if (!can(user, "scorecard.read", { serviceKey: service ?? undefined })) {
    return Response.json({ error: "You do not have permission to read live scorecards." }, { status: 403 });
  }
  // computed once per data version (lib/queries/scorecard-cache.ts)
  return Response.json((await cachedScorecard({ db: await getDb(), period, service })).document);
}
