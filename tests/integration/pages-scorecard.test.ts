// The page read models on a real database (PGlite, and PostgreSQL in CI):
// how many SQL statements a service scorecard costs, the view parameters,
// the overview cards and the indicator page.
import { describe, expect, it } from "vitest";
import { and, eq, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { indicators, indicatorValues, scorecardApprovals, users } from "@/db/schema";
import { importFile } from "@/lib/import/apply";
import { indicatorPageFor } from "@/lib/queries/indicator";
import { overviewFor } from "@/lib/queries/overview";
import { scorecardFor } from "@/lib/queries/scorecard";
import { filterRows, parseScorecardView, significantChanges, sortRows } from "@/lib/views/scorecard-view";
import { TEST_DB_KIND } from "../support/db";
import { withDemoDb } from "../support/demo";

const { handle } = withDemoDb();

/** The same database through a Drizzle instance that records every statement it sends. */
async function countingDb(): Promise<{ db: Db; statements: string[] }> {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => statements.push(query) };
  const client = (handle.db as unknown as { $client: unknown }).$client;
  const { drizzle } =
    TEST_DB_KIND === "postgres" ? await import("drizzle-orm/postgres-js") : await import("drizzle-orm/pglite");
  const db = (drizzle as (client: unknown, config: object) => unknown)(client, { schema, logger }) as Db;
  return { db, statements };
}

describe("a service scorecard's cost in SQL", () => {
  // six, whatever the number of rows: the targets and bands by year
  // (indicator_band_sets) are one more set-based read
  it("is at most six statements, however many indicators the service has", async () => {
    const { db, statements } = await countingDb();
    const small = await scorecardFor({ db, period: "2020-04", service: "front-door" });
    expect(small.rows.length).toBeGreaterThan(5);
    expect(statements.length).toBeLessThanOrEqual(6);
    const forOne = statements.length;

    statements.length = 0;
    const all = await scorecardFor({ db, period: "2020-04" });
    expect(all.rows).toHaveLength(61);
    // set-based: eleven times the rows, the same number of statements
    expect(statements.length).toBe(forOne);
  });
});

describe("the scorecard view from URL parameters", () => {
  it("filters by RAG and sorts by change, reporting bad parameters in words", async () => {
    const doc = await scorecardFor({ db: handle.db, period: "2020-04" });
    const { view, problems } = parseScorecardView({ rag: "amber", sort: "change", dir: "desc", judgement: "<script>" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/is not a choice for judgement/);
    const rows = sortRows(filterRows(doc.rows, view), view);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.rag === "amber")).toBe(true);
    const changes = rows.map((r) => r.changeFromPreviousPct).filter((c): c is number => c !== null);
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
  });

  it("lists significant changes: RAG or judgement different from last month's", async () => {
    const doc = await scorecardFor({ db: handle.db, period: "2020-04" });
    const changes = significantChanges(doc.rows);
    for (const c of changes) {
      expect(c.ragChanged || c.judgementChanged).toBe(true);
      if (c.ragChanged) expect(c.ragBefore).not.toBe(c.ragNow);
    }
    // EH4-QL fell from 88% (green against England 81) to 79% (amber)
    expect(changes.find((c) => c.code === "EH4-QL")).toMatchObject({ ragBefore: "green", ragNow: "amber", ragChanged: true });
  });
});

async function newestLoad(service: string, period: string): Promise<Date> {
  const [row] = await handle.db
    .select({ at: max(indicatorValues.loadedAt) })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicators.serviceKey, service), eq(indicatorValues.period, period)));
  return new Date(row.at!);
}

describe("the overview", () => {
  it("counts RAG and commentary per service and says the scorecard is not yet approved", async () => {
    // the demo seed approves its month's scorecards; start from none
    await handle.db.delete(scorecardApprovals);
    const overview = await overviewFor({ db: handle.db, period: "2020-04" });
    const frontDoor = overview.find((s) => s.key === "front-door")!;
    expect(frontDoor.indicators).toBe(9);
    expect(frontDoor.rag.green + frontDoor.rag.amber + frontDoor.rag.red + frontDoor.rag.none).toBe(9);
    expect(frontDoor.status).toMatchObject({ approved: false, revisedSinceApproval: false });
    expect(frontDoor.rows).toHaveLength(9);
  });

  it("shows an approval, and flags figures loaded after it", async () => {
    const [approver] = await handle.db.select({ id: users.id }).from(users).limit(1);
    const [authority] = await handle.db.select({ id: schema.authorities.id }).from(schema.authorities).limit(1);
    await handle.db.insert(scorecardApprovals).values({
      authorityId: authority.id,
      serviceKey: "assessment",
      period: "2020-04",
      approvedBy: approver.id,
      // what the approval action records: the newest load it saw
      figuresLoadedAt: await newestLoad("assessment", "2020-04"),
    });
    let assessment = (await overviewFor({ db: handle.db, period: "2020-04" })).find((s) => s.key === "assessment")!;
    expect(assessment.status).toMatchObject({ approved: true, revisedSinceApproval: false });

    const [eh4] = await handle.db.select().from(indicators).where(eq(indicators.code, "EH4-QL"));
    expect(eh4.serviceKey).toBe("assessment");
    const outcome = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nEH4-QL,2020-04,80\n", file: "late.csv" });
    expect(outcome.ok).toBe(true);
    assessment = (await overviewFor({ db: handle.db, period: "2020-04" })).find((s) => s.key === "assessment")!;
    expect(assessment.status).toMatchObject({ approved: true, revisedSinceApproval: true });
  });
});

describe("the indicator page", () => {
  it("has the figures, every month, revisions with the old figure, and the commentary history", async () => {
    const page = await indicatorPageFor({ db: handle.db, code: "EH4-QL", period: null });
    expect(page).not.toBeNull();
    expect(page!.period).toBe("2020-04");
    expect(page!.indicator.service.key).toBe("assessment");
    expect(page!.months.at(-1)).toMatchObject({ period: "2020-04", value: 80 });
    expect(page!.months.at(-1)!.revisions).toEqual([expect.objectContaining({ revision: 1, value: 79 })]);
    expect(page!.months[0].period).toBe("2019-10");
    expect(page!.figures.spc.points.length).toBe(page!.months.filter((m) => m.value !== null).length);
    const values = await handle.db.select().from(indicatorValues).where(eq(indicatorValues.indicatorId, page!.indicator.id));
    expect(values.filter((v) => v.isCurrent)).toHaveLength(page!.months.filter((m) => m.value !== null).length);
    expect(page!.commentary[0]?.period).toBe("2020-04");
  });

  it("is null for a code that is not in the catalogue", async () => {
    expect(await indicatorPageFor({ db: handle.db, code: "NOPE", period: null })).toBeNull();
  });

  it("shows an earlier month's figures when asked", async () => {
    const page = await indicatorPageFor({ db: handle.db, code: "M1", period: "2020-03" });
    expect(page!.figures.value).toBe(1198);
    expect(page!.months.at(-1)!.period).toBe("2020-03");
  });
});
