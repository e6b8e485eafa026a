// Optimistic concurrency and single-winner state changes. Meant for real
// PostgreSQL (LANTERN_TEST_DB=postgres), where the writers really do run at
// the same time on separate connections; on PGlite they interleave on one.
import { describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { auditEvents, commentaries, commentaryVersions, scorecardApprovals } from "@/db/schema";
import { approveCommentary, saveCommentary, submitCommentary } from "@/lib/actions/commentary/core";
import { approveScorecard } from "@/lib/actions/approvals/core";
import { TEST_DB_KIND } from "../support/db";
import { MAY, writeNarrative, withCommentaryWorld } from "./commentary-fixtures";

const { handle, world, as } = withCommentaryWorld();

describe(`two people editing the same commentary (${TEST_DB_KIND})`, () => {
  it("stores the first save and refuses the second with both texts; nothing is dropped", async () => {
    const M1 = await world.indicatorId("M1");
    await saveCommentary(as("reporter"), { indicatorId: M1, period: MAY, expectedVersion: 0, body: "start" });
    // Both open the editor at version 1 and save at the same moment.
    const [a, b] = await Promise.all([
      saveCommentary(as("reporter"), { indicatorId: M1, period: MAY, expectedVersion: 1, body: "reporter's paragraph" }),
      saveCommentary(as("manager"), { indicatorId: M1, period: MAY, expectedVersion: 1, body: "manager's paragraph" }),
    ]);
    const results = [a, b];
    const stored = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(stored).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ code: "conflict", details: { current: { version: 2 } } });
    const winner = stored[0] as { data: { body: string } };
    expect((refused[0] as { details: { current: { body: string } } }).details.current.body).toBe(winner.data.body);

    // The refused writer merges both texts and saves from the version they were shown.
    const merged = await saveCommentary(as(winner.data.body.startsWith("reporter") ? "manager" : "reporter"), {
      indicatorId: M1,
      period: MAY,
      expectedVersion: 2,
      body: "reporter's paragraph\n\nmanager's paragraph",
    });
    expect(merged).toMatchObject({ ok: true, data: { version: 3 } });
    const [row] = await handle.db.select().from(commentaries).where(and(eq(commentaries.indicatorId, M1), eq(commentaries.period, MAY)));
    const versions = await handle.db.select().from(commentaryVersions).where(eq(commentaryVersions.commentaryId, row.id)).orderBy(asc(commentaryVersions.version));
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
  });

  it("lets only one of two first saves create the commentary", async () => {
    const M2 = await world.indicatorId("M2");
    const results = await Promise.all(
      ["one", "two", "three"].map((body) => saveCommentary(as("reporter"), { indicatorId: M2, period: MAY, expectedVersion: 0, body })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r as { code: string }).code)).toEqual(["conflict", "conflict"]);
  });
});

describe(`N concurrent approvals (${TEST_DB_KIND})`, () => {
  const N = 8;

  it("approve one commentary exactly once: one approval event", async () => {
    const M3 = await world.indicatorId("M3");
    await submitCommentary(as("reporter"), { indicatorId: M3, period: MAY, expectedVersion: 0, body: "Steady at 25%." });
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        approveCommentary(as(i % 2 ? "manager" : "admin"), { indicatorId: M3, period: MAY, expectedVersion: 1 }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "commentary.approve"));
    expect(events).toHaveLength(1);
  });

  it("approve a scorecard exactly once: one approval row and one event", async () => {
    const ids = await Promise.all(["M1", "M2", "M2-NI", "M8-QL", "M6-QL (val)", "M6-QL", "M4", "M5"].map((c) => world.indicatorId(c)));
    for (const id of ids) {
      const [row] = await handle.db.select().from(commentaries).where(and(eq(commentaries.indicatorId, id), eq(commentaries.period, MAY)));
      const sub = await submitCommentary(as("admin"), { indicatorId: id, period: MAY, expectedVersion: row?.version ?? 0, body: "Within the usual range." });
      expect(sub.ok).toBe(true);
      const ok = await approveCommentary(as("manager"), { indicatorId: id, period: MAY, expectedVersion: (sub as { data: { version: number } }).data.version });
      expect(ok.ok).toBe(true);
    }
    await writeNarrative(handle.db, "front-door", MAY);
    const results = await Promise.all(Array.from({ length: N }, () => approveScorecard(as("manager"), { serviceKey: "front-door", period: MAY })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => (r as { code: string }).code === "conflict")).toBe(true);
    expect(await handle.db.select().from(scorecardApprovals).where(eq(scorecardApprovals.period, MAY))).toHaveLength(1);
    expect(await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "scorecard.approve"))).toHaveLength(1);
  });
});
