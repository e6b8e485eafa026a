// The statistical-neighbour steps of benchmarks: importing a model, and
// setting the authority (its code and the model its benchmarks use). Shared
// by the page's actions (./core.ts) and the CLI, as ./store.ts is.
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { authorities, benchmarkAuthority, snModelAuthorities, snModelNeighbours, snModels } from "@/db/schema";
import { modelNameFromFile, parseModelFile } from "@/lib/benchmarks/model";
import { recomputeFormulaValues } from "@/lib/import/formulas";
import { requireAuthority } from "@/lib/queries/authority";
import { recomputeBenchmarks } from "./recompute";
import { fillAuthorityFromFigures, refuse, refuseFile, type Step } from "./store";

const BATCH = 1000;

export async function importModel(
  tx: Tx,
  input: { text: string; fileName: string; name?: string | null },
  actorId: string | null,
): Promise<Step<{ name: string; authorities: number; recomputed: number }>> {
  const parsed = parseModelFile(input.text, input.fileName);
  if (!parsed.ok) refuseFile(input.fileName, parsed.errors);
  const name = (input.name ?? modelNameFromFile(input.fileName) ?? "").trim();
  if (!name) refuse(`${input.fileName}: give the model a name (--name, e.g. 2021): the file name has no year to name it by.`);
  const { model } = parsed;
  const [current] = await tx
    .select({ modelId: benchmarkAuthority.modelId, laCode: benchmarkAuthority.laCode })
    .from(benchmarkAuthority)
    .innerJoin(snModels, and(eq(snModels.id, benchmarkAuthority.modelId), eq(snModels.name, name)));
  if (current && !model.authorities.some((a) => a.code === current.laCode)) {
    refuse(`The authority is set up as ${current.laCode} with model ${name}, and this file has no authority ${current.laCode}: nothing was loaded.`);
  }
  const [row] = await tx
    .insert(snModels)
    .values({ name, shape: model.shape, fileName: input.fileName, importedBy: actorId })
    .onConflictDoUpdate({ target: snModels.name, set: { shape: model.shape, fileName: input.fileName, importedBy: actorId, importedAt: sql`now()` } })
    .returning({ id: snModels.id });
  await tx.delete(snModelNeighbours).where(eq(snModelNeighbours.modelId, row.id));
  await tx.delete(snModelAuthorities).where(eq(snModelAuthorities.modelId, row.id));
  await tx.insert(snModelAuthorities).values(model.authorities.map((a) => ({ modelId: row.id, laCode: a.code, name: a.name, region: a.region })));
  const neighbours = model.authorities.flatMap((a) =>
    a.neighbours.map((n, i) => ({ modelId: row.id, laCode: a.code, position: i + 1, neighbourCode: n.code, closeness: n.closeness })),
  );
  for (let i = 0; i < neighbours.length; i += BATCH) await tx.insert(snModelNeighbours).values(neighbours.slice(i, i + BATCH));
  const recomputed = current ? (await recomputeBenchmarks(tx)).years : 0;
  return {
    data: { name, authorities: model.authorities.length, recomputed },
    audit: [
      {
        action: "benchmarks.model",
        entityType: "sn_model",
        entityId: String(row.id),
        summary: `Imported statistical-neighbour model ${name} from ${input.fileName}: ${model.authorities.length} authorities`,
        after: { name, fileName: input.fileName, authorities: model.authorities.length },
      },
    ],
  };
}

export async function setAuthority(
  tx: Tx,
  input: { laCode: string; model: string },
  actorId: string | null,
): Promise<Step<{ name: string; laCode: string; model: string; neighbours: { code: string; name: string; closeness: string | null }[]; recomputed: number }>> {
  const [model] = await tx.select({ id: snModels.id, name: snModels.name }).from(snModels).where(eq(snModels.name, input.model.trim()));
  if (!model) {
    const known = (await tx.select({ name: snModels.name }).from(snModels).orderBy(asc(snModels.name))).map((m) => m.name);
    refuse(`--model: no statistical-neighbour model called "${input.model}" has been imported${known.length ? ` (imported: ${known.join(", ")})` : "; import one first with benchmarks import-model FILE"}.`);
  }
  const code = input.laCode.trim();
  const [authority] = await tx
    .select()
    .from(snModelAuthorities)
    .where(and(eq(snModelAuthorities.modelId, model.id), eq(snModelAuthorities.laCode, code)));
  if (!authority) refuse(`--la-code: "${code}" is not an authority of model ${model.name} (give the old three-digit LA code, e.g. 330 for Birmingham).`);
  const neighbours = await tx
    .select({ code: snModelNeighbours.neighbourCode, name: snModelAuthorities.name, closeness: snModelNeighbours.closeness })
    .from(snModelNeighbours)
    .innerJoin(snModelAuthorities, and(eq(snModelAuthorities.modelId, snModelNeighbours.modelId), eq(snModelAuthorities.laCode, snModelNeighbours.neighbourCode)))
    .where(and(eq(snModelNeighbours.modelId, model.id), eq(snModelNeighbours.laCode, code)))
    .orderBy(asc(snModelNeighbours.position));
  const own = await requireAuthority({ db: tx });
  const [before] = await tx.select().from(benchmarkAuthority).where(eq(benchmarkAuthority.authorityId, own.id));
  const values = { authorityId: own.id, modelId: model.id, laCode: code, name: authority.name, region: authority.region, setBy: actorId };
  await tx
    .insert(benchmarkAuthority)
    .values(values)
    .onConflictDoUpdate({
      target: benchmarkAuthority.authorityId,
      set: { ...values, newLaCode: before?.laCode === code ? before.newLaCode : null, setAt: sql`now()` },
    });
  await tx
    .update(authorities)
    .set({ name: authority.name, laCode: code, statisticalNeighbours: neighbours.map((n) => ({ code: n.code, name: n.name })) })
    .where(eq(authorities.id, own.id));
  await fillAuthorityFromFigures(tx);
  await recomputeFormulaValues(tx, { actorId });
  const { years } = await recomputeBenchmarks(tx);
  return {
    data: { name: authority.name, laCode: code, model: model.name, neighbours, recomputed: years },
    audit: [
      {
        action: "benchmarks.authority",
        entityType: "authority",
        entityId: String(own.id),
        summary: `Set the authority to ${code} ${authority.name} with statistical-neighbour model ${model.name}`,
        before: before ? { laCode: before.laCode, modelId: before.modelId, name: own.name } : { name: own.name, laCode: own.laCode },
        after: { laCode: code, model: model.name, name: authority.name, neighbours: neighbours.map((n) => n.code) },
      },
    ],
  };
}

