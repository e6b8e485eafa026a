// The monthly report as PDF: its print view (the page's own render on A4)
// printed by Chromium, one render at a time as the board papers are
// (lib/snapshots/pdf.ts), with a render token for this month. Kept per data
// version, so a second download of the same figures is not printed again.
import { getDb } from "@/db/client";
import { requestDataVersion } from "@/lib/auth/session";
import { errorForLog } from "@/lib/db-errors";
import { monthLabel } from "@/lib/format";
import { refuse } from "@/lib/http/refusal";
import { periodParam, withSession } from "@/lib/http/with-session";
import { keep, monthsWithFigures } from "@/lib/queries/scorecard-cache";
import { theAuthority } from "@/lib/queries/authority";
import { ChromiumMissingError, renderPdf } from "@/lib/snapshots/pdf";
import { renderToken } from "@/lib/snapshots/render-token";

export const GET = withSession<{ period: string }>("scorecard.read", async ({ params }) => {
  const period = periodParam(params.period);
  const db = await getDb();
  const version = await requestDataVersion();
  if (!(await monthsWithFigures({ db, version })).includes(period)) refuse(404, `No figures have been loaded for ${monthLabel(period)}.`);
  const printPath = `/reports/${period}/print`;
  let pdf: Buffer;
  try {
    pdf = await keep(db, version, `report-pdf|${period}`, async () =>
      renderPdf({
        path: printPath,
        token: renderToken("report", period),
        title: `Monthly performance report: ${monthLabel(period)}`,
        author: (await theAuthority({ db }))?.name ?? "Lantern",
      }),
    );
  } catch (error) {
    if (error instanceof ChromiumMissingError) {
      return new Response(`The PDF cannot be made on this server because Chromium is not installed (${error.message}). Print ${printPath} from your browser instead.`, {
        status: 503,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    console.error(`[report pdf] ${errorForLog(error)}`);
    return new Response(`The PDF could not be made. Print ${printPath} from your browser instead.`, { status: 500 });
  }
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="lantern-monthly-report-${period}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
});
