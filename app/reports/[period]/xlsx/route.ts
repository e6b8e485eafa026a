// The monthly performance report as XLSX (lib/export/report-xlsx.ts): the
// summary, a sheet per section, the narratives and the values import shape.
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/policy";
import { currentUser, requestDataVersion } from "@/lib/auth/session";
import { reportWorkbook } from "@/lib/export/report-xlsx";
import { isPeriod } from "@/lib/figures";
import { monthlyReportFor } from "@/lib/queries/report";
import { monthsWithFigures } from "@/lib/queries/scorecard-cache";

export async function GET(_request: Request, { params }: { params: Promise<{ period: string }> }) {
  const { period } = await params;
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (!can(user, "scorecard.read")) return Response.json({ error: "You do not have permission to read live scorecards." }, { status: 403 });
  if (!isPeriod(period)) return Response.json({ error: "period: give the month as YYYY-MM" }, { status: 400 });
  const db = await getDb();
  const version = await requestDataVersion();
  if (!(await monthsWithFigures({ db, version })).includes(period)) {
    return Response.json({ error: `No figures have been loaded for ${period}.` }, { status: 404 });
  }
  const workbook = await reportWorkbook(await monthlyReportFor({ db, period, version }));
  return new Response(new Uint8Array(workbook), {
    headers: {
      "Cache-Control": "private, no-store",
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="lantern-monthly-report-${period}.xlsx"`,
    },
  });
}
