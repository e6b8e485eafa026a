// A board paper with a cohort and a chosen breakdown dimension, on the
// database under test: the theme shows the one dimension the preparer chose
// (every one when none is chosen), the cohort's flow is frozen with the paper
// ("50 supported since …; 37 (74%) did not become looked after"), the public
// release shows small outcomes as `c` with one more hidden beside them, and a
// dimension not in the catalogue is refused under its theme's field.
import { describe, expect, it } from "vitest";
import { createSnapshotDraft, publishSnapshot } from "@/lib/actions/snapshots/papers";
import { savePublicText } from "@/lib/actions/snapshots/public-text";
import { importFile } from "@/lib/import/apply";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { loadPaper } from "@/lib/snapshots/load-paper";
import { withDemoDb } from "../support/demo";

const { handle, people } = withDemoDb(["manager"]);

async function viewOf(id: number, audience: "internal" | "public") {
  const stored = (await snapshotContent({ db: handle.db, id }))!;
  const thread = await snapshotThread({ db: handle.db, id });
  return (await loadPaper({ db: handle.db, stored, previousId: thread.previousId, audience })).view;
}

async function loadCohort() {
  const load = async (kind: "indicators" | "values" | "cohorts", text: string) => {
    const outcome = await importFile({ db: handle.db, kind, text, file: `${kind}.csv` });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  };
  await load("indicators", "code,title,service,polarity,unit,aggregation\nTEST-EOC,Test edge of care: supported since the start,lac,info,count,point\n");
  await load("values", "indicator,period,value\nTEST-EOC,2020-03,44\nTEST-EOC,2020-04,50\n");
  await load(
    "cohorts",
    [
      "cohort,period,outcome,value,within",
      "TEST-EOC,2020-04,Did not become looked after,37,",
      "TEST-EOC,2020-04,Child in need level,21,Did not become looked after",
      "TEST-EOC,2020-04,Child protection level,16,Did not become looked after",
      "TEST-EOC,2020-04,Became looked after,9,",
    ].join("\n"),
  );
}

const draftWith = (highlights: { theme: string; body: string; codes: string[]; dimension?: string }[]) =>
  createSnapshotDraft(
    { db: handle.db, actor: people.manager },
    { boardId: 1, title: "Edge of care: April 2020", meetingDate: "2020-06-20", period: "2020-04", services: ["lac"], highlights, publicRelease: true },
  );

describe("a paper's themes with a cohort and a chosen dimension", () => {
  it("refuses a dimension that is not in the catalogue, under the theme's field", async () => {
    const refused = await draftWith([{ theme: "Demand", body: "Looked after children.", codes: ["LAC1"], dimension: "shoe size" }]);
    const message = 'There is no breakdown by "shoe size": choose one from the list (/admin/breakdowns lists them).';
    expect(refused).toMatchObject({ ok: false, code: "invalid", message, fieldErrors: { "highlights.0.dimension": message } });
  });

  it("shows the chosen dimension only, and the cohort's flow frozen with the paper, in public with small outcomes as c", async () => {
    await loadCohort();
    const draft = await draftWith([
      { theme: "Demand", body: "Looked after children.", codes: ["LAC1"], dimension: "Gender" },
      { theme: "Edge of care", body: "Future for Families.", codes: ["TEST-EOC"] },
      { theme: "All breakdowns", body: "Every dimension.", codes: ["LAC1"] },
    ]);
    if (!draft.ok) throw new Error(draft.message);
    const approved = await savePublicText({ db: handle.db, actor: people.manager }, { snapshotId: draft.data.id, publicHighlights: [{ theme: "Edge of care", body: "Future for Families." }] });
    if (!approved.ok) throw new Error(approved.message);
    const published = await publishSnapshot({ db: handle.db, actor: people.manager }, { snapshotId: draft.data.id, publicTextReason: "Numbers in the indicators' standard titles." });
    if (!published.ok) throw new Error(published.message);

    const board = await viewOf(draft.data.id, "internal");
    const theme = (name: string) => board.themes.find((t) => t.theme === name)!;
    expect(theme("Demand").breakdowns.map((b) => b.view.dimension)).toEqual(["Gender"]);
    expect(theme("All breakdowns").breakdowns.length).toBeGreaterThan(1);
    const [cohort] = theme("Edge of care").cohorts;
    expect(cohort.code).toBe("TEST-EOC");
    expect(cohort.view.sentence).toBe("50 in the group since April 2020; 37 (74%) did not become looked after; 9 (18%) became looked after.");
    expect(cohort.view.rows.map((r) => [r.label, r.value])).toEqual([
      ["In the group", 50],
      ["Did not become looked after", 37],
      ["Child in need level", 21],
      ["Child protection level", 16],
      ["Became looked after", 9],
      ["Outcome not yet known", 4],
    ]);

    const pub = await viewOf(draft.data.id, "public");
    const [publicCohort] = pub.themes.find((t) => t.theme === "Edge of care")!.cohorts;
    // 4 not yet known is small; the smallest other part of the group (9) is hidden with it
    expect(publicCohort.view.rows.map((r) => [r.label, r.value])).toEqual([
      ["In the group", 50],
      ["Did not become looked after", 37],
      ["Child in need level", 21],
      ["Child protection level", 16],
      ["Became looked after", "c"],
      ["Outcome not yet known", "c"],
    ]);
    expect(publicCohort.view.sentence).toBe("50 in the group since April 2020; 37 (74%) did not become looked after.");
  });
});
