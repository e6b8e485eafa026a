// POST /api/benchmarks/{model|population|measure|describe}?file=NAME&…, the
// file's bytes as the body (the admin page's uploads; a server action's body
// is limited to 1 MB and the DfE files are larger). The writes run through
// their defineAction cores (session, policy, transaction, audit); "describe"
// only lists a file's columns, for choosing a measure and its filters.
import { getDb } from "@/db/client";
import { importMeasureCore, importModelCore, importPopulationCore } from "@/lib/actions/benchmarks/core";
import { runAsSignedIn } from "@/lib/actions/run";
import { can } from "@/lib/auth/policy";
import { currentUser } from "@/lib/auth/session";
import { describeEesFile } from "@/lib/benchmarks/ees";
import { readBodyWithin } from "@/lib/http/bounded-body";
import { crossSiteRefusal, isSameOrigin } from "@/lib/http/same-origin";
import { authoritySettings } from "@/lib/queries/authority";

const json = (body: object, status = 200) => Response.json(body, { status });

export async function POST(request: Request, { params }: { params: Promise<{ step: string }> }): Promise<Response> {
  const { step } = await params;
  if (!["model", "population", "measure", "describe"].includes(step)) return json({ ok: false, code: "not_found", message: "No such step." }, 404);
  if (!isSameOrigin(request)) return crossSiteRefusal();
  const user = await currentUser();
  if (!user) return json({ ok: false, code: "unauthenticated", message: "Sign in to do this." }, 401);
  if (!can(user, "data.load")) return json({ ok: false, code: "forbidden", message: "You do not have permission to do this." }, 403);

  const { importMaxBytes } = await authoritySettings({ db: await getDb() });
  const body = await readBodyWithin(request, importMaxBytes);
  if (!body.ok) return json({ ok: false, code: "too_large", message: body.message }, 413);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes);
  } catch {
    return json({ ok: false, code: "invalid", message: "The file is not UTF-8 text: save it as CSV (UTF-8) and try again." }, 400);
  }
  const q = new URL(request.url).searchParams;
  const fileName = (q.get("file") || "upload.csv").replace(/[\\/\r\n]/g, "_").slice(0, 200);

  if (step === "describe") {
    const described = describeEesFile(text, fileName);
    return described.ok ? json(described) : json({ ok: false, code: "invalid", message: "The file cannot be read.", details: { errors: described.errors } }, 400);
  }
  const result =
    step === "model"
      ? await runAsSignedIn(importModelCore, { text, fileName, name: q.get("name") || undefined })
      : step === "population"
        ? await runAsSignedIn(importPopulationCore, { text, fileName })
        : await runAsSignedIn(importMeasureCore, {
            text,
            fileName,
            indicator: q.get("indicator") ?? "",
            mapping: q.get("mapping") || undefined,
            measure: q.get("measure") || undefined,
            where: Object.fromEntries(
              q.getAll("where").flatMap((w) => {
                const at = w.indexOf("=");
                return at > 0 ? [[w.slice(0, at).trim(), w.slice(at + 1).trim()]] : [];
              }),
            ),
            per10k: q.get("per10k") === "on",
            tolerance: q.get("tolerance") || undefined,
            saveAs: q.get("saveAs") || undefined,
          });
  const status = result.ok ? 200 : result.code === "forbidden" ? 403 : result.code === "unauthenticated" ? 401 : result.code === "error" ? 500 : 400;
  return json(result, status);
}
