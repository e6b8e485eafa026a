// The monthly performance report as XLSX (lib/export/report-xlsx.ts): the
// summary, a sheet per section, the narratives and the values import shape.
import { getDb } from "@/db/client";
import { requestDataVersion } from "@/lib/auth/session";
import { reportWorkbook } from "@/lib/export/report-xlsx";
import { refuse } from "@/lib/http/refusal";
import { periodParam, withSession } from "@/lib/http/with-session";
import { monthlyReportFor } from "@/lib/queries/report";
import { monthsWithFigures } from "@/lib/queries/scorecard-cache";

export const GET = withSession<{ period: string }>("scorecard.read", async ({ params }) => {
  const period = periodParam(params.period);
  const db = await getDb();
  const version = await requestDataVersion();
  if (!(await monthsWithFigures({ db, version })).includes(period)) refuse(404, `No figures have been loaded for ${period}.`);
  const workbook = await reportWorkbook(await monthlyReportFor({ db, period, version }));
  return new Response(new Uint8Array(workbook), {
    headers: {
      "Cache-Control": "private, no-store",
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="lantern-monthly-report-${period}.xlsx"`,
    },
  });
});
