import { getDb } from "@/db/client";
import { apiError, apiJson, forbiddenAnswer, notFoundAnswer, withBearer } from "@/lib/api/respond";
import { can } from "@/lib/auth/policy";
import { isPeriod } from "@/lib/figures";
import { indicatorByCode, indicatorValuesFor } from "@/lib/queries/indicator-values";

/** One indicator's monthly figures from one month to another (both YYYY-MM, both included). */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return withBearer(request, async (user) => {
    const { code } = await params;
    const search = new URL(request.url).searchParams;
    const from = search.get("from") ?? "";
    const to = search.get("to") ?? "";
    if (!isPeriod(from)) return apiError(400, "from: give the first month as YYYY-MM, e.g. ?from=2019-04");
    if (!isPeriod(to)) return apiError(400, "to: give the last month as YYYY-MM, e.g. &to=2020-03");
    if (from > to) return apiError(400, "from: the first month must not be after the last (to)");
    if (!can(user, "scorecard.read")) return forbiddenAnswer();
    const db = await getDb();
    const indicator = await indicatorByCode({ db, code });
    if (!indicator) return notFoundAnswer();
    if (!can(user, "scorecard.read", { serviceKey: indicator.serviceKey, indicatorId: indicator.id })) return forbiddenAnswer();
    return apiJson(await indicatorValuesFor({ db, indicator, from, to }));
  });
}
