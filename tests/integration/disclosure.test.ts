// Disclosure control in public releases on a real database (both kinds): the
// demo's public release gives no small number away by subtracting a part from
// its whole, this month or last; a small total's breakdown loaded afterwards
// shows none of its shares; and releases published from generated catalogues
// (relations declared in the catalogue file, small counts loaded) give nothing
// back to an attacker working with sums and differences.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { authorities, scorecardApprovals } from "@/db/schema";
import { createSnapshotDraft, publishSnapshot } from "@/lib/actions/snapshots/papers";
import { importFile } from "@/lib/import/apply";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { loadPaper } from "@/lib/snapshots/load-paper";
import { withDemoDb } from "../support/demo";
import { attacker, build, catalogueArbitrary, isSmall, MONTHS, type Generated } from "../support/disclosure-property";

const { handle, people, demo } = withDemoDb(["manager"]);

async function publicView(id: number) {
  const stored = (await snapshotContent({ db: handle.db, id }))!;
  const thread = await snapshotThread({ db: handle.db, id });
  return loadPaper({ db: handle.db, stored, previousId: thread.previousId, audience: "public" });
}
const rowOf = (view: Awaited<ReturnType<typeof publicView>>["view"], code: string) => view.sections.flatMap((s) => s.rows).find((r) => r.code === code)!;

/** Publishes a paper of `services` for `period` with a public release (the scorecards approved first). */
async function publishRelease(period: string, services: string[], title: string): Promise<number> {
  const [authority] = await handle.db.select({ id: authorities.id }).from(authorities);
  for (const serviceKey of services) {
    await handle.db.insert(scorecardApprovals).values({ authorityId: authority.id, serviceKey, period, approvedBy: people.manager.id }).onConflictDoNothing();
  }
  const draft = await createSnapshotDraft({ db: handle.db, actor: people.manager }, { boardId: 1, title, meetingDate: "2020-09-20", period, services, publicRelease: true });
  if (!draft.ok) throw new Error(draft.message);
  const published = await publishSnapshot({ db: handle.db, actor: people.manager }, { snapshotId: draft.data.id, publicTextReason: "Numbers in the indicators' standard titles." });
  if (!published.ok) throw new Error(published.message);
  return draft.data.id;
}

describe("the demo's public release", () => {
  it("shows neither CP2 and CP4 (val) both as numbers 1 to 5 apart, nor CP4 as a percentage of them, this month or last", async () => {
    const { view, threshold } = await publicView(demo.snapshotId);
    expect(threshold).toBe(5);
    const whole = rowOf(view, "CP2");
    const part = rowOf(view, "CP4 (val)");
    const pct = rowOf(view, "CP4");
    for (const key of ["value", "previous"] as const) {
      const [w, p] = [whole[key], part[key]];
      if (typeof w === "number" && typeof p === "number") expect(isSmall(w - p, threshold)).toBe(false);
      expect(typeof pct[key]).not.toBe("number");
    }
    // the charts and their tables beside them agree
    for (const chart of [...view.featured, ...view.themes.flatMap((t) => t.charts)].filter((c) => c.code === "CP4")) {
      expect(chart.points.filter((p) => p.period >= "2020-03").map((p) => p.text)).toEqual(["c", "c"]);
    }
  });
});

describe("a small total's breakdown loaded for a month", () => {
  it("shows none of EH3a–e% as a percentage when five assessments split 1/2/1/0/1", async () => {
    const values = ["indicator,period,value", "EH3,2020-06,5", "EH3a%,2020-06,20", "EH3b%,2020-06,40", "EH3c%,2020-06,20", "EH3d%,2020-06,0", "EH3e%,2020-06,20"];
    expect((await importFile({ db: handle.db, kind: "values", text: `${values.join("\n")}\n`, file: "eh3-june.csv" })).ok).toBe(true);
    const id = await publishRelease("2020-06", ["assessment"], "Assessments: June 2020");
    const { view } = await publicView(id);
    expect(rowOf(view, "EH3").value).toBe("c");
    for (const code of ["EH3a%", "EH3b%", "EH3c%", "EH3d%", "EH3e%"]) {
      const row = rowOf(view, code);
      expect([code, row.value, row.rag]).toEqual([code, "c", "c"]);
    }
  });
});

describe("releases published from generated catalogues", () => {
  let run = 0;
  /** Loads a generated catalogue (codes made unique to the run) and its figures into care-leavers. */
  async function load(g: Generated, prefix: string) {
    const code = (c: string) => `${prefix}${c}`;
    const catalogue = g.entries.map((e) => [code(e.code), `Generated ${code(e.code)}`, "care-leavers", "info", e.unit, e.unit === "count" ? "sum" : "point", e.partOf ? code(e.partOf) : ""]);
    const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[,"]/.test(c) ? `"${c}"` : c)).join(",")).join("\n") + "\n";
    const loaded = await importFile({ db: handle.db, kind: "indicators", text: csv([["code", "title", "service", "polarity", "unit", "aggregation", "part_of"], ...catalogue]), file: `${prefix}i.csv` });
    expect(loaded.ok).toBe(true);
    const values = g.entries.flatMap((e) => MONTHS.map((p, m) => [code(e.code), p, String(g.figures.get(e.code)![m] ?? "")]).filter((r) => r[2] !== ""));
    expect((await importFile({ db: handle.db, kind: "values", text: csv([["indicator", "period", "value"], ...values]), file: `${prefix}v.csv` })).ok).toBe(true);
  }

  it("give back no small number and no suppressed count by any sum or difference of what they show", async () => {
    await fc.assert(
      fc.asyncProperty(catalogueArbitrary, async (wholes) => {
        run += 1;
        const prefix = `G${run}`;
        const g = build(wholes);
        await load(g, prefix);
        const id = await publishRelease(MONTHS.at(-1)!, ["care-leavers"], `Generated release ${run}`);
        const { view, threshold } = await publicView(id);
        const rows = new Map(view.sections.flatMap((s) => s.rows).filter((r) => r.code.startsWith(prefix)).map((r) => [r.code.slice(prefix.length), r]));
        // what the release shows of each generated figure, this month and last
        const shown = new Map(
          [...rows].map(([c, r]) => [c, { series: [{ period: MONTHS[1], value: r.previous as never }, { period: MONTHS[2], value: r.value as never }], ytd: "c" as const }]),
        );
        for (const [c, r] of rows) {
          if (g.entries.find((e) => e.code === c)!.unit !== "count") continue;
          for (const v of [r.value, r.previous]) if (typeof v === "number") expect(isSmall(v, threshold)).toBe(false);
        }
        const known = attacker(g, shown);
        for (const [key, value] of known) expect({ key, small: isSmall(value, threshold) }).toMatchObject({ small: false });
      }),
      { numRuns: 4 },
    );
  }, 300_000);
});
