// The one way a scorecard download is answered, for one service or all:
// session and policy first, then the query string checked with zod, then the
// files in the import shapes (lib/export). Route handlers call only this.
import { z } from "zod";
import { getDb } from "@/db/client";
import { SERVICE_KEYS } from "@/db/reference";
import { can } from "@/lib/auth/policy";
import { currentUser } from "@/lib/auth/session";
import { toCsv } from "@/lib/export/csv";
import { EXPORT_KINDS, scorecardTables } from "@/lib/export/scorecard-tables";
import { toXlsx } from "@/lib/export/xlsx";
import { isPeriod } from "@/lib/figures";
import { scorecardExportData } from "@/lib/queries/scorecard-export";

const querySchema = z.object({
  format: z.enum(["csv", "xlsx"], { error: "format: use csv or xlsx" }).default("xlsx"),
  kind: z.enum(EXPORT_KINDS, { error: `kind: use one of ${EXPORT_KINDS.join(", ")}` }).default("values"),
});

export async function exportResponse(request: Request, { period, service }: { period: string; service: string | null }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (service !== null && !SERVICE_KEYS.includes(service)) {
    return Response.json({ error: `service: "${service.slice(0, 40)}" is not a service area` }, { status: 404 });
  }
  if (!isPeriod(period)) return Response.json({ error: "period: give the month as YYYY-MM" }, { status: 400 });
  if (!can(user, "scorecard.read", { serviceKey: service ?? undefined })) {
    return Response.json({ error: "You do not have permission to read live scorecards." }, { status: 403 });
  }
  const search = new URL(request.url).searchParams;
  const parsed = querySchema.safeParse({ format: search.get("format") ?? undefined, kind: search.get("kind") ?? undefined });
  if (!parsed.success) return Response.json({ error: parsed.error.issues.map((i) => i.message).join("; ") }, { status: 400 });

  const tables = scorecardTables(await scorecardExportData({ db: await getDb(), period, service }));
  const stem = `lantern-${service ?? "all-services"}-${period}`;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (parsed.data.format === "csv") {
    return new Response(toCsv(tables[parsed.data.kind]), {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${stem}-${parsed.data.kind}.csv"`,
      },
    });
  }
  const workbook = await toXlsx(
    EXPORT_KINDS.map((k) => tables[k]),
    { title: `${service ?? "All services"} scorecard ${period}` },
  );
  return new Response(new Uint8Array(workbook), {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${stem}.xlsx"`,
    },
  });
}
