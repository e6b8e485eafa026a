// Benchmark of the DfE benchmarks: importing la_care_leavers_activity.csv for
// an indicator into the embedded database (PGlite, in memory), then computing
// every benchmark of every year for every authority of the 2021 model from the
// stored figures. Prints timings; never asserts.
//
//   node --conditions=react-server --import tsx bench/benchmarks.ts
//
// The files are read from tests/fixtures/dfe (trimmed copies; see SOURCES.md
// there), or from BENCH_DFE_DIR: point it at a folder holding the full DfE
// release (3.3 MB, 20,040 rows) for the published figures. The aim: seconds,
// ≤ 10 s on the embedded database with the full release.
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const DFE = process.env.BENCH_DFE_DIR ?? path.resolve(import.meta.dirname, "../tests/fixtures/dfe");
const ACTIVITY = "la_care_leavers_activity.csv";
const MODEL = "New_Statistical_Neighbour_Groupings_April_2021.csv";

async function main() {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { eq } = await import("drizzle-orm");
  const schema = await import("../db/schema");
  const { migrateDb } = await import("../db/migrate");
  const { importModel, setAuthority } = await import("../lib/actions/benchmarks/model");
  const { importMeasure, runStep } = await import("../lib/actions/benchmarks/store");
  const { releaseFigures } = await import("../lib/actions/benchmarks/recompute");
  const { byYear, computeBenchmarks } = await import("../lib/benchmarks/compute");
  const { subjectFor, parseModelFile } = await import("../lib/benchmarks/model");

  const client = await PGlite.create();
  const db = drizzle(client, { schema }) as never as import("../db/client").Db;
  await migrateDb({ db, kind: "pglite", location: "memory", close: async () => {} });
  const [authority] = await db.select({ id: schema.authorities.id }).from(schema.authorities);
  await db.insert(schema.indicators).values({
    authorityId: authority.id,
    code: "CL-EET",
    title: "Care leavers aged 19 to 21 in education, employment or training",
    serviceKey: "care-leavers",
    polarity: "high",
    unit: "percent",
    aggregation: "point",
    decimals: 0,
  });
  const modelText = readFileSync(path.join(DFE, MODEL), "utf8");
  await runStep(db, null, (tx) => importModel(tx, { text: modelText, fileName: MODEL }, null));
  await runStep(db, null, (tx) => setAuthority(tx, { laCode: "330", model: "2021" }, null));
  const text = readFileSync(path.join(DFE, ACTIVITY), "utf8");

  const t0 = performance.now();
  const imported = await runStep(db, null, (tx) => importMeasure(tx, { text, fileName: ACTIVITY, indicator: "CL-EET", mapping: "care-leavers-eet-19-21" }, null));
  const t1 = performance.now();

  // every benchmark for every authority of the model, from the stored figures
  const [release] = await db.select({ id: schema.benchmarkReleases.id }).from(schema.benchmarkReleases).where(eq(schema.benchmarkReleases.kind, "measure"));
  const figures = (await db.transaction((tx) => releaseFigures(tx, [release.id]))).get(release.id)!;
  const model = parseModelFile(modelText, MODEL);
  if (!model.ok) throw new Error("model file did not read");
  const grouped = byYear(figures);
  let computed = 0;
  for (const a of model.model.authorities) {
    const subject = subjectFor(model.model, a.code)!;
    for (const year of grouped.years) {
      computeBenchmarks({ ...subject, regionCode: null }, { year, figures: grouped.figuresOf(year), inRelease: grouped.inRelease }, "high");
      computed++;
    }
  }
  const t2 = performance.now();
  await client.close();

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`file: ${ACTIVITY} (${(text.length / 1e6).toFixed(1)} MB, ${text.split("\n").length - 2} rows)`);
  console.log(`import (read, check, store ${imported.figures} figures, compute ${imported.recomputed} years for the authority): ${s(t1 - t0)}`);
  console.log(`every benchmark for all ${model.model.authorities.length} authorities × ${grouped.years.length} years (${computed} results): ${s(t2 - t1)}`);
  console.log(`total: ${s(t2 - t0)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
