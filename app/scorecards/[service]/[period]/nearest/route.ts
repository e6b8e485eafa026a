// The months with figures nearest a month that has none, as JSON: what the
// month's not-found page (components/scorecard/missing-month.tsx) offers.
// Asked for only when that page shows: a not-found boundary is rendered into
// every page of its segment, so it must not look anything up itself.
import { getDb } from "@/db/client";
import { SERVICE_KEYS } from "@/db/reference";
import { can } from "@/lib/auth/policy";
import { currentUser, requestDataVersion } from "@/lib/auth/session";
import { adjacentMonths, isPeriod } from "@/lib/figures";
import { monthsWithFigures } from "@/lib/queries/scorecard-cache";

export async function GET(_request: Request, { params }: { params: Promise<{ service: string; period: string }> }) {
  const { service, period } = await params;
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (!SERVICE_KEYS.includes(service) || !isPeriod(period)) return Response.json({ error: "There is no such scorecard." }, { status: 404 });
  if (!can(user, "scorecard.read", { serviceKey: service })) {
    return Response.json({ error: "You do not have permission to read live scorecards." }, { status: 403 });
  }
  const db = await getDb();
  const months = await monthsWithFigures({ db, version: await requestDataVersion(), service });
  const { previous, next } = adjacentMonths(months, period);
  return Response.json(
    { first: months[0] ?? null, last: months.at(-1) ?? null, previous, next },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
