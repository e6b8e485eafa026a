import Link from "next/link";
import { ComputedTable } from "@/components/benchmarks/computed-table";
import { MeasureForm } from "@/components/benchmarks/measure-form";
import { UploadForm } from "@/components/benchmarks/upload-form";
import { ActionForm } from "@/components/snapshot/action-form";
import { Card } from "@/components/ui/card";
import { Field, Input, Select, Options } from "@/components/ui/field";
import { getDb } from "@/db/client";
import { setBenchmarkAuthorityAction } from "@/lib/actions/benchmarks/entry";
import { requirePageAccess } from "@/lib/auth/session";
import { READY_MAPPINGS } from "@/lib/benchmarks/mappings";
import { LEFT_OUT_TEXT, QUARTILE_METHOD_TEXT } from "@/lib/benchmarks/words";
import { formatDate as date } from "@/lib/dates";
import { plural } from "@/lib/format";
import { benchmarksAdmin } from "@/lib/queries/benchmarks-admin";

export const metadata = { title: "Benchmarks" };


export default async function BenchmarksAdminPage() {
  await requirePageAccess("data.load");
  const data = await benchmarksAdmin({ db: await getDb() });
  const population = data.releases.find((r) => r.kind === "population" && !r.supersededAt);
  const own = data.ownPopulationYears;
  const shown = data.onScorecards;
  return (
    <div className="max-w-6xl space-y-6">
      <h1 className="text-2xl font-bold">Benchmarks</h1>
      <p className="max-w-3xl text-gray-800">
        Lantern computes the scorecard&apos;s benchmarks from the files the Department for Education publishes on Explore
        Education Statistics: import the statistical-neighbour model, the ONS 0–17 populations and each year&apos;s release
        of a measure, and every benchmark is worked out for your authority and its neighbours.
      </p>

      <Card aria-labelledby="shown-heading">
        <h2 id="shown-heading" className="text-lg font-semibold">Benchmarks on the scorecards</h2>
        <p className="mt-1 text-sm">
          {shown.indicators > 0
            ? `The scorecards show benchmarks for ${plural(shown.indicators, "indicator")}: ${plural(shown.imported, "figure")} loaded from benchmark files at Import data, ${plural(shown.computed, "figure")} computed here from DfE releases.`
            : "No indicator carries benchmarks yet: load a benchmarks file at Import data, or compute them here from DfE releases."}
        </p>
      </Card>

      <Card aria-labelledby="authority-heading">
        <h2 id="authority-heading" className="text-lg font-semibold">Your authority</h2>
        {data.setup ? (
          <div className="mt-2 space-y-2 text-sm">
            <p>
              <strong>{data.setup.name}</strong>: LA code {data.setup.laCode}
              {data.setup.newLaCode ? `, ONS code ${data.setup.newLaCode}` : ""}
              {data.setup.region ? `, ${data.setup.region}` : ""}. Statistical-neighbour model <strong>{data.setup.model}</strong>.
            </p>
            <h3 className="font-semibold">Statistical neighbours, nearest first</h3>
            <ol className="list-decimal pl-6">
              {data.setup.neighbours.map((n) => (
                <li key={n.code}>
                  {n.name} ({n.code}){n.closeness ? `: ${n.closeness}` : ""}
                </li>
              ))}
            </ol>
          </div>
        ) : (
          <p className="mt-2 text-sm">Not set yet: import a model, then choose your authority.</p>
        )}
        {data.models.length ? (
          <ActionForm action={setBenchmarkAuthorityAction} submitLabel="Use this authority and model" className="mt-4 grid gap-3 sm:grid-cols-2">
            <Field id="set-la" name="laCode" label="Authority">
              <Select defaultValue={data.setup?.laCode ?? ""} required>
                <option value="" disabled>
                  Choose the authority
                </option>
                <Options options={data.authorities.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))} />
              </Select>
            </Field>
            <Field id="set-model" name="model" label="Statistical-neighbour model">
              <Select defaultValue={data.setup?.model ?? data.models.at(-1)!.name}>
                <Options options={data.models.map((m) => ({ value: m.name, label: `${m.name} (${m.fileName})` }))} />
              </Select>
            </Field>
          </ActionForm>
        ) : null}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="models-heading">
          <h2 id="models-heading" className="text-lg font-semibold">Statistical-neighbour models</h2>
          {data.models.length ? (
            <ul className="mt-1 list-disc pl-6 text-sm">
              {data.models.map((m) => (
                <li key={m.id}>
                  Model {m.name}: {m.fileName}, imported {date(m.importedAt)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm">None imported yet.</p>
          )}
          <div className="mt-3">
            <UploadForm id="model-file" step="model" label="Model file (CSV)" hint="The April 2021 groupings or the 2025 wide file; named by the year in its file name." submitLabel="Import model">
              <Field id="model-name" name="name" label="Name (optional)" hint="Only needed when the file name has no year.">
                <Input />
              </Field>
            </UploadForm>
          </div>
        </Card>

        <Card aria-labelledby="population-heading">
          <h2 id="population-heading" className="text-lg font-semibold">Populations aged 0–17</h2>
          <p className="mt-1 text-sm">
            {population
              ? `ONS file for every authority: ${population.fileName}, ${population.years[0]}–${population.years.at(-1)}, imported ${date(population.importedAt)}.`
              : "ONS file for every authority: none imported yet. Benchmark rates per 10,000 worked out here from counts need it."}
          </p>
          <p className="mt-1 text-sm">
            {own.length > 0 ? `Your authority's own populations: ${own[0]}–${own.at(-1)}, saved on ` : "Your authority's own populations: none saved yet; they are set on "}
            <Link href="/admin/authority" className="underline">
              the authority page
            </Link>
            {own.length > 0 ? " (used for your own rates on the scorecards)." : "."}
          </p>
          <div className="mt-3">
            <UploadForm id="population-file" step="population" label="ONS mid-year estimates file (CSV)" submitLabel="Import populations" />
          </div>
        </Card>
      </div>

      <Card aria-labelledby="import-heading">
        <h2 id="import-heading" className="text-lg font-semibold">Import a DfE file for an indicator</h2>
        <div className="mt-3 max-w-2xl">
          <MeasureForm
            indicators={data.indicators.map(({ code, title }) => ({ code, title }))}
            ready={READY_MAPPINGS.map(({ name, title, file }) => ({ name, title, file }))}
            saved={data.mappings.map(({ name, measure }) => ({ name, measure }))}
          />
        </div>
      </Card>

      <section aria-labelledby="computed-heading" className="space-y-2">
        <h2 id="computed-heading" className="text-lg font-semibold">Computed benchmarks (latest year)</h2>
        <p className="text-sm text-gray-800">
          {QUARTILE_METHOD_TEXT} {LEFT_OUT_TEXT}
        </p>
        {data.latest.length ? <ComputedTable rows={data.latest} /> : <p className="text-sm">Nothing computed yet.</p>}
      </section>

      <section aria-labelledby="releases-heading" className="space-y-2">
        <h2 id="releases-heading" className="text-lg font-semibold">Files imported</h2>
        {data.releases.length ? (
          <ul className="list-disc pl-6 text-sm">
            {data.releases.map((r) => (
              <li key={r.id}>
                {r.kind === "population" ? "Populations" : `${r.indicator}: ${r.mapping?.name ?? r.mapping?.measure}`} from {r.fileName} ({r.years[0]}–{r.years.at(-1)}), imported{" "}
                {date(r.importedAt)}
                {r.supersededAt ? `; superseded ${date(r.supersededAt)}, kept as history` : "; current"}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm">None yet.</p>
        )}
      </section>
    </div>
  );
}
