// `npm run lantern -- benchmarks …`: benchmarks computed from the DfE's open
// data. Each subcommand runs the same steps as /admin/benchmarks
// (lib/actions/benchmarks/store.ts) in one transaction with its audit event.
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { DbHandle } from "@/db/client";
import { describeKind } from "@/lib/benchmarks/kind";
import { READY_MAPPINGS } from "@/lib/benchmarks/mappings";
import { importModel, setAuthority } from "@/lib/actions/benchmarks/model";
import { importMeasure, importPopulation, runStep } from "@/lib/actions/benchmarks/store";
import { ActionRefusal } from "@/lib/actions/result";
import { benchmarkFor, showDocument } from "@/lib/queries/benchmark-show";
import { benchmarkFigure, rateSourceText } from "@/lib/benchmarks/words";
import { BASES, UNITS, type Basis, type Unit } from "@/lib/figures/vocabulary";

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };
type Prepared = (handle: DbHandle, out: Out) => Promise<void>;
type BadInputClass = new (lines: string[]) => Error;

export const BENCHMARKS_USAGE = `  benchmarks import-model FILE [--name NAME]
                                            import a statistical-neighbour model (2021 groupings or 2025 wide file)
  benchmarks import-population FILE         import the ONS mid-year 0–17 population estimates
  benchmarks set-authority --la-code CODE --model NAME
                                            set the authority (old LA code) and the model its benchmarks use
  benchmarks import FILE --indicator CODE (--mapping NAME | --measure COLUMN [--where COLUMN=VALUE ...]
            [--per-10k] [--unit UNIT] [--basis BASIS] [--save-as NAME]) [--tolerance N]
                                            import an EES local-authority file for an indicator and compute its benchmarks;
                                            refused when the measure's unit or basis is not the indicator's
  benchmarks mappings                       list the ready-made mappings
  benchmarks show --indicator CODE --year YYYY [--json]
                                            print an indicator's benchmarks for a year`;

const SUBCOMMANDS = ["import-model", "import-population", "set-authority", "import", "mappings", "show"];

