// GET /api/import/templates/KIND: the XLSX template for one import kind, its
// indicator drop-down filled from the catalogue. Admins only.
import { getDb } from "@/db/client";
import { isImportKind } from "@/lib/import/columns";
import { buildTemplate, templateFileName } from "@/lib/import/templates";
import { indicatorCodes } from "@/lib/queries/imports";
import { activeServiceAreas } from "@/lib/queries/service-areas";
import { guardImport } from "../../guard";

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }): Promise<Response> {
  const guard = await guardImport(request, { post: false });
  if (!guard.ok) return guard.response;
  const { kind } = await params;
  if (!isImportKind(kind)) return Response.json({ ok: false, code: "not_found", message: "There is no such import kind." }, { status: 404 });
  const codes = kind === "indicators" ? [] : await indicatorCodes({ db: await getDb() });
  const areas = kind === "indicators" ? (await activeServiceAreas({ db: await getDb() })).map((a) => a.key) : undefined;
  const body = await buildTemplate(kind, codes, areas);
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${templateFileName(kind)}"`,
      "cache-control": "no-store",
    },
  });
}
