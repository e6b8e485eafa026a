// GET /api/import/templates/KIND: the XLSX template for one import kind, its
// indicator drop-down filled from the catalogue (a values template also has a
// row made out for each loaded indicator and the month to load). Admins only.
import { getDb } from "@/db/client";
import { refuse } from "@/lib/http/refusal";
import { withSession } from "@/lib/http/with-session";
import { IMPORT_KINDS, isImportKind } from "@/lib/import/columns";
import { buildTemplate, templateFileName } from "@/lib/import/templates";
import { ukDay } from "@/lib/dates";
import { indicatorCodes, valuesTemplateRows } from "@/lib/queries/imports";
import { activeServiceAreas } from "@/lib/queries/service-areas";

export const GET = withSession<{ kind: string }>("data.load", async ({ params }) => {
  const { kind } = params;
  if (!isImportKind(kind)) refuse(400, `kind: "${kind.slice(0, 40)}" is not an import kind; use one of ${IMPORT_KINDS.join(", ")}`);
  const codes = kind === "indicators" ? [] : await indicatorCodes({ db: await getDb() });
  const areas = kind === "indicators" ? (await activeServiceAreas({ db: await getDb() })).map((a) => a.key) : undefined;
  // a values template comes made out: each loaded indicator, the month to load next
  const prefill = kind === "values" ? await valuesTemplateRows({ db: await getDb(), today: ukDay() }) : null;
  const rows = prefill ? prefill.codes.map((indicator) => ({ indicator, period: prefill.period })) : [];
  const body = await buildTemplate(kind, codes, areas, rows);
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${templateFileName(kind)}"`,
      "cache-control": "no-store",
    },
  });
});
