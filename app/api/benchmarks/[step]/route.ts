// POST /api/benchmarks/{model|population|measure|describe}?file=NAME&…, the
// file's bytes as the body (the admin page's uploads; a server action's body
// is limited to 1 MB and the DfE files are larger). The writes run through
// their defineAction cores (session, policy, transaction, audit); "describe"
// only lists a file's columns, for choosing a measure and its filters.
import { getDb } from "@/db/client";
import { importMeasureCore, importModelCore, importPopulationCore } from "@/lib/actions/benchmarks/core";
import { runAsSignedIn } from "@/lib/actions/run";
import { describeEesFile } from "@/lib/benchmarks/ees";
import { readBodyWithin } from "@/lib/http/bounded-body";
import { actionResponse, refuse } from "@/lib/http/refusal";
import { withSession } from "@/lib/http/with-session";
import { authoritySettings } from "@/lib/queries/authority";

const STEPS = ["model", "population", "measure", "describe"];

export const POST = withSession<{ step: string }>(
  "data.load",
  async ({ request, params }) => {
    const { step } = params;
    if (!STEPS.includes(step)) refuse(400, `step: "${step.slice(0, 40)}" is not a step; use one of ${STEPS.join(", ")}`);
    const { importMaxBytes } = await authoritySettings({ db: await getDb() });
    const body = await readBodyWithin(request, importMaxBytes);
    if (!body.ok) refuse(413, body.message);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes);
    } catch {
      refuse(400, "The file is not UTF-8 text: save it as CSV (UTF-8) and try again.");
    }
    const q = new URL(request.url).searchParams;
    const fileName = (q.get("file") || "upload.csv").replace(/[\\/\r\n]/g, "_").slice(0, 200);

    if (step === "describe") {
      const described = describeEesFile(text, fileName);
      if (!described.ok) refuse(400, "The file cannot be read.", { details: { errors: described.errors } });
      return Response.json(described);
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
    return actionResponse(result);
  },
  { sameOrigin: true },
);