export function benchmarksCommand(args: string[], BadInput: BadInputClass): Prepared {
  const [sub, ...rest] = args;
  const parse = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw new BadInput([(error as Error).message]);
    }
  };
  /** a step's refusal is bad input (exit 1): its errors, then its summary */
  const step = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ActionRefusal) throw new BadInput([...((error.details as { errors?: string[] })?.errors ?? []), error.message]);
      throw error;
    }
  };
  const readFile = async (file: string) => {
    try {
      return await fs.readFile(file, "utf8");
    } catch {
      throw new BadInput([`${file}: cannot read the file (check the path).`]);
    }
  };
  const oneFile = (positionals: string[], usage: string) => {
    if (positionals.length !== 1) throw new BadInput([`Usage: npm run lantern -- benchmarks ${usage}`]);
    return positionals[0];
  };

  switch (sub) {
    case "import-model": {
      const { values, positionals } = parse(() => parseArgs({ args: rest, strict: true, allowPositionals: true, options: { name: { type: "string" } } }));
      const file = oneFile(positionals, "import-model FILE [--name NAME]");
      return async ({ db }, out) => {
        const text = await readFile(file);
        const r = await step(() => runStep(db, null, (tx) => importModel(tx, { text, fileName: path.basename(file), name: values.name }, null)));
        out.stdout(`Imported statistical-neighbour model ${r.name}: ${r.authorities} authorities.${r.recomputed ? ` Recomputed ${r.recomputed} indicator-years.` : ""}`);
      };
    }
    case "import-population": {
      const { positionals } = parse(() => parseArgs({ args: rest, strict: true, allowPositionals: true, options: {} }));
      const file = oneFile(positionals, "import-population FILE");
      return async ({ db }, out) => {
        const text = await readFile(file);
        const r = await step(() => runStep(db, null, (tx) => importPopulation(tx, { text, fileName: path.basename(file) }, null)));
        out.stdout(`Imported 0–17 populations for ${r.years[0]}–${r.years.at(-1)}: ${r.figures} figures.${r.recomputed ? ` Recomputed ${r.recomputed} indicator-years.` : ""}`);
      };
    }
    case "set-authority": {
      const { values } = parse(() => parseArgs({ args: rest, strict: true, options: { "la-code": { type: "string" }, model: { type: "string" } } }));
      const errors = [];
      if (!values["la-code"]) errors.push("--la-code: give the authority's old three-digit LA code, e.g. --la-code 330");
      if (!values.model) errors.push("--model: give the model's name, e.g. --model 2021");
      if (errors.length) throw new BadInput(errors);
      return async ({ db }, out) => {
        const r = await step(() => runStep(db, null, (tx) => setAuthority(tx, { laCode: values["la-code"]!, model: values.model! }, null)));
        out.stdout(`The authority is ${r.laCode} ${r.name} (model ${r.model}). Neighbours: ${r.neighbours.map((n) => `${n.code} ${n.name}`).join(", ")}.`);
        if (r.recomputed) out.stdout(`Recomputed ${r.recomputed} indicator-years.`);
      };
    }
    case "import": {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: rest,
          strict: true,
          allowPositionals: true,
          options: {
            indicator: { type: "string" },
            mapping: { type: "string" },
            measure: { type: "string" },
            where: { type: "string", multiple: true },
            "per-10k": { type: "boolean" },
            tolerance: { type: "string" },
            "save-as": { type: "string" },
            unit: { type: "string" },
            basis: { type: "string" },
          },
        }),
      );
      const file = oneFile(positionals, "import FILE --indicator CODE (--mapping NAME | --measure COLUMN [--where COLUMN=VALUE ...])");
      const errors: string[] = [];
      if (!values.indicator) errors.push("--indicator: give the indicator's code, e.g. --indicator LAC1");
      if (!values.mapping === !values.measure) errors.push("give either --mapping NAME or --measure COLUMN (with any --where COLUMN=VALUE)");
      if (values.mapping && (values.where?.length || values["per-10k"] || values["save-as"] || values.unit || values.basis)) {
        errors.push("--where, --per-10k, --unit, --basis and --save-as go with --measure, not with --mapping");
      }
      if (values.unit && !(UNITS as readonly string[]).includes(values.unit)) errors.push(`--unit: give one of ${UNITS.join(", ")}`);
      if (values.basis && !(BASES as readonly string[]).includes(values.basis)) errors.push(`--basis: give one of ${BASES.join(", ")}`);
      const where: Record<string, string> = {};
      for (const w of values.where ?? []) {
        const at = w.indexOf("=");
        if (at <= 0) errors.push(`--where ${JSON.stringify(w)}: write it as COLUMN=VALUE`);
        else where[w.slice(0, at).trim()] = w.slice(at + 1).trim();
      }
      let tolerance: number | null = null;
      if (values.tolerance !== undefined) {
        tolerance = Number(values.tolerance);
        if (!Number.isFinite(tolerance) || tolerance < 0) errors.push("--tolerance: give a number of 0 or more");
      }
      if (errors.length) throw new BadInput(errors);
      return async ({ db }, out) => {
        const text = await readFile(file);
        const input = {
          text,
          fileName: path.basename(file),
          indicator: values.indicator!,
          mapping: values.mapping,
          measure: values.measure,
          where,
          per10k: !!values["per-10k"],
          tolerance,
          saveAs: values["save-as"],
          unit: (values.unit as Unit | undefined) ?? null,
          basis: (values.basis as Basis | undefined) ?? null,
        };
        const r = await step(() => runStep(db, null, (tx) => importMeasure(tx, input, null)));
        if (r.note) out.stdout(r.note);
        out.stdout(
          `Loaded ${input.fileName} for ${r.indicator} (mapping ${r.mapping}; ${r.kind}): ${r.figures} figures, ${r.years[0]}–${r.years.at(-1)}${r.supersedes ? `; supersedes release ${r.supersedes}, kept as history` : ""}.`,
        );
        out.stdout(r.recomputed ? `Computed benchmarks for ${r.recomputed} years.` : "Benchmarks are computed once the authority is set (benchmarks set-authority).");
      };
    }
    case "mappings": {
      if (rest.length) throw new BadInput(["benchmarks mappings takes no arguments"]);
      return async (_handle, out) => {
        for (const m of READY_MAPPINGS) {
          const where = Object.entries(m.where).map(([k, v]) => ` --where "${k}=${v}"`).join("");
          out.stdout(`${m.name}\n  ${m.title} (${describeKind(m)})\n  ${m.file}: --measure ${m.measure}${where}${m.per10k ? " --per-10k" : ""}`);
        }
      };
    }
    case "show": {
      const { values } = parse(() => parseArgs({ args: rest, strict: true, options: { indicator: { type: "string" }, year: { type: "string" }, json: { type: "boolean" } } }));
      const errors: string[] = [];
      if (!values.indicator) errors.push("--indicator: give the indicator's code");
      if (!values.year || !/^\d{4}(\d{2})?$/.test(values.year)) errors.push("--year: give the year as in the DfE file, e.g. --year 2024 (the year to 31 March 2024)");
      if (errors.length) throw new BadInput(errors);
      return async ({ db }, out) => {
        const { found, years, indicatorExists, computed } = await benchmarkFor({ db, code: values.indicator!, year: values.year! });
        if (!indicatorExists) throw new BadInput([`--indicator: no indicator has the code "${values.indicator}".`]);
        if (!found) {
          throw new BadInput([
            computed
              ? `No benchmarks for ${values.indicator} in ${values.year}: the years computed are ${years.join(", ")}.`
              : `No benchmarks for ${values.indicator}: import a DfE file for it (benchmarks import) and set the authority (benchmarks set-authority).`,
          ]);
        }
        const doc = showDocument(found);
        if (values.json) return out.stdout(JSON.stringify(doc, null, 2));
        // rounded as the pages show them
        const n = (v: number | null) => (v === null ? "–" : benchmarkFigure(v));
        out.stdout(`${doc.indicator} ${found.yearLabel} (model ${doc.model}, ${found.fileName})`);
        if (doc.rateFrom) out.stdout(`  Rates per 10,000: ${rateSourceText(doc.rateFrom)}; the file publishes no rate.`);
        out.stdout(`  ${doc.authority.name} (${doc.authority.code}): ${n(doc.authority.value)}`);
        out.stdout(`  England ${n(doc.england)}; ${doc.region.name ?? "region"} ${n(doc.region.value)}`);
        out.stdout(`  SN average ${n(doc.snAverage)} (${doc.snWithData} with data), median ${n(doc.snMedian)}, best ${n(doc.snBest)}; top quartile ${n(doc.topQuartile)}`);
        out.stdout(`  Rank ${doc.rankAll ? `${doc.rankAll.rank} of ${doc.rankAll.of}` : "–"} nationally, ${doc.rankSn ? `${doc.rankSn.rank} of ${doc.rankSn.of}` : "–"} among neighbours`);
        const listed = (l: (typeof doc.snLeftOut)[number]) => `${l.code} ${l.name}${l.symbol && l.symbol !== "blank" && l.symbol !== "no_population" ? ` [${l.symbol}]` : ""}: ${l.reason}`;
        out.stdout(`  Neighbours left out: ${doc.snLeftOut.length ? "" : "none"}`);
        for (const l of doc.snLeftOut) out.stdout(`    ${listed(l)}`);
        out.stdout(`  Left out nationally (${doc.nationalWithData} with a figure): ${doc.nationalLeftOut.length ? "" : "none"}`);
        for (const l of doc.nationalLeftOut) out.stdout(`    ${listed(l)}`);
      };
    }
    default:
      throw new BadInput([sub ? `Unknown benchmarks subcommand "${sub}": use one of ${SUBCOMMANDS.join(", ")}.` : `Usage:\n${BENCHMARKS_USAGE}`]);
  }
}
