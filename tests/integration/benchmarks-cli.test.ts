// `npm run lantern -- benchmarks …` in a child process, as a script or CI runs
// it: exit codes, messages, and `show --json` printing exactly the document
// documented in docs/domain.md (figures worked out by hand in tests/unit/benchmarks).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { M6_SHROPSHIRE_2024 } from "../support/benchmarks";
import { runLantern, seededCliEnv } from "../support/cli";

const DFE = path.resolve(import.meta.dirname, "../fixtures/dfe");
const env = seededCliEnv("lantern-bench-cli-");
const dataDir = () => env.LANTERN_DATA_DIR!;

const lantern = (...args: string[]) => runLantern(["benchmarks", ...args], env);

describe("lantern benchmarks", () => {
  it("sets up the authority from the model and prints the benchmarks as the documented JSON", async () => {
    let r = await lantern("import-model", path.join(DFE, "New_Statistical_Neighbour_Groupings_April_2021.csv"));
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Imported statistical-neighbour model 2021: 156 authorities.");
    r = await lantern("set-authority", "--la-code", "893", "--model", "2021");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^The authority is 893 Shropshire \(model 2021\)\. Neighbours: 878 Devon, 884 Herefordshire, /);
    r = await lantern("import", path.join(DFE, "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"), "--indicator", "M6-QL", "--measure", "rereferral_percent", "--save-as", "rereferrals");
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Computed benchmarks for 13 years.");
    r = await lantern("show", "--indicator", "M6-QL", "--year", "2024", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      ...M6_SHROPSHIRE_2024,
      snLeftOut: [
        { code: "884", name: "Herefordshire", symbol: "u", reason: "low reliability (u)" },
        {
          code: "909",
          name: "Cumbria",
          symbol: null,
          reason: "not in this year's data (the authority no longer exists or did not yet exist: abolished, merged or new)",
        },
      ],
      nationalLeftOut: [
        { code: "201", name: "City of London", symbol: "c", reason: "suppressed (c): a small number, withheld to protect confidentiality" },
        { code: "420", name: "Isles of Scilly", symbol: "c", reason: "suppressed (c): a small number, withheld to protect confidentiality" },
        { code: "850", name: "Hampshire", symbol: "u", reason: "low reliability (u)" },
        { code: "884", name: "Herefordshire, County of", symbol: "u", reason: "low reliability (u)" },
      ],
    });
    // the text lists every authority left out, nationally and among the neighbours, with its symbol
    r = await lantern("show", "--indicator", "M6-QL", "--year", "2024");
    expect(r.stdout).toContain("  Neighbours left out: \n    884 Herefordshire [u]: low reliability (u)\n    909 Cumbria: not in this year's data");
    expect(r.stdout).toContain("  Left out nationally (149 with a figure): \n    201 City of London [c]: suppressed (c)");
  }, 180_000);

  it("reuses a saved mapping by name", async () => {
    const r = await lantern("import", path.join(DFE, "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"), "--indicator", "M6-QL", "--mapping", "rereferrals");
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/for M6-QL \(mapping rereferrals; a percentage for a year\): .*supersedes release \d+, kept as history/);
  }, 60_000);

  it("refuses bad input with exit 1 and every error", async () => {
    const bad = path.join(dataDir(), "model.csv");
    fs.writeFileSync(bad, "old_la_code,la_name,region_ind,region_name,SN_1,SN_1P\n301,A,3,London,302,Close\n302,B,3,London,999,Close\n");
    let r = await lantern("import-model", bad);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      'model.csv:3:5: neighbour "999" of 302 B is not an authority of this model',
      "1 error in model.csv: nothing was loaded.",
    ]);
    r = await lantern("set-authority", "--la-code", "999", "--model", "2021");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--la-code: "999" is not an authority of model 2021/);
    r = await lantern("show", "--indicator", "M6-QL", "--year", "1999", "--json");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No benchmarks for M6-QL in 1999: the years computed are 2013, 2014/);
    r = await lantern("import", "x.csv", "--indicator", "M6-QL");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("give either --mapping NAME or --measure COLUMN");
  }, 120_000);

  it("on the demo authority (852, model 2021): April 2020 is compared with 2019/20 at the latest, and a monthly count is never set beside a year's", async () => {
    let r = await lantern("set-authority", "--la-code", "852", "--model", "2021");
    expect(r.code).toBe(0);
    r = await lantern("import", path.join(DFE, "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"), "--indicator", "M2", "--measure", "referral_count");
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("M2 is a monthly count; the DfE figure is a count for a year: compare a rolling 12-month count indicator instead. Nothing was loaded.");
    const scorecard = await runLantern(["scorecard", "--period", "2020-04", "--json"], env);
    expect(scorecard.code).toBe(0);
    const rows = (JSON.parse(scorecard.stdout) as { rows: { code: string; benchmarkComparisons: { year: string; source?: string }[] }[] }).rows;
    const computed = rows.flatMap((row) => row.benchmarkComparisons).filter((b) => b.source);
    expect(computed.length).toBeGreaterThan(0);
    const years = new Set(rows.flatMap((row) => row.benchmarkComparisons.map((b) => b.year)));
    expect([...years].sort()).toEqual(["2018/19", "2019/20"]);
  }, 180_000);
});
