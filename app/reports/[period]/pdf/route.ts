// The monthly report as PDF: its print view (the page's own render on A4)
// printed by Chromium, one render at a time as the board papers are
// (lib/snapshots/pdf.ts), with a render token for this month. Kept per data
// version, so a second download of the same figures is not printed again.
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/policy";
import { currentUser, requestDataVersion } from "@/lib/auth/session";
import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { keep, monthsWithFigures } from "@/lib/queries/scorecard-cache";
import { theAuthority } from "@/lib/queries/authority";
import { ChromiumMissingError, renderPdf } from "@/lib/snapshots/pdf";
import { renderToken } from "@/lib/snapshots/render-token";

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
    console.error("[report pdf]", error);
    return new Response(`The PDF could not be made. Print ${printPath} from your browser instead.`, { status: 500 });
  }
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="lantern-monthly-report-${period}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
