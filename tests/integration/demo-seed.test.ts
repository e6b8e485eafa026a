// The demo is loaded once: a later start (which seeds again) leaves the
// accounts as people left them, on both databases.
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditEvents, indicators, snapshots, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { seedDemo } from "@/lib/seed/demo";
import { editorData } from "@/lib/queries/commentary";
import { loadSessionUser } from "@/lib/queries/users";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { loadPaper } from "@/lib/snapshots/load-paper";
import { paperHtml } from "@/components/snapshot/paper-html";
import { withTestDb } from "../support/db";
import { loadDemo } from "../support/demo";

const handle = withTestDb(loadDemo);

describe("seeding the demo again", () => {
  it("keeps a changed demo password, the demo flag and every account's row as they were", async () => {
    const { db } = handle;
    const email = "manager@lantern.example";
    await db.update(users).set({ passwordHash: await hashPassword("changed-by-the-manager"), isDemo: false }).where(eq(users.email, email));
    const before = await db.select().from(users).orderBy(users.email);
    const [{ audits }] = await db.select({ audits: sql<number>`count(*)::int` }).from(auditEvents);

    const again = await seedDemo({ db, password: "test-password-123" });

    expect(again.loaded).toBe(false);
    expect(again.accounts.map((a) => a.email)).toContain(email);
    const after = await db.select().from(users).orderBy(users.email);
    expect(after).toEqual(before);
    const [manager] = after.filter((u) => u.email === email);
    expect(await verifyPassword(manager.passwordHash!, "changed-by-the-manager")).toBe(true);
    const [{ audits: auditsAfter }] = await db.select({ audits: sql<number>`count(*)::int` }).from(auditEvents);
    expect(auditsAfter).toBe(audits);
  });
});

describe("the context the demo offers", () => {
  it("offers LAC1's distance from its peak in the drafting aid and the paper's highlights", async () => {
    const { db } = handle;
    const [reporter] = await db.select({ id: users.id }).from(users).where(eq(users.email, "admin@lantern.example"));
    const [lac1] = await db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "LAC1"));
    const user = (await loadSessionUser({ db, userId: reporter.id }))!;
    const data = await editorData({ db, user, period: "2020-04", indicatorId: lac1.id });
    expect(data?.context).toContain("A 4.9% reduction since the peak of 512 in October 2019.");
    const [paper] = await db.select({ highlights: snapshots.highlights }).from(snapshots).orderBy(snapshots.id).limit(1);
    expect(JSON.stringify(paper.highlights)).toContain("since the peak of 512 in October 2019");
  });
});

describe("the demo paper's breakdowns", () => {
  it("shows LAC1 by placement type in its theme, and in the public release the small category as c", async () => {
    const { db } = handle;
    const stored = (await snapshotContent({ db, id: 1 }))!;
    const internal = await loadPaper({ db, stored, previousId: null, audience: "internal" });
    const demand = internal.view.themes.find((t) => t.theme === "Demand")!;
    const placement = demand.breakdowns.find((b) => b.code === "LAC1" && b.view.dimension === "Placement type")!;
    expect(placement.view.split.map((r) => [r.label, r.value])).toEqual([
      ["Fostering", 348],
      ["Connected carers", 67],
      ["Residential", 69],
      ["Placed with parents", 3],
      ["Total", 487],
    ]);
    expect(paperHtml(internal.view, { period: "2020-04" }).toString()).toContain("LAC1 by placement type, April 2020");
    const pub = await loadPaper({ db, stored, previousId: null, audience: "public" });
    const shown = pub.view.themes.flatMap((t) => t.breakdowns).find((b) => b.code === "LAC1" && b.view.dimension === "Placement type")!;
    expect(shown.view.split.find((r) => r.label === "Placed with parents")!.value).toBe("c");
    expect(shown.view.split.filter((r) => r.value === "c").length).toBeGreaterThanOrEqual(2);
  });
});

describe("the demo's illustrative board pack", () => {
  it("has an earlier meeting the April paper is compared with, an edge-of-care cohort and caseloads citing SW1", async () => {
    const { db } = handle;
    const papers = await db.select({ id: snapshots.id, period: snapshots.period, meetingDate: snapshots.meetingDate, status: snapshots.status }).from(snapshots).orderBy(snapshots.meetingDate);
    expect(papers.map((p) => [p.period, p.status])).toEqual([
      ["2020-03", "published"],
      ["2020-04", "published"],
    ]);
    const thread = await snapshotThread({ db, id: 1 });
    expect(thread.previousId).toBe(papers[0].id);
    const stored = (await snapshotContent({ db, id: 1 }))!;
    const internal = await loadPaper({ db, stored, previousId: thread.previousId, audience: "internal" });
    expect(internal.view.comparedWith).toBe("last meeting");
    const cohort = internal.view.themes.find((t) => t.theme === "Edge of care")!.cohorts[0];
    expect(cohort.view.sentence).toBe(
      "50 supported since October 2019; 37 (74%) did not become looked after; 9 (18%) became looked after.",
    );
    expect(cohort.view.rows.filter((r) => r.depth === 2).map((r) => [r.label, r.value, r.sharePct === "c" ? "c" : Math.round(r.sharePct ?? 0)])).toEqual([
      ["Supported at child in need level", 21, 57],
      ["Subject to child protection procedures", 16, 43],
    ]);
    const caseloads = internal.view.themes.find((t) => t.theme === "Caseloads")!;
    expect(caseloads.charts.map((c) => c.code)).toContain("SW1");
    expect(caseloads.body).toContain("16.7");
    const pub = await loadPaper({ db, stored, previousId: null, audience: "public" });
    const shown = pub.view.themes.flatMap((t) => t.cohorts).find((c) => c.code === "EOC1")!;
    expect(shown.view.rows.find((r) => r.label === "Outcome not yet known")!.value).toBe("c");
  });
});
