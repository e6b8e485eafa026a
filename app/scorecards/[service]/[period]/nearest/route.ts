// The months with figures nearest a month that has none, as JSON: what the
// month's not-found page (components/scorecard/missing-month.tsx) offers.
// Asked for only when that page shows: a not-found boundary is rendered into
// every page of its segment, so it must not look anything up itself.
import { getDb } from "@/db/client";
import { requestDataVersion } from "@/lib/auth/session";
import { adjacentMonths } from "@/lib/figures";
import { periodParam, serviceParam, withSession } from "@/lib/http/with-session";
import { monthsWithFigures } from "@/lib/queries/scorecard-cache";

export const GET = withSession<{ service: string; period: string }>("scorecard.read", async ({ params, allow }) => {
  const service = await serviceParam(params.service);
  const period = periodParam(params.period);
  allow("scorecard.read", { serviceKey: service });
  const db = await getDb();
  const months = await monthsWithFigures({ db, version: await requestDataVersion(), service });
  const { previous, next } = adjacentMonths(months, period);
  return Response.json(
    { first: months[0] ?? null, last: months.at(-1) ?? null, previous, next },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
