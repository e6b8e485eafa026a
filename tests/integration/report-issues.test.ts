// The monthly report's issues on a real database (PGlite, and PostgreSQL with
// LANTERN_TEST_DB=postgres): the demo's approved April 2020 is its first issue; a
// revised March figure makes a second issue with "M1 March 2020: 1,198 → 1,210" and
// who loaded it; the first issue keeps its figures; an issue never changes; a draft
// month has none; two readers at once keep one issue.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reportIssues, users } from "@/db/schema";
import { currentDataVersion } from "@/lib/data-version";
import { importFile } from "@/lib/import/apply";
import { monthlyReportFor } from "@/lib/queries/report";
import { reportIssue, reportIssuesFor } from "@/lib/queries/report-issues";
import { changeText } from "@/lib/report/issues";
import { withDemoDb } from "../support/demo";

const { handle } = withDemoDb();
const APRIL = "2020-04";

const live = async (period = APRIL) => monthlyReportFor({ db: handle.db, period, version: await currentDataVersion(handle.db) });
const m1In = (report: Awaited<ReturnType<typeof live>>, period: string) =>
  report.sections.flatMap((s) => s.rows).find((r) => r.code === "M1")!.twelve.find((m) => m.period === period)!;

describe("issues of the monthly report", () => {
  it("keeps the approved month as its first issue, once", async () => {
    const report = await live();
    expect(report.approved).toBe(true);
    const first = await reportIssuesFor({ db: handle.db, report });
    expect(first.current).toMatchObject({ issue: 1, changes: [] });
    const again = await reportIssuesFor({ db: handle.db, report: await live() });
    expect(again.all.map((i) => i.issue)).toEqual([1]);
  });

  it("makes a second issue when a figure is revised, naming the figure, old → new, who loaded it and when", async () => {
    const [admin] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "admin@lantern.example"));
    const revised = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM1,2020-03,1210\n", file: "m1-march.csv", actorId: admin.id });
    expect(revised.ok).toBe(true);
    const report = await live();
    expect(m1In(report, "2020-03").text).toBe("1,210");
    const { current, all } = await reportIssuesFor({ db: handle.db, report });
    expect(all.map((i) => i.issue)).toEqual([2, 1]);
    expect(current?.issue).toBe(2);
    const figure = current!.changes.find((c) => c.kind === "figure");
    expect(figure).toMatchObject({ code: "M1", period: "2020-03", from: "1,198", to: "1,210", loadedBy: "Alex Admin", file: "m1-march.csv" });
    expect(changeText(figure!)).toBe("M1 March 2020: 1,198 → 1,210");
    expect(current!.changes.filter((c) => c.kind === "figure")).toHaveLength(1);
    // the first issue keeps the figures it was issued with
    const one = await reportIssue({ db: handle.db, period: APRIL, issue: 1 });
    expect(m1In(one!.content, "2020-03").text).toBe("1,198");
  });

  it("never changes a kept issue", async () => {
    const refused = await handle.db
      .update(reportIssues)
      .set({ digest: "changed" })
      .where(and(eq(reportIssues.period, APRIL), eq(reportIssues.issue, 1)))
      .then(
        () => "updated",
        (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
      );
    expect(refused).toContain("kept as issued and cannot change");
  });

  it("keeps no issue of a month not yet approved: it is a draft", async () => {
    const may = await live("2020-05");
    expect(may.approved).toBe(false);
    const issues = await reportIssuesFor({ db: handle.db, report: may });
    expect(issues).toEqual({ current: null, all: [] });
  });

  it("keeps one new issue when two readers find the same change at once", async () => {
    expect((await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM1,2020-02,1130\n", file: "m1-feb.csv" })).ok).toBe(true);
    const report = await live();
    const [a, b] = await Promise.all([reportIssuesFor({ db: handle.db, report }), reportIssuesFor({ db: handle.db, report })]);
    expect(a.current?.issue).toBe(3);
    expect(b.current?.issue).toBe(3);
    const rows = await handle.db.select({ issue: reportIssues.issue }).from(reportIssues).where(eq(reportIssues.period, APRIL));
    expect(rows.map((r) => r.issue).sort()).toEqual([1, 2, 3]);
  });
});
