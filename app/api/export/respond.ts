// The one way a scorecard download is answered, for one service or all:
// session and policy first, then the query string checked with zod, then the
// files in the import shapes (lib/export). The export routes are made here.
import { z } from "zod";
import { getDb } from "@/db/client";
import { toCsv } from "@/lib/export/csv";
import { EXPORT_KINDS, scorecardTables } from "@/lib/export/scorecard-tables";
import { toXlsx } from "@/lib/export/xlsx";
import { refuse } from "@/lib/http/refusal";
import { periodParam, serviceParam, type SessionRoute } from "@/lib/http/with-session";
import { scorecardExportData } from "@/lib/queries/scorecard-export";

const querySchema = z.object({
  format: z.enum(["csv", "xlsx"], { error: "format: use csv or xlsx" }).default("xlsx"),
  kind: z.enum(EXPORT_KINDS, { error: `kind: use one of ${EXPORT_KINDS.join(", ")}` }).default("values"),
});

/** An export route's answer: one service's scorecard (its key from the address) or every service's (null). */
export async function exportFor({ request, params, allow }: SessionRoute<{ period: string }>, service: string | null): Promise<Response> {
  if (service !== null) await serviceParam(service);
  const period = periodParam(params.period);
  allow("scorecard.read", { serviceKey: service ?? undefined });
  return exportResponse(request, { period, service });
}

async function exportResponse(request: Request, { period, service }: { period: string; service: string | null }) {
  const search = new URL(request.url).searchParams;
  const parsed = querySchema.safeParse({ format: search.get("format") ?? undefined, kind: search.get("kind") ?? undefined });
  if (!parsed.success) refuse(400, parsed.error.issues.map((i) => i.message).join("; "));

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
